//! A theme in a list: name (link), summary, member count, access, and a mark when I am
//! in it or asked to be.

use crate::model::{MyPlace, Theme};
use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn ThemeCard(
    theme: Theme,
    /// Where I stand in this theme; outside when not logged in.
    #[prop(into, optional)]
    place: Option<Signal<MyPlace>>,
) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-theme-card {
            padding: var(--space-m);
            border: 1px solid var(--color-border);
            border-radius: var(--radius);
            background: var(--color-surface);
        }
        .kp-theme-card h3 {
            margin: 0 0 var(--space-xs);
            font-size: 1.125rem;
        }
        .kp-theme-card__meta {
            color: var(--color-text-muted);
            font-size: 0.9375rem;
            margin-block-start: var(--space-xs);
        }
        .kp-theme-card__mark {
            display: inline-block;
            margin-inline-start: var(--space-xs);
            padding: 0 var(--space-xs);
            border: 1px solid currentColor;
            border-radius: var(--radius);
            font-size: 0.875rem;
            font-weight: 700;
            vertical-align: middle;
        }
    };
    let href = format!("themes/{}", theme.slug);
    let mark = move || match place.map(|p| p.get()).unwrap_or(MyPlace::Outside) {
        MyPlace::Inside(_) => Some(texts.theme_mine),
        MyPlace::Requested => Some(texts.theme_requested),
        MyPlace::Outside => None,
    };
    view! { class=class,
        <li class="kp-theme-card">
            <h3>
                <a href=href>{theme.name}</a>
                {move || mark().map(|text| view! { class=class, <span class="kp-theme-card__mark">{text}</span> })}
            </h3>
            <p>{theme.summary}</p>
            <p class="kp-theme-card__meta">
                {(texts.theme_member_count)(theme.member_count)} " · " {(texts.theme_access)(theme.access)}
            </p>
        </li>
    }
}
