//! When the backend stops accepting a session, this asks to log in again right where
//! the member is: the page, and whatever they were typing on it, stays as it was.

use super::LoginForm;
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn SessionExpiredNotice() -> impl IntoView {
    let texts = use_texts();
    if !use_backend().capabilities().auth {
        return ().into_any();
    }
    let session = use_session();
    let class = style! {
        .kp-session-expired {
            border: 3px solid var(--color-primary);
            border-radius: var(--radius);
            background: var(--color-surface);
            padding: var(--space-s) var(--space-m);
            margin-block: var(--space-m);
            max-width: 36rem;
        }
        .kp-session-expired h2 {
            margin-block-start: 0;
        }
    };
    view! { class=class,
        {move || session.expired().map(|account| view! { class=class,
            <section class="kp-session-expired" aria-labelledby="sessie-verlopen">
                <h2 id="sessie-verlopen">{texts.log_in}</h2>
                <p role="alert">{texts.session_expired}</p>
                <LoginForm email_id="opnieuw-email" password_id="opnieuw-wachtwoord"
                    initial_email=account.email on_success=|| ()/>
            </section>
        })}
    }
    .into_any()
}
