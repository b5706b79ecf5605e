//! The header's account part: "Inloggen" and "Registreren" for visitors; the member's
//! name and "Uitloggen" once logged in. Absent when the backend has no accounts.

use crate::model::account::RETURN_PARAM;
use crate::model::text::query_string;
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn AccountMenu() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    if !backend.capabilities().auth {
        return ().into_any();
    }
    let session = use_session();
    let open = crate::state::use_config().features.registration == crate::config::RegistrationPolicy::Open;
    let location = use_location();
    // Logging in returns here, unless "here" is the login or registration page itself.
    let base = StoredValue::new(crate::routes::base_path());
    let login_href = move || {
        let path = base.with_value(|base| crate::routes::in_app(base, &location.pathname.get()));
        let here = format!("{path}{}", location.search.get());
        if path == "/login" || path == "/register" || path == "/" {
            "login".to_owned()
        } else {
            format!("login{}", query_string(&[(RETURN_PARAM, here)]))
        }
    };
    view! {
        <div class="kp-header__account" role="group" aria-label=texts.account_label>
            {move || match session.account() {
                Some(account) => {
                    let backend = backend.clone();
                    view! {
                        <a href=format!("members/{}", account.id)>{account.name}</a>
                        <a href="profile">{texts.profile_title}</a>
                        <button type="button" class="kp-header__button" on:click=move |_| session.end(&backend)>
                            {texts.log_out}
                        </button>
                    }
                    .into_any()
                }
                None => view! {
                    <a href=login_href>{texts.log_in}</a>
                    {open.then(|| view! { <a href="register">{texts.register}</a> })}
                }
                .into_any(),
            }}
        </div>
    }
    .into_any()
}
