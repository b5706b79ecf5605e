//! The frame around every page: skip link, header with navigation, footer.

mod site_footer;
mod site_header;

pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
