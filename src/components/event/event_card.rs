//! A meeting in a list: title (link), when, where and places.

use crate::model::Event;
use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn EventCard(event: Event) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-event-card {
            padding: var(--space-m);
            border: 1px solid var(--color-border);
            border-radius: var(--radius);
            background: var(--color-surface);
            display: grid;
            gap: var(--space-2xs);
        }
        .kp-event-card h3 {
            margin: 0;
            font-size: 1.125rem;
        }
        .kp-event-card p {
            margin: 0;
        }
        .kp-event-card__when {
            font-weight: 700;
            color: var(--color-primary);
        }
        .kp-event-card__where {
            color: var(--color-text-muted);
        }
    };
    let href = format!("events/{}", event.id);
    let place = match (&event.location, &event.online_url) {
        (Some(location), _) => location.clone(),
        (None, Some(_)) => texts.event_online.to_owned(),
        (None, None) => String::new(),
    };
    view! { class=class,
        <li class="kp-event-card">
            <h3><a href=href>{event.title.clone()}</a></h3>
            <p class="kp-event-card__when">
                <time datetime=event.starts_at.to_rfc3339()>{texts.date_time(event.starts_at)}</time>
            </p>
            <p class="kp-event-card__where">{place}</p>
        </li>
    }
}
