//! "Nog te versturen": what the member did offline, in the order it will be sent, each
//! with "Annuleren"; what the server refused stays with its reason, its text to copy,
//! "Opnieuw proberen" and "Verwijderen", so nothing typed disappears unseen.

use crate::i18n::Texts;
use crate::model::outbox::{OutboxAction, OutboxItem, OutboxStatus};
use crate::state::{use_outbox, use_texts, OutboxState};
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn OutboxPanel() -> impl IntoView {
    let texts = use_texts();
    let Some(outbox) = use_outbox() else {
        return ().into_any();
    };
    let class = style! {
        .kp-outbox {
            max-width: var(--page-width);
            margin-inline: auto;
            padding-inline: var(--space-m);
        }
        .kp-outbox section {
            border: 2px solid var(--color-primary);
            border-radius: var(--radius);
            padding: var(--space-xs) var(--space-m);
            margin-block-start: var(--space-s);
        }
        .kp-outbox h2 {
            font-size: 1.125rem;
            margin-block: 0 var(--space-2xs);
        }
        .kp-outbox ol {
            margin: 0;
            padding-inline-start: var(--space-l);
        }
        .kp-outbox li {
            margin-block: var(--space-2xs);
        }
        .kp-outbox__status {
            display: block;
            font-size: 0.9375rem;
        }
        .kp-outbox__refused {
            color: var(--color-danger);
            font-weight: 700;
        }
        .kp-outbox__text {
            white-space: pre-wrap;
        }
        .kp-outbox :deep(.kp-button) {
            margin-inline-end: var(--space-xs);
        }
    };
    view! { class=class,
        <div class="kp-outbox">
            {move || {
                let queue = outbox.outbox().get();
                (!queue.is_empty()).then(|| {
                    let items = queue
                        .items()
                        .iter()
                        .cloned()
                        .map(|item| view! { <OutboxEntry item outbox/> })
                        .collect_view();
                    view! { class=class,
                        <section aria-labelledby="wachtrij-kop" id="wachtrij">
                            <h2 id="wachtrij-kop">{(texts.outbox_heading)(queue.items().len())}</h2>
                            <p class="kp-hint">{texts.outbox_intro}</p>
                            <ol>{items}</ol>
                        </section>
                    }
                })
            }}
        </div>
    }
    .into_any()
}

#[component]
fn OutboxEntry(item: OutboxItem, outbox: OutboxState) -> impl IntoView {
    let texts = use_texts();
    let what = describe(texts, &item.action);
    let text = written_text(&item.action);
    let key = item.key.clone();
    let (status, buttons) = match item.status {
        OutboxStatus::Waiting => (
            view! { <span class="kp-outbox__status">{texts.outbox_waiting}</span> }.into_any(),
            view! {
                <button type="button" class="kp-button kp-button--secondary" on:click=move |_| outbox.remove(&key)>
                    {texts.outbox_cancel}
                </button>
            }
            .into_any(),
        ),
        OutboxStatus::Refused { reason } => {
            let retry_key = key.clone();
            (
                view! { <span class="kp-outbox__status kp-outbox__refused">{(texts.outbox_refused)(reason)}</span> }
                    .into_any(),
                view! {
                    <button type="button" class="kp-button kp-button--secondary" on:click=move |_| outbox.retry(&retry_key)>
                        {texts.outbox_retry}
                    </button>
                    <button type="button" class="kp-button kp-button--secondary" on:click=move |_| outbox.remove(&key)>
                        {texts.outbox_remove}
                    </button>
                }
                .into_any(),
            )
        }
    };
    view! {
        <li class="kp-outbox__item">
            <span>{what}</span>
            {status}
            {text.map(|text| view! {
                <details>
                    <summary>{texts.outbox_text}</summary>
                    <p class="kp-outbox__text">{text}</p>
                </details>
            })}
            <div>{buttons}</div>
        </li>
    }
}

/// One line saying what the item does.
fn describe(texts: &Texts, action: &OutboxAction) -> String {
    match action {
        OutboxAction::Post { draft } => (texts.outbox_post)(draft.title.trim()),
        OutboxAction::Comment { .. } => texts.outbox_comment.to_owned(),
        OutboxAction::Reaction { kind, on, .. } => (texts.outbox_reaction)((texts.reaction_name)(*kind), *on),
        OutboxAction::Rsvp { status, .. } => (texts.outbox_rsvp)((texts.rsvp_name)(*status)),
    }
}

/// What the member typed, to read or copy again.
fn written_text(action: &OutboxAction) -> Option<String> {
    match action {
        OutboxAction::Post { draft } => Some(draft.body.clone()),
        OutboxAction::Comment { draft } => Some(draft.body.clone()),
        OutboxAction::Reaction { .. } | OutboxAction::Rsvp { .. } => None,
    }
}
