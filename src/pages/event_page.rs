//! `/events/:id`: one meeting: when (Europe/Amsterdam), where, places.

use super::NotFoundPage;
use crate::backend::BackendError;
use crate::components::common::{ErrorView, Loading, PageHeading};
use crate::components::event::RsvpButtons;
use crate::components::markdown::Markdown;
use crate::model::{Event, EventId};
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use stylers::style;

#[component]
pub fn EventPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| EventId(params.read().get("id").unwrap_or_default()));
    let event = backend_resource(move |backend| {
        let id = id.get();
        async move { backend.event(&id).await }
    });
    let event_resource = event;
    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match event.await {
                    Ok(event) => view! { <EventDetails event on_changed=move |()| event_resource.refetch()/> }.into_any(),
                    Err(BackendError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(error) => view! { <ErrorView error retry=move |_| event.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn EventDetails(event: Event, #[prop(into)] on_changed: Callback<()>) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-event dl {
            display: grid;
            grid-template-columns: max-content 1fr;
            gap: var(--space-2xs) var(--space-m);
        }
        .kp-event dt {
            font-weight: 700;
        }
    };
    let same_day = texts.date(event.starts_at) == texts.date(event.ends_at);
    let until = if same_day {
        texts.time(event.ends_at)
    } else {
        texts.date_time(event.ends_at)
    };
    let places = event.capacity.map(|capacity| match event.places_left() {
        Some(0) => texts.event_full.to_owned(),
        Some(left) => (texts.event_places_left)(left, capacity),
        None => String::new(),
    });
    view! { class=class,
        <article class="kp-event">
            <PageHeading text=event.title.clone()/>
            <dl>
                <dt>{texts.event_when}</dt>
                <dd>
                    <time datetime=event.starts_at.to_rfc3339()>{texts.date_time(event.starts_at)}</time>
                    " \u{2013} "
                    <time datetime=event.ends_at.to_rfc3339()>{until}</time>
                </dd>
                {event.location.clone().map(|location| view! { <dt>{texts.event_where}</dt><dd>{location}</dd> })}
                {event.online_url.clone().map(|url| view! {
                    <dt>{texts.event_online}</dt>
                    <dd><a href=url rel="noopener nofollow ugc">{texts.event_join_online}</a></dd>
                })}
                {event.theme.clone().map(|theme| view! {
                    <dt>{texts.event_theme}</dt>
                    <dd><a href=format!("/themes/{}", theme.slug)>{theme.name}</a></dd>
                })}
            </dl>
            <p>{(texts.event_going)(event.going_count)} {places.map(|p| format!(" \u{b7} {p}"))}</p>
            <RsvpButtons event=event.id.clone() on_changed/>
            <Markdown source=event.description.clone()/>
        </article>
    }
}
