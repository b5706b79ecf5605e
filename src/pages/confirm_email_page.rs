//! `/confirm-email?token=…`: the link in the mail sent to a new address. The password
//! confirms the change; every session ends, and the member logs in with the new address.

use crate::components::common::PageHeading;
use crate::components::form::{ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::account::EmailChangeConfirm;
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let query = use_query_map();
    let form = FormState::new();
    let password = RwSignal::new(String::new());
    let done = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let confirm = EmailChangeConfirm {
            token: query.read_untracked().get("token").unwrap_or_default(),
            password: password.get_untracked(),
        };
        if !form.begin(confirm.check()) {
            return;
        }
        let backend = backend.clone();
        spawn_local(async move {
            if form.finish(backend.confirm_email_change(&confirm).await).is_some() {
                password.set(String::new());
                // The backend ended every session of this member, this one too.
                session.end(&backend);
                done.set(true);
            }
        });
    };
    let fields = vec![FieldSpec {
        name: "password",
        id: "password",
    }];
    view! {
        <PageHeading text=texts.email_confirm_title/>
        {move || {
            if done.get() {
                return view! {
                    <p role="status">{texts.email_confirm_done}</p>
                    <p><a href="login">{texts.log_in}</a></p>
                }
                .into_any();
            }
            let on_submit = on_submit.clone();
            view! {
                <p class="kp-lead">{texts.email_confirm_intro}</p>
                <form class="kp-form" novalidate on:submit=on_submit>
                    <ErrorSummary problems=form.problems(fields.clone())/>
                    <TextField id="password" label=texts.field_password input_type="password"
                        autocomplete="current-password" value=password error=form.field_error("password") required=true/>
                    <SubmitButton label=texts.email_confirm_submit busy=form.busy()/>
                </form>
            }
            .into_any()
        }}
    }
}
