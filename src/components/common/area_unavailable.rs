//! A part of the app whose module could not be fetched (offline before it was ever
//! cached): says so, and fetches again on "Opnieuw proberen" — the page appears in place
//! once it arrives.

use super::ErrorNotice;
use crate::split_point::ModuleUnavailable;
use crate::state::use_texts;
use leptos::prelude::*;
use std::future::Future;

#[component]
pub fn AreaUnavailable<F, Fut>(
    /// Fetches the module again and builds the page.
    load: F,
) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ModuleUnavailable>> + Send + 'static,
{
    let texts = use_texts();
    let attempts = RwSignal::new(0_u32);
    let notice = move || {
        view! { <ErrorNotice message=texts.module_unavailable retry=move || attempts.update(|n| *n += 1)/> }.into_any()
    };
    move || {
        if attempts.get() == 0 {
            return notice();
        }
        // Each failed attempt shows the notice anew, so a screen reader hears it again.
        Suspend::new(async move { load().await.unwrap_or_else(|ModuleUnavailable| notice()) }).into_any()
    }
}
