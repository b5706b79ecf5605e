//! The form on the pages a mailed link opens with a token: a password that sets a new
//! password (`/reset-password`) or confirms a new e-mail address (`/confirm-email`). Sent
//! once; then it says so, with a link to log in. A link that no longer works says that too.

use crate::backend::BackendError;
use crate::components::form::{ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::account::{EmailChangeConfirm, FieldErrors, PasswordReset};
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;

/// What the link's token and the password do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailedLink {
    /// "Wachtwoord vergeten?": the password is the new one.
    NewPassword,
    /// "E-mailadres wijzigen": the member's password confirms the new address.
    NewEmail,
}

impl MailedLink {
    fn check(self, token: &str, password: &str) -> FieldErrors {
        let (token, password) = (token.to_owned(), password.to_owned());
        match self {
            Self::NewPassword => PasswordReset { token, password }.check(),
            Self::NewEmail => EmailChangeConfirm { token, password }.check(),
        }
    }
}

#[component]
pub fn MailedLinkForm(link: MailedLink) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let query = use_query_map();
    let form = FormState::new();
    let password = RwSignal::new(String::new());
    let done = RwSignal::new(false);
    let (intro, label, autocomplete, submit, said) = match link {
        MailedLink::NewPassword => (
            texts.reset_intro,
            texts.field_new_password,
            "new-password",
            texts.reset_submit,
            texts.reset_done,
        ),
        MailedLink::NewEmail => (
            texts.email_confirm_intro,
            texts.field_password,
            "current-password",
            texts.email_confirm_submit,
            texts.email_confirm_done,
        ),
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let token = query.read_untracked().get("token").unwrap_or_default();
        let secret = password.get_untracked();
        if !form.begin(link.check(&token, &secret)) {
            return;
        }
        let backend = backend.clone();
        spawn_local(async move {
            let outcome: Result<(), BackendError> = match link {
                MailedLink::NewPassword => {
                    let reset = PasswordReset {
                        token,
                        password: secret,
                    };
                    backend.confirm_password_reset(&reset).await
                }
                MailedLink::NewEmail => {
                    let confirm = EmailChangeConfirm {
                        token,
                        password: secret,
                    };
                    backend.confirm_email_change(&confirm).await
                }
            };
            if form.finish(outcome).is_some() {
                password.set(String::new());
                if link == MailedLink::NewEmail {
                    // The backend ended every session of this member, this one too.
                    session.end(&backend);
                }
                done.set(true);
            }
        });
    };
    let fields = vec![FieldSpec {
        name: "password",
        id: "password",
    }];
    let token_refused = form.field_error("token");
    move || {
        if done.get() {
            return view! {
                <p role="status">{said}</p>
                <p><a href="login">{texts.log_in}</a></p>
            }
            .into_any();
        }
        let on_submit = on_submit.clone();
        view! {
            <p class="kp-lead">{intro}</p>
            <form class="kp-form" novalidate on:submit=on_submit>
                <ErrorSummary problems=form.problems(fields.clone())/>
                <TextField id="password" label=label input_type="password" autocomplete=autocomplete
                    value=password error=form.field_error("password") required=true/>
                <SubmitButton label=submit busy=form.busy()/>
            </form>
            {move || (token_refused.get().is_some() && link == MailedLink::NewPassword)
                .then(|| view! { <p><a href="forgot-password">{texts.reset_ask_again}</a></p> })}
        }
        .into_any()
    }
}
