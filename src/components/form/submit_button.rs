//! A form's submit button, with "Even geduld…" announced while the form is sending.

use crate::state::use_texts;
use leptos::prelude::*;

#[component]
pub fn SubmitButton(label: &'static str, #[prop(into)] busy: Signal<bool>) -> impl IntoView {
    let texts = use_texts();
    view! {
        <p>
            <button type="submit" class="kp-button" aria-disabled=move || busy.get().then_some("true")>
                {label}
            </button>
            {move || busy.get().then(|| view! { <span class="kp-hint" role="status">" " {texts.busy}</span> })}
        </p>
    }
}
