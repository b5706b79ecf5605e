//! `/reset-password?token=…`: the page the mail of "Wachtwoord vergeten" links to. A new
//! password, then log in with it. A link that no longer works says so and offers a new one.

use crate::components::common::PageHeading;
use crate::components::form::{ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::account::PasswordReset;
use crate::state::{use_backend, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let query = use_query_map();
    let form = FormState::new();
    let password = RwSignal::new(String::new());
    let done = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reset = PasswordReset {
            token: query.read_untracked().get("token").unwrap_or_default(),
            password: password.get_untracked(),
        };
        if !form.begin(reset.check()) {
            return;
        }
        let backend = backend.clone();
        spawn_local(async move {
            if form.finish(backend.confirm_password_reset(&reset).await).is_some() {
                password.set(String::new());
                done.set(true);
            }
        });
    };
    let fields = vec![FieldSpec {
        name: "password",
        id: "password",
    }];
    let token_refused = form.field_error("token");
    view! {
        <PageHeading text=texts.reset_title/>
        {move || {
            if done.get() {
                return view! {
                    <p role="status">{texts.reset_done}</p>
                    <p><a href="login">{texts.log_in}</a></p>
                }
                .into_any();
            }
            let on_submit = on_submit.clone();
            view! {
                <p class="kp-lead">{texts.reset_intro}</p>
                <form class="kp-form" novalidate on:submit=on_submit>
                    <ErrorSummary problems=form.problems(fields.clone())/>
                    <TextField id="password" label=texts.field_new_password input_type="password"
                        autocomplete="new-password" value=password error=form.field_error("password") required=true/>
                    <SubmitButton label=texts.reset_submit busy=form.busy()/>
                </form>
                {move || token_refused.get().map(|_| view! { <p><a href="forgot-password">{texts.reset_ask_again}</a></p> })}
            }
            .into_any()
        }}
    }
}
