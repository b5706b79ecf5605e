//! Skip link, site name and logo from config, and the main navigation.

use crate::components::account::AccountMenu;
use crate::state::{choose_locale, current_locale, unavailable_language, use_config, use_texts};
use leptos::prelude::*;
use leptos_router::components::A;
use stylers::style;
use wasm_bindgen::JsCast;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let texts = use_texts();
    let config = use_config();
    let class = style! {
        .kp-header {
            background: var(--color-primary);
            color: var(--color-on-primary);
        }
        .kp-header__inner {
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            justify-content: space-between;
            gap: var(--space-s) var(--space-l);
            max-width: var(--page-width);
            margin-inline: auto;
            padding: var(--space-s) var(--space-m);
        }
        .kp-header :deep(a) {
            color: inherit;
        }
        .kp-header :deep(.kp-header__brand) {
            display: flex;
            align-items: center;
            gap: var(--space-xs);
            font-size: 1.375rem;
            font-weight: 700;
            text-decoration: none;
        }
        .kp-header__nav ul {
            display: flex;
            flex-wrap: wrap;
            gap: var(--space-2xs) var(--space-m);
            list-style: none;
            margin: 0;
            padding: 0;
        }
        .kp-header__nav :deep(a) {
            display: inline-block;
            padding: var(--space-2xs) 0;
            font-weight: 600;
        }
        .kp-header :deep(.kp-header__account) {
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            gap: var(--space-2xs) var(--space-m);
            margin-inline-start: auto;
        }
        .kp-header :deep(.kp-header__button) {
            border: 1px solid currentColor;
            border-radius: var(--radius);
            background: transparent;
            color: inherit;
            padding: var(--space-2xs) var(--space-xs);
            cursor: pointer;
        }
        .kp-header__nav :deep(a[aria-current="page"]) {
            text-decoration-thickness: 3px;
        }
        .kp-header__notice {
            max-width: var(--page-width);
            margin: 0 auto;
            padding: 0 var(--space-m) var(--space-s);
        }
        .kp-header__notice:empty {
            padding: 0;
        }
    };
    let other = current_locale().other();
    let meetings = config.features.meetings;
    // Relative, so the router puts its base (a host's sub-path) in front.
    let links = [
        ("members", texts.nav_members),
        ("themes", texts.nav_themes),
        ("wall", texts.nav_wall),
        ("events", texts.nav_events),
    ]
    .into_iter()
    .filter(move |(path, _)| meetings || *path != "events");
    view! { class=class,
        // With `<base href="/">` a bare "#inhoud" would resolve to the home page, so the
        // link moves focus itself; rel="external" keeps the router out of it.
        <a class="kp-skip-link" href="#inhoud" rel="external" on:click=skip_to_content>{texts.skip_link}</a>
        <header class="kp-header">
            <div class="kp-header__inner">
                <a href="./" class="kp-header__brand">
                    {config.logo.clone().map(|src| view! { <img src=src alt="" width="36" height="36"/> })}
                    <span>{config.site_name.clone()}</span>
                </a>
                <nav class="kp-header__nav" aria-label=texts.nav_label>
                    <ul>
                        {links
                            .map(|(href, label)| view! { class=class, <li><A href=href>{label}</A></li> })
                            .collect_view()}
                    </ul>
                </nav>
                <AccountMenu/>
                <button type="button" class="kp-header__button" lang=other.code() on:click=move |_| choose_locale(other)>
                    {other.name()}
                </button>
            </div>
            // The chosen language could not be fetched: said in the language that stays.
            <p class="kp-header__notice" role="status">
                {move || unavailable_language().map(|_| texts.language_unavailable)}
            </p>
        </header>
    }
}

/// Moves focus (and the view) to `<main id="inhoud">`.
fn skip_to_content(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = document()
        .get_element_by_id("inhoud")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
        main.scroll_into_view();
    }
}
