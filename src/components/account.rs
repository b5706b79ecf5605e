//! Logging in and out: the header's account links, the login form, and the notice
//! that asks to log in again when a session expired.

mod account_menu;
mod login_form;
mod session_expired_notice;

pub use account_menu::AccountMenu;
pub use login_form::LoginForm;
pub use session_expired_notice::SessionExpiredNotice;

use crate::backend::BackendError;
use crate::components::form::error_summary::Problem;
use crate::i18n::Texts;
use crate::model::account::FieldErrors;

/// A form field: its name in error maps, its element id, its label.
#[derive(Clone, Copy)]
pub struct FieldSpec {
    pub name: &'static str,
    pub id: &'static str,
}

/// What a failed submit shows: field errors in form order, then anything else.
pub fn problems(
    texts: &Texts,
    fields: &[FieldSpec],
    errors: &FieldErrors,
    other: Option<&BackendError>,
) -> Vec<Problem> {
    let mut out: Vec<Problem> = fields
        .iter()
        .filter_map(|f| {
            errors
                .get(f.name)
                .map(|code| (Some(f.id), (texts.field_error)(f.name, code)))
        })
        .collect();
    // Field errors for fields this form does not have still need saying.
    out.extend(
        errors
            .iter()
            .filter(|(name, _)| !fields.iter().any(|f| f.name == name.as_str()))
            .map(|(name, code)| (None, (texts.field_error)(name, code))),
    );
    if let Some(error) = other {
        out.push((None, texts.error(error).to_owned()));
    }
    out
}
