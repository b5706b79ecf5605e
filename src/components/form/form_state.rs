//! The state every form that sends something shares: what to fix per field, any other
//! failure, and whether a send is under way.

use super::error_summary::Problem;
use crate::backend::BackendError;
use crate::model::account::FieldErrors;
use crate::state::use_texts;
use leptos::prelude::*;

/// A form field: its name in error maps and its element id.
#[derive(Clone, Copy)]
pub struct FieldSpec {
    pub name: &'static str,
    pub id: &'static str,
}

#[derive(Clone, Copy)]
pub struct FormState {
    errors: RwSignal<FieldErrors>,
    failure: RwSignal<Option<BackendError>>,
    busy: RwSignal<bool>,
}

impl FormState {
    pub fn new() -> Self {
        FormState {
            errors: RwSignal::new(FieldErrors::new()),
            failure: RwSignal::new(None),
            busy: RwSignal::new(false),
        }
    }

    /// Starts a send with the form's own check: `false` (and the errors shown) when there
    /// is something to fix, or when a send is already under way.
    pub fn begin(&self, checked: FieldErrors) -> bool {
        if self.busy.get_untracked() {
            return false;
        }
        self.failure.set(None);
        let ok = checked.is_empty();
        self.errors.set(checked);
        self.busy.set(ok);
        ok
    }

    /// Ends a send: field errors go beside their fields, anything else to the summary.
    pub fn finish<T>(&self, result: Result<T, BackendError>) -> Option<T> {
        self.busy.set(false);
        match result {
            Ok(value) => Some(value),
            Err(BackendError::Validation(found)) => {
                self.errors.set(found);
                None
            }
            Err(other) => {
                self.failure.set(Some(other));
                None
            }
        }
    }

    /// What to fix in one field, in the reader's language.
    pub fn field_error(&self, name: &'static str) -> Signal<Option<String>> {
        let texts = use_texts();
        let errors = self.errors;
        Signal::derive(move || errors.read().get(name).map(|code| (texts.field_error)(name, code)))
    }

    /// Everything to fix, fields in form order first.
    pub fn problems(&self, fields: Vec<FieldSpec>) -> Signal<Vec<Problem>> {
        let texts = use_texts();
        let (errors, failure) = (self.errors, self.failure);
        Signal::derive(move || {
            let errors = errors.read();
            let mut out: Vec<Problem> = fields
                .iter()
                .filter_map(|f| {
                    errors
                        .get(f.name)
                        .map(|code| (Some(f.id), (texts.field_error)(f.name, code)))
                })
                .collect();
            // Field errors for fields this form does not show still need saying.
            out.extend(
                errors
                    .iter()
                    .filter(|(name, _)| !fields.iter().any(|f| f.name == name.as_str()))
                    .map(|(name, code)| (None, (texts.field_error)(name, code))),
            );
            if let Some(error) = failure.read().as_ref() {
                out.push((None, texts.error(error).to_owned()));
            }
            out
        })
    }

    pub fn busy(&self) -> Signal<bool> {
        self.busy.into()
    }
}

impl Default for FormState {
    fn default() -> Self {
        Self::new()
    }
}
