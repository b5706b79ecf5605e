//! `/events`: upcoming meetings first, then past ones; filtered by theme and by online
//! or on location, both kept in the address bar (`?thema=slug&vorm=online`).

use crate::backend::{optional_theme, EventQuery};
use crate::clock;
use crate::components::common::{async_view, EmptyState, PageHeading};
use crate::components::event::EventCard;
use crate::model::text::query_string;
use crate::model::{Event, MeetingPlace, PageRequest, Theme};
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

const THEME_PARAM: &str = "thema";
const PLACE_PARAM: &str = "vorm";

#[component]
pub fn EventsPage() -> impl IntoView {
    let texts = use_texts();
    let params = use_query_map();
    let theme_slug = Memo::new(move |_| params.read().get(THEME_PARAM).filter(|s| !s.is_empty()));
    let place = Memo::new(move |_| params.read().get(PLACE_PARAM).and_then(|p| MeetingPlace::parse(&p)));
    let themes = backend_resource(|backend| async move { backend.themes().await });
    let events = backend_resource(move |backend| {
        let (slug, place) = (theme_slug.get(), place.get());
        async move {
            let theme = optional_theme(backend.as_ref(), slug.as_deref()).await?;
            let query = EventQuery {
                theme: theme.map(|t| t.id),
                place,
                page: PageRequest::new(1, 100),
                ..Default::default()
            };
            backend.events(&query).await
        }
    });
    let filtered = move || theme_slug.read().is_some() || place.read().is_some();

    let navigate = use_navigate();
    let go = move |slug: Option<String>, place: Option<MeetingPlace>| {
        let mut pairs = Vec::new();
        if let Some(slug) = slug {
            pairs.push((THEME_PARAM, slug));
        }
        if let Some(place) = place {
            pairs.push((PLACE_PARAM, place.as_str().to_owned()));
        }
        navigate(&format!("/events{}", query_string(&pairs)), Default::default());
    };
    let on_theme = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            go(
                Some(event_target_value(&ev)).filter(|s| !s.is_empty()),
                place.get_untracked(),
            )
        }
    };
    let on_place = move |ev: leptos::ev::Event| {
        go(
            theme_slug.get_untracked(),
            MeetingPlace::parse(&event_target_value(&ev)),
        )
    };

    let theme_options = move || {
        let mut list: Vec<Theme> = themes
            .get()
            .and_then(Result::ok)
            .map(|t| t.as_ref().clone())
            .unwrap_or_default();
        list.sort_by_key(|t| crate::model::text::fold(&t.name));
        list.into_iter()
            .map(|t| {
                let selected = theme_slug.read().as_deref() == Some(t.slug.as_str());
                view! { <option value=t.slug prop:selected=selected>{t.name}</option> }
            })
            .collect_view()
    };
    let place_options = MeetingPlace::ALL
        .into_iter()
        .map(|p| view! { <option value=p.as_str() prop:selected=move || place.get() == Some(p)>{(texts.meeting_place)(p)}</option> })
        .collect_view();

    view! {
        <PageHeading text=texts.nav_events/>
        <search class="kp-filter-bar" aria-label=texts.events_filters_label>
            <div class="kp-field">
                <label for="bijeenkomst-thema">{texts.events_theme_label}</label>
                <select id="bijeenkomst-thema" on:change=on_theme>
                    <option value="" prop:selected=move || theme_slug.read().is_none()>{texts.events_all_themes}</option>
                    {theme_options}
                </select>
            </div>
            <div class="kp-field">
                <label for="bijeenkomst-vorm">{texts.events_place_label}</label>
                <select id="bijeenkomst-vorm" on:change=on_place>
                    <option value="" prop:selected=move || place.read().is_none()>{texts.events_all_places}</option>
                    {place_options}
                </select>
            </div>
        </search>
        {async_view(events, move |page| {
            if page.items.is_empty() {
                let message = if filtered() { texts.events_none_found } else { texts.events_none };
                return view! { <EmptyState message/> }.into_any();
            }
            let now = clock::now();
            let (past, upcoming): (Vec<Event>, Vec<Event>) = page.items.into_iter().partition(|e| e.is_past(now));
            view! {
                <EventSection id="komend" heading=texts.events_upcoming events=upcoming/>
                <EventSection id="eerder" heading=texts.events_past events=past/>
            }
            .into_any()
        })}
    }
}

#[component]
fn EventSection(id: &'static str, heading: &'static str, events: Vec<Event>) -> impl IntoView {
    let texts = use_texts();
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {if events.is_empty() {
                view! { <EmptyState message=texts.events_none/> }.into_any()
            } else {
                view! { <ul class="kp-stack" role="list">{events.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}
