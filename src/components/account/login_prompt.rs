//! Where a visitor would write: "log in to take part", with links that come back here.

use crate::model::account::RETURN_PARAM;
use crate::model::text::query_string;
use crate::state::use_texts;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn LoginPrompt() -> impl IntoView {
    let texts = use_texts();
    let location = use_location();
    let base = StoredValue::new(crate::routes::base_path());
    let back = move || {
        let path = base.with_value(|base| crate::routes::in_app(base, &location.pathname.get()));
        query_string(&[(RETURN_PARAM, format!("{path}{}", location.search.get()))])
    };
    view! {
        <p class="kp-login-prompt">
            {texts.login_needed} " "
            <a href=move || format!("login{}", back())>{texts.log_in}</a>
            " · "
            <a href=move || format!("register{}", back())>{texts.register}</a>
        </p>
    }
}
