//! `/themes`: every theme group.

use crate::components::common::{async_view, EmptyState, PageHeading};
use crate::components::theme::ThemeCard;
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;

#[component]
pub fn ThemesPage() -> impl IntoView {
    let texts = use_texts();
    let themes = backend_resource(|backend| async move { backend.themes().await });
    view! {
        <PageHeading text=texts.nav_themes/>
        <p>{texts.themes_intro}</p>
        {async_view(themes, move |themes| {
            if themes.is_empty() {
                return view! { <EmptyState message=texts.themes_none/> }.into_any();
            }
            let mut sorted = themes.as_ref().clone();
            sorted.sort_by(|a, b| a.name.cmp(&b.name));
            view! {
                <ul class="kp-grid" aria-label=texts.nav_themes>
                    {sorted.into_iter().map(|theme| view! { <ThemeCard theme/> }).collect_view()}
                </ul>
            }
            .into_any()
        })}
    }
}
