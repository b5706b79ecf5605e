//! Building blocks every page uses: loading, empty and error states, headings, paging.

mod area_unavailable;
mod async_view;
mod empty_state;
mod error_view;
mod loading;
mod page_heading;
mod pager;
mod save_file;

pub use area_unavailable::AreaUnavailable;
pub use async_view::{async_view, async_view_or};
pub use empty_state::EmptyState;
pub use error_view::{ErrorNotice, ErrorView};
pub use loading::Loading;
pub use page_heading::{document_title, PageHeading};
pub use pager::Pager;
pub use save_file::save_file;
