//! `/themes/new` ("Nieuw thema") and `/themes/:slug/edit` ("Thema bewerken"). The
//! backend decides who may; these pages say so before anyone types.

use super::gate::{moderators_page, theme_to_moderate, writers_only};
use crate::components::common::{ErrorView, Loading, PageHeading};
use crate::components::theme::ThemeForm;
use crate::model::Theme;
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

/// Opens the theme's page once it is saved.
fn go_to_theme() -> Callback<Theme> {
    let navigate = use_navigate();
    Callback::new(move |theme: Theme| navigate(&format!("/themes/{}", theme.slug), Default::default()))
}

#[component]
pub fn ThemeNewPage() -> impl IntoView {
    let texts = use_texts();
    let allowed = backend_resource(|backend| async move { backend.may_create_themes().await });
    let on_saved = go_to_theme();
    view! {
        <PageHeading text=texts.theme_new/>
        {move || writers_only().unwrap_or_else(|| view! {
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match allowed.await {
                        Ok(true) => view! { <p>{texts.theme_new_intro}</p> <ThemeForm existing=None on_saved/> }.into_any(),
                        Ok(false) => view! { <p>{texts.theme_create_not_allowed}</p> }.into_any(),
                        Err(error) => view! { <ErrorView error retry=move |_| allowed.refetch()/> }.into_any(),
                    }
                })}
            </Transition>
        }.into_any())}
    }
}

#[component]
pub fn ThemeEditPage() -> impl IntoView {
    let texts = use_texts();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let found = backend_resource(move |backend| {
        let slug = slug.get();
        async move { theme_to_moderate(backend, &slug).await }
    });
    let on_saved = go_to_theme();
    moderators_page(texts.theme_edit, found, texts.error_forbidden, move |theme: Theme| {
        view! {
            <p><a href=format!("themes/{}", theme.slug)>{theme.name.clone()}</a></p>
            <ThemeForm existing=Some(theme) on_saved/>
        }
    })
}
