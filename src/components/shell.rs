//! The frame around every page: skip link, header with navigation, the offline and
//! update notices, the outbox, footer.

mod app_status;
mod outbox_panel;
mod site_footer;
mod site_header;

pub use app_status::AppStatus;
pub use outbox_panel::OutboxPanel;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
