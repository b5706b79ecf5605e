//! Form building blocks: labelled fields that show their own error, the summary of
//! everything to fix that screen readers announce, and the state of a send.

mod error_summary;
mod form_state;
mod submit_button;
mod text_field;

pub use error_summary::{ErrorSummary, Problem};
pub use form_state::{FieldSpec, FormState};
pub use submit_button::SubmitButton;
pub use text_field::TextField;

/// The element id of a field's error message.
pub fn error_id(field_id: &str) -> String {
    format!("{field_id}-fout")
}
