//! `/themes/:slug`: a theme's description, its wall and its meetings.

use super::NotFoundPage;
use crate::backend::{BackendError, EventQuery, PostQuery};
use crate::components::common::{async_view, EmptyState, ErrorView, Loading, PageHeading};
use crate::components::event::EventCard;
use crate::components::markdown::Markdown;
use crate::components::post::PostCard;
use crate::model::{PageRequest, Theme};
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const THEME_POSTS: u32 = 10;
const THEME_EVENTS: u32 = 5;

#[component]
pub fn ThemePage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let theme = backend_resource(move |backend| {
        let slug = slug.get();
        async move { backend.theme(&slug).await }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match theme.await {
                    Ok(theme) => view! { <ThemeDetails theme/> }.into_any(),
                    Err(BackendError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(error) => view! { <ErrorView error retry=move |_| theme.refetch()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ThemeDetails(theme: Theme) -> impl IntoView {
    let texts = use_texts();
    let id = theme.id.clone();
    let posts = backend_resource(move |backend| {
        let query = PostQuery {
            theme: Some(id.clone()),
            page: PageRequest::new(1, THEME_POSTS),
            ..Default::default()
        };
        async move { backend.posts(&query).await }
    });
    let id = theme.id.clone();
    let events = backend_resource(move |backend| {
        let query = EventQuery {
            theme: Some(id.clone()),
            page: PageRequest::new(1, THEME_EVENTS),
            ..Default::default()
        };
        async move { backend.events(&query).await }
    });
    view! {
        <PageHeading text=theme.name.clone()/>
        <p class="kp-lead">{theme.summary.clone()}</p>
        <p class="kp-hint">
            {(texts.theme_member_count)(theme.member_count)} " · " {(texts.theme_access)(theme.access)}
        </p>
        <section aria-labelledby="thema-over">
            <h2 id="thema-over">{texts.theme_about}</h2>
            <Markdown source=theme.description.clone()/>
        </section>
        <section aria-labelledby="thema-bijeenkomsten">
            <h2 id="thema-bijeenkomsten">{texts.theme_events}</h2>
            {async_view(events, move |page| {
                if page.items.is_empty() {
                    return view! { <EmptyState message=texts.theme_no_events/> }.into_any();
                }
                view! { <ul class="kp-stack" role="list">{page.items.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}</ul> }.into_any()
            })}
        </section>
        <section aria-labelledby="thema-bijdragen">
            <h2 id="thema-bijdragen">{texts.theme_posts}</h2>
            {async_view(posts, move |page| {
                if page.items.is_empty() {
                    return view! { <EmptyState message=texts.theme_no_posts/> }.into_any();
                }
                view! { <ul class="kp-stack" role="list">{page.items.into_iter().map(|post| view! { <PostCard post/> }).collect_view()}</ul> }.into_any()
            })}
        </section>
    }
}
