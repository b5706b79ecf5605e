//! A theme in a list: name (link), summary, member count and access.

use crate::model::Theme;
use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn ThemeCard(theme: Theme) -> impl IntoView {
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
    };
    let href = format!("/themes/{}", theme.slug);
    view! { class=class,
        <li class="kp-theme-card">
            <h3><a href=href>{theme.name}</a></h3>
            <p>{theme.summary}</p>
            <p class="kp-theme-card__meta">
                {(texts.theme_member_count)(theme.member_count)} " · " {(texts.theme_access)(theme.access)}
            </p>
        </li>
    }
}
