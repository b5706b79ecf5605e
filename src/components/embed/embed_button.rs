//! "Insluiten": a disclosure with the exact snippet that shows a widget of this page on
//! an intranet (`public/widget.js` under this host's base), and "Kopiëren" for each.

use crate::model::embed::{snippet, Widget};
use crate::state::use_texts;
use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use stylers::style;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// One widget this page offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedChoice {
    /// What the snippet shows, as the label of its code: "Code voor dit profiel".
    pub label: &'static str,
    pub widget: Widget,
}

#[component]
pub fn EmbedButton(
    /// The widgets to offer, one snippet each.
    choices: Vec<EmbedChoice>,
) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-embed-button__panel {
            margin-block: var(--space-s);
            padding: var(--space-m);
            border: 1px solid var(--color-border);
            border-radius: var(--radius);
            background: var(--color-surface);
        }
    };
    let open = RwSignal::new(false);
    let origin = window().location().origin().unwrap_or_default();
    let loader = crate::routes::absolute_url(&origin, &crate::routes::base_path(), "/widget.js");
    let codes = choices
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let code = snippet(&loader, &choice.widget);
            view! { <SnippetCode id=format!("insluiten-code-{i}") label=choice.label code/> }
        })
        .collect_view();
    view! { class=class,
        <div class="kp-embed-button">
            <button
                type="button"
                class="kp-button kp-button--secondary"
                aria-expanded=move || open.get().to_string()
                aria-controls="insluiten"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {texts.embed.button}
            </button>
            <div id="insluiten" class="kp-embed-button__panel" hidden=move || !open.get()>
                <p>{texts.embed.intro}</p>
                {codes}
            </div>
        </div>
    }
}

#[component]
fn SnippetCode(id: String, label: &'static str, code: String) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-snippet-code textarea {
            display: block;
            width: 100%;
            margin-block: var(--space-2xs) var(--space-xs);
            font-family: ui-monospace, monospace;
            font-size: 0.875rem;
        }
        .kp-snippet-code {
            margin-block-end: var(--space-m);
        }
        .kp-snippet-code__status {
            margin-inline-start: var(--space-s);
        }
    };
    let status = RwSignal::new(None::<&'static str>);
    let area = NodeRef::<leptos::html::Textarea>::new();
    let copy = {
        let code = code.clone();
        move |_| {
            let code = code.clone();
            spawn_local(async move {
                let copied = write_clipboard(&code).await;
                if !copied {
                    // Selected, the code is one keystroke from the reader's own copy.
                    if let Some(area) = area.get_untracked() {
                        let _ = area.focus();
                        area.select();
                    }
                }
                status.set(Some(if copied {
                    texts.embed.copied
                } else {
                    texts.embed.copy_failed
                }));
            });
        }
    };
    view! { class=class,
        <div class="kp-snippet-code" role="group" aria-label=label>
            <label for=id.clone()>{label}</label>
            <textarea id=id readonly rows="3" spellcheck="false" node_ref=area prop:value=code></textarea>
            <button type="button" class="kp-button" on:click=copy>{texts.embed.copy}</button>
            <span class="kp-snippet-code__status" role="status">{move || status.get()}</span>
        </div>
    }
}

/// Writes `text` to the clipboard; false where the browser has no clipboard API (an
/// insecure origin) or refuses.
async fn write_clipboard(text: &str) -> bool {
    let Ok(navigator) = Reflect::get(&window(), &JsValue::from_str("navigator")) else {
        return false;
    };
    let Ok(clipboard) = Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let write = Reflect::get(&clipboard, &JsValue::from_str("writeText")).and_then(|f| f.dyn_into::<Function>());
    let Ok(write) = write else { return false };
    let Ok(promise) = write
        .call1(&clipboard, &JsValue::from_str(text))
        .and_then(|p| p.dyn_into::<Promise>())
    else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}
