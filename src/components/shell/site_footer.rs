//! The page footer.

use crate::state::{use_config, use_texts};
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let class = style! {
        .kp-footer {
            margin-block-start: var(--space-2xl);
            border-block-start-width: 1px;

            border-block-start-style: solid;

            border-block-start-color: var(--color-border);
            color: var(--color-text-muted);
        }
        .kp-footer__inner {
            max-width: var(--page-width);
            margin-inline: auto;
            padding: var(--space-l) var(--space-m);
        }
    };
    view! { class=class,
        <footer class="kp-footer">
            <div class="kp-footer__inner">
                <p><strong>{use_config().site_name.clone()}</strong> " · " {use_texts().footer}</p>
            </div>
        </footer>
    }
}
