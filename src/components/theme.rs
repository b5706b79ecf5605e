//! Views of theme groups.

mod invite_form;
mod membership_actions;
mod moderation;
mod roster;
mod theme_card;
mod theme_form;

pub use invite_form::InviteForm;
pub use membership_actions::MembershipActions;
pub use moderation::Moderation;
pub use roster::{MembershipRequests, ThemeRoster};
pub use theme_card::ThemeCard;
pub use theme_form::ThemeForm;
