//! One routed component per file.

mod config_error_page;
mod event_form_page;
mod event_page;
mod events_page;
mod gate;
mod home_page;
mod login_page;
mod member_page;
mod members_page;
mod not_found_page;
mod post_page;
mod profile_page;
mod register_page;
mod theme_form_page;
mod theme_page;
mod themes_page;
mod wall_page;

pub use config_error_page::ConfigErrorPage;
pub use event_form_page::{EventEditPage, EventNewPage};
pub use event_page::EventPage;
pub use events_page::EventsPage;
pub use gate::{Area, Gate};
pub use home_page::HomePage;
pub use login_page::LoginPage;
pub use member_page::MemberPage;
pub use members_page::MembersPage;
pub use not_found_page::NotFoundPage;
pub use post_page::PostPage;
pub use profile_page::ProfilePage;
pub use register_page::RegisterPage;
pub use theme_form_page::{ThemeEditPage, ThemeNewPage};
pub use theme_page::ThemePage;
pub use themes_page::ThemesPage;
pub use wall_page::WallPage;
