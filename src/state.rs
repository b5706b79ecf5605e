//! App-wide state handed to views through contexts.

pub mod backend;
pub mod drafts;
pub mod live;
pub mod session;
pub mod site;

pub use backend::{backend_resource, provide_backend, use_backend, SharedBackend};
pub use drafts::DraftStore;
pub use live::{provide_live, use_live, LiveState};
pub use session::{provide_session, use_session, SessionState};
pub use site::{choose_locale, current_locale, load_config, provide_site, use_config, use_texts};
