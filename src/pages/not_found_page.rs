//! Shown for any address the app does not know, and for ids that do not exist.

use crate::components::common::PageHeading;
use crate::state::use_texts;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <PageHeading text=texts.not_found_title/>
        <p>{texts.not_found_text}</p>
        <p><a href="./">{texts.not_found_home}</a></p>
    }
}
