//! `/events`: upcoming meetings first, then past ones.

use crate::backend::EventQuery;
use crate::clock;
use crate::components::common::{async_view, EmptyState, PageHeading};
use crate::components::event::EventCard;
use crate::model::{Event, PageRequest};
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;

#[component]
pub fn EventsPage() -> impl IntoView {
    let texts = use_texts();
    let events = backend_resource(|backend| async move {
        let query = EventQuery {
            page: PageRequest::new(1, 100),
            ..Default::default()
        };
        backend.events(&query).await
    });
    view! {
        <PageHeading text=texts.nav_events/>
        {async_view(events, move |page| {
            if page.items.is_empty() {
                return view! { <EmptyState message=texts.events_none/> }.into_any();
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
