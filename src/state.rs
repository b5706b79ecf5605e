//! App-wide state handed to views through contexts.

pub mod app_update;
pub mod backend;
pub mod connectivity;
pub mod drafts;
pub mod live;
pub mod offline_cache;
pub mod outbox;
pub mod session;
pub mod site;

pub use app_update::{provide_app_update, use_app_update, AppUpdate};
pub use backend::{backend_resource, connect_backend, provide_backend, use_backend, SharedBackend};
pub use connectivity::{provide_connectivity, use_connectivity, Connectivity};
pub use drafts::DraftStore;
pub use live::{provide_live, use_live, LiveState};
pub use offline_cache::forget_cached_reads;
pub use outbox::{new_comment_id, new_post_id, provide_outbox, use_outbox, OutboxState};
pub use session::{provide_session, use_session, SessionState};
pub use site::{choose_locale, current_locale, load_config, provide_site, unavailable_language, use_config, use_texts};
