//! A successful answer with nothing in it, and what to try instead.

use leptos::prelude::*;
use stylers::style;

#[component]
pub fn EmptyState(
    /// What is missing, e.g. "Geen leden gevonden."
    message: &'static str,
    /// What the reader can do about it.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// More ways out, e.g. the filters to remove.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let class = style! {
        .kp-empty {
            border: 1px dashed var(--color-border);
            border-radius: var(--radius);
            padding: var(--space-l);
            text-align: center;
        }
        .kp-empty__hint {
            color: var(--color-text-muted);
            margin-block-start: var(--space-xs);
        }
    };
    view! { class=class,
        <div class="kp-empty">
            <p>{message}</p>
            {hint.map(|hint| view! { class=class, <p class="kp-empty__hint">{hint}</p> })}
            {children.map(|children| children())}
        </div>
    }
}
