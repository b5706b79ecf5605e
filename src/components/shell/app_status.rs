//! Two notices above every page: "Je bent offline" while the browser has no network,
//! and "Nieuwe versie beschikbaar" with "Bijwerken" when a new version of the app waits.
//! Both are live regions, so screen readers say them when they appear.

use crate::state::{use_app_update, use_connectivity, use_texts};
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn AppStatus() -> impl IntoView {
    let texts = use_texts();
    let connectivity = use_connectivity();
    let update = use_app_update();
    let class = style! {
        .kp-app-status {
            max-width: var(--page-width);
            margin-inline: auto;
            padding-inline: var(--space-m);
        }
        .kp-app-status__notice {
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            gap: var(--space-2xs) var(--space-m);
            border-left: 6px solid var(--color-primary);
            background: var(--color-surface);
            padding: var(--space-xs) var(--space-m);
            margin-block-start: var(--space-s);
        }
        .kp-app-status__notice p {
            margin: 0;
        }
        .kp-app-status__title {
            font-weight: 700;
        }
    };
    view! { class=class,
        <div class="kp-app-status">
            <div role="status">
                {move || (!connectivity.online()).then(|| view! { class=class,
                    <div class="kp-app-status__notice" id="offline-melding">
                        <p class="kp-app-status__title">{texts.offline_banner}</p>
                        <p>{texts.offline_hint}</p>
                    </div>
                })}
            </div>
            <div role="status">
                {move || update.waiting().then(|| view! { class=class,
                    <div class="kp-app-status__notice" id="nieuwe-versie">
                        <p class="kp-app-status__title">{texts.update_available}</p>
                        <button type="button" class="kp-button" on:click=move |_| update.apply()>
                            {texts.update_apply}
                        </button>
                    </div>
                })}
            </div>
        </div>
    }
}
