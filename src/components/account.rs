//! Logging in and out: the header's account links, the login form, the notice that asks
//! to log in again when a session expired, and the form behind a mailed link.

mod account_menu;
mod login_form;
mod login_prompt;
mod mailed_link_form;
mod members_only;
mod session_expired_notice;

pub use account_menu::AccountMenu;
pub use login_form::LoginForm;
pub use login_prompt::LoginPrompt;
pub use mailed_link_form::{MailedLink, MailedLinkForm};
pub use members_only::MembersOnly;
pub use session_expired_notice::SessionExpiredNotice;
