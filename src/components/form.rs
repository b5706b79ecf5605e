//! Form building blocks: labelled fields that show their own error, and the summary
//! of everything to fix that screen readers announce.

pub mod error_summary;
mod text_field;

pub use error_summary::ErrorSummary;
pub use text_field::TextField;

/// The element id of a field's error message.
pub fn error_id(field_id: &str) -> String {
    format!("{field_id}-fout")
}
