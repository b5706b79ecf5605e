//! What the moderation buttons of a theme share: one action at a time, its refusal in
//! words, and a word to the page once it is done.

use crate::backend::{BackendError, LAST_OWNER};
use crate::i18n::Texts;
use crate::state::{use_backend, use_session, use_texts, SessionState, SharedBackend};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;

/// The state of a group of moderation buttons.
#[derive(Clone, Copy)]
pub struct Moderation {
    busy: RwSignal<bool>,
    failed: RwSignal<Option<&'static str>>,
    done: Callback<String>,
    texts: &'static Texts,
    // Taken when the page is built: click handlers run outside the component tree.
    backend: StoredValue<SharedBackend>,
    session: SessionState,
}

impl Moderation {
    /// `done` hears what to tell the moderator after each action that succeeded.
    pub fn new(done: Callback<String>) -> Self {
        Moderation {
            busy: RwSignal::new(false),
            failed: RwSignal::new(None),
            done,
            texts: use_texts(),
            backend: StoredValue::new(use_backend()),
            session: use_session(),
        }
    }

    /// Runs `action` with the backend unless another one is under way.
    pub fn run<F, Fut>(&self, message: impl Into<String>, action: F)
    where
        F: FnOnce(SharedBackend) -> Fut,
        Fut: Future<Output = Result<(), BackendError>> + 'static,
    {
        if self.busy.get_untracked() {
            return;
        }
        let backend = self.backend.get_value();
        let session = self.session;
        self.busy.set(true);
        self.failed.set(None);
        let work = action(backend.clone());
        let this = *self;
        let message = message.into();
        spawn_local(async move {
            let result = work.await;
            this.busy.set(false);
            match result {
                Ok(()) => this.done.run(message),
                Err(BackendError::Conflict(why)) if why == LAST_OWNER => {
                    this.failed.set(Some(this.texts.theme_last_owner))
                }
                Err(BackendError::Conflict(_)) => this.failed.set(Some(this.texts.theme_already_member)),
                Err(error) => {
                    if error == BackendError::Unauthorized {
                        session.expire(&backend);
                    }
                    this.failed.set(Some(this.texts.error(&error)));
                }
            }
        });
    }

    pub fn busy(&self) -> Signal<bool> {
        self.busy.into()
    }

    /// The refusal of the last action, if any, as an alert.
    pub fn failure_view(&self) -> impl IntoView {
        let failed = self.failed;
        move || {
            failed
                .get()
                .map(|text| view! { <p role="alert" class="kp-field__error">{text}</p> })
        }
    }
}
