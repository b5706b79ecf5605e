//! The loading state of a list or page.

use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn Loading() -> impl IntoView {
    let class = style! {
        .kp-loading {
            color: var(--color-text-muted);
            padding: var(--space-m) 0;
        }
    };
    view! { class=class,
        <p class="kp-loading" role="status">{use_texts().loading}</p>
    }
}
