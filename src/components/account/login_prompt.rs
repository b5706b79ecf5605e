//! Where a visitor would write or read what only members may: "log in", with links that
//! come back here ("Registreren" only when anyone may register).

use crate::config::RegistrationPolicy;
use crate::model::account::RETURN_PARAM;
use crate::model::text::query_string;
use crate::state::{use_config, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn LoginPrompt(
    /// What needs an account; "Je moet ingelogd zijn om een reactie te kunnen plaatsen." by default.
    #[prop(optional)]
    message: Option<&'static str>,
) -> impl IntoView {
    let texts = use_texts();
    let open = use_config().features.registration == RegistrationPolicy::Open;
    let location = use_location();
    let base = StoredValue::new(crate::routes::base_path());
    let back = move || {
        let path = base.with_value(|base| crate::routes::in_app(base, &location.pathname.get()));
        query_string(&[(RETURN_PARAM, format!("{path}{}", location.search.get()))])
    };
    view! {
        <p class="kp-login-prompt">
            {message.unwrap_or(texts.login_needed)} " "
            <a href=move || format!("login{}", back())>{texts.log_in}</a>
            {open.then(|| view! { " · " <a href=move || format!("register{}", back())>{texts.register}</a> })}
        </p>
    }
}
