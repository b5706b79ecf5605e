//! The directory's active filters, each a link to the same results without it.

use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;

/// One active filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterChip {
    /// The filter's name ("Provincie").
    pub label: &'static str,
    /// Its value as shown ("Utrecht").
    pub value: String,
    /// The results without this filter.
    pub href: String,
}

#[component]
pub fn FilterChips(
    /// What the list is ("Gefilterd op:").
    label: &'static str,
    chips: Vec<FilterChip>,
) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-chips {
            display: flex;
            flex-wrap: wrap;
            gap: var(--space-xs);
            align-items: center;
            margin-block: var(--space-s);
        }
        .kp-chips ul {
            display: flex;
            flex-wrap: wrap;
            gap: var(--space-xs);
            list-style: none;
            margin: 0;
            padding: 0;
        }
        .kp-chips a {
            display: inline-block;
            border: 1px solid var(--color-border);
            border-radius: 999px;
            background: var(--color-surface);
            padding: var(--space-3xs) var(--space-s);
            color: var(--color-text);
            text-decoration: none;
        }
    };
    let items = chips
        .into_iter()
        .map(|chip| {
            let name = (texts.members_remove_filter)(chip.label, &chip.value);
            view! { class=class,
                <li>
                    <a href=chip.href aria-label=name>{format!("{}: {}", chip.label, chip.value)} " ×"</a>
                </li>
            }
        })
        .collect_view();
    view! { class=class,
        <div class="kp-chips">
            <span>{label}</span>
            <ul>{items}</ul>
        </div>
    }
}
