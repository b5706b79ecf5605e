//! "Vorige pagina" / "Volgende pagina" links for a paged list.

use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn Pager(
    /// Current page, 1-based.
    page: u32,
    /// Number of pages.
    pages: u32,
    /// The URL of page `n`.
    href: impl Fn(u32) -> String + 'static,
) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-pager {
            display: flex;
            gap: var(--space-m);
            align-items: center;
            justify-content: space-between;
            margin-block: var(--space-l);
        }
    };
    (pages > 1).then(|| {
        let previous = (page > 1).then(|| href(page - 1));
        let next = (page < pages).then(|| href(page + 1));
        view! { class=class,
            <nav class="kp-pager" aria-label=texts.pager_label>
                <span>{previous.map(|href| view! { <a href=href>{texts.pager_previous}</a> })}</span>
                <span>{(texts.pager_position)(page, pages)}</span>
                <span>{next.map(|href| view! { <a href=href>{texts.pager_next}</a> })}</span>
            </nav>
        }
    })
}
