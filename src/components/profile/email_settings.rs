//! "E-mailadres" in Mijn profiel: the address and whether it is confirmed, the
//! confirmation mail again, and changing the address (confirmed from the new one).

use crate::backend::BackendError;
use crate::components::form::{ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::account::EmailChangeRequest;
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn EmailSettings() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let resent = RwSignal::new(None::<Result<(), &'static str>>);
    let resend = {
        let backend = backend.clone();
        move |_| {
            let backend = backend.clone();
            resent.set(None);
            spawn_local(async move {
                let outcome = backend.request_verification().await.map_err(|error| {
                    if error == BackendError::Unauthorized {
                        session.expire(&backend);
                    }
                    texts.error(&error)
                });
                resent.set(Some(outcome));
            });
        }
    };
    let form = FormState::new();
    let new_email = RwSignal::new(String::new());
    let sent_to = RwSignal::new(None::<String>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = EmailChangeRequest {
            new_email: new_email.get_untracked(),
        };
        if !form.begin(request.check()) {
            return;
        }
        sent_to.set(None);
        let backend = backend.clone();
        spawn_local(async move {
            let outcome = backend.request_email_change(&request).await;
            if outcome == Err(BackendError::Unauthorized) {
                session.expire(&backend);
            }
            if form.finish(outcome).is_some() {
                new_email.set(String::new());
                sent_to.set(Some(request.new_email.trim().to_owned()));
            }
        });
    };
    let fields = vec![FieldSpec {
        name: "email",
        id: "nieuw-email",
    }];
    view! {
        {move || session.account().map(|me| {
            let resend = resend.clone();
            view! {
                <p>{(texts.email_current)(&me.email, me.verified)}</p>
                {(!me.verified).then(|| view! {
                    <button type="button" class="kp-button kp-button--secondary" on:click=resend>{texts.email_resend}</button>
                })}
            }
        })}
        <p role="status">
            {move || match resent.get() {
                Some(Ok(())) => Some(view! { <span>{texts.email_resent}</span> }.into_any()),
                Some(Err(text)) => Some(view! { <span class="kp-field__error">{text}</span> }.into_any()),
                None => None,
            }}
        </p>
        <form class="kp-form" novalidate on:submit=on_submit>
            <ErrorSummary problems=form.problems(fields)/>
            <TextField id="nieuw-email" label=texts.email_change_label input_type="email" autocomplete="email"
                value=new_email error=form.field_error("email") required=true/>
            <SubmitButton label=texts.email_change_submit busy=form.busy()/>
        </form>
        <p role="status">{move || sent_to.get().map(|email| (texts.email_change_sent)(&email))}</p>
    }
}
