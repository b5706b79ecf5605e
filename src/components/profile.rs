//! "Mijn profiel": one's own profile with a visibility per field, the photo, the data
//! export and deleting the account.

mod avatar_editor;
mod data_export;
mod delete_account;
mod email_settings;
mod profile_form;
mod unsaved_guard;
mod visibility_select;

pub use avatar_editor::AvatarEditor;
pub use data_export::DataExport;
pub use delete_account::DeleteAccount;
pub use email_settings::EmailSettings;
pub use profile_form::ProfileForm;
pub use unsaved_guard::UnsavedGuard;
pub use visibility_select::VisibilitySelect;
