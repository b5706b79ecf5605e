//! Shown for any address the app does not know, and for ids that do not exist.

use crate::components::common::PageHeading;
use crate::state::use_texts;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <PageHeading text=texts.not_found_title/>
        <p>{texts.not_found_text}</p>
        <p><A href="/">{texts.not_found_home}</A></p>
    }
}
