//! E-mailadres, Wachtwoord, "Inloggen": used by the login page and by the notice
//! that asks to log in again.

use crate::components::form::{ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
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
    let form = FormState::new();
    let email = RwSignal::new(initial_email);
    let password = RwSignal::new(String::new());

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let credentials = Credentials {
            email: email.get_untracked(),
            password: password.get_untracked(),
        };
        if !form.begin(credentials.check()) {
            return;
        }
        let backend = backend.clone();
        spawn_local(async move {
            if let Some(started) = form.finish(backend.log_in(&credentials).await) {
                session.start(&backend, started);
                on_success.run(());
            }
        });
    };
    let fields = vec![
        FieldSpec {
            name: "email",
            id: email_id,
        },
        FieldSpec {
            name: "password",
            id: password_id,
        },
    ];

    view! {
        <form class="kp-form" novalidate on:submit=on_submit>
            <ErrorSummary problems=form.problems(fields)/>
            <TextField id=email_id label=texts.field_email input_type="email" autocomplete="email"
                value=email error=form.field_error("email") required=true/>
            <TextField id=password_id label=texts.field_password input_type="password" autocomplete="current-password"
                value=password error=form.field_error("password") required=true/>
            <SubmitButton label=texts.log_in busy=form.busy()/>
        </form>
    }
}
