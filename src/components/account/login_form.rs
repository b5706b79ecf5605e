//! E-mailadres, Wachtwoord, "Inloggen": used by the login page and by the notice
//! that asks to log in again.

use super::{problems, FieldSpec};
use crate::backend::BackendError;
use crate::components::form::{ErrorSummary, TextField};
use crate::model::account::FieldErrors;
use crate::model::Credentials;
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn LoginForm(
    /// Element ids of the two fields, distinct when two login forms share a page.
    email_id: &'static str,
    password_id: &'static str,
    #[prop(optional)] initial_email: String,
    /// Called once the member is logged in.
    #[prop(into)]
    on_success: Callback<()>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let fields = [
        FieldSpec {
            name: "email",
            id: email_id,
        },
        FieldSpec {
            name: "password",
            id: password_id,
        },
    ];
    let email = RwSignal::new(initial_email);
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let failure = RwSignal::new(None::<BackendError>);
    let busy = RwSignal::new(false);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let credentials = Credentials {
            email: email.get_untracked(),
            password: password.get_untracked(),
        };
        failure.set(None);
        errors.set(credentials.check());
        if !errors.read_untracked().is_empty() {
            return;
        }
        busy.set(true);
        let backend = backend.clone();
        spawn_local(async move {
            match backend.log_in(&credentials).await {
                Ok(started) => {
                    session.start(&backend, started);
                    on_success.run(());
                }
                Err(BackendError::Validation(found)) => errors.set(found),
                Err(other) => failure.set(Some(other)),
            }
            busy.set(false);
        });
    };
    let field_error = move |name: &'static str| {
        Signal::derive(move || errors.read().get(name).map(|code| (texts.field_error)(name, code)))
    };
    let summary = Signal::derive(move || problems(texts, &fields, &errors.read(), failure.read().as_ref()));

    view! {
        <form class="kp-form" novalidate on:submit=on_submit>
            <ErrorSummary problems=summary/>
            <TextField id=email_id label=texts.field_email input_type="email" autocomplete="email"
                value=email error=field_error("email") required=true/>
            <TextField id=password_id label=texts.field_password input_type="password" autocomplete="current-password"
                value=password error=field_error("password") required=true/>
            <p>
                <button type="submit" class="kp-button" aria-disabled=move || busy.get().then_some("true")>
                    {texts.log_in}
                </button>
                {move || busy.get().then(|| view! { <span class="kp-hint" role="status">" " {texts.busy}</span> })}
            </p>
        </form>
    }
}
