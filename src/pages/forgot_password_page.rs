//! `/forgot-password`: "Wachtwoord vergeten" — an address, and a mail with a link to
//! `/reset-password`. The answer is the same whether or not the address is a member's.

use crate::components::common::PageHeading;
use crate::components::form::{ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::account::PasswordResetRequest;
use crate::state::{use_backend, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let accounts = backend.capabilities().auth;
    let form = FormState::new();
    let email = RwSignal::new(String::new());
    let sent = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = PasswordResetRequest {
            email: email.get_untracked(),
        };
        if !form.begin(request.check()) {
            return;
        }
        let backend = backend.clone();
        spawn_local(async move {
            if form.finish(backend.request_password_reset(&request).await).is_some() {
                sent.set(true);
            }
        });
    };
    let fields = vec![FieldSpec {
        name: "email",
        id: "email",
    }];
    view! {
        <PageHeading text=texts.forgot_title/>
        {if !accounts {
            view! { <p>{texts.accounts_unavailable}</p> }.into_any()
        } else {
            view! {
                <p class="kp-lead">{texts.forgot_intro}</p>
                <form class="kp-form" novalidate on:submit=on_submit>
                    <ErrorSummary problems=form.problems(fields)/>
                    <TextField id="email" label=texts.field_email input_type="email" autocomplete="email"
                        value=email error=form.field_error("email") required=true/>
                    <SubmitButton label=texts.forgot_submit busy=form.busy()/>
                </form>
                <p role="status">{move || sent.get().then_some(texts.forgot_sent)}</p>
                <p><a href="login">{texts.log_in}</a></p>
            }
            .into_any()
        }}
    }
}
