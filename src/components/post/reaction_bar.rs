//! "Vind ik leuk", "Nuttig", "Bedankt": toggle buttons with counts and my own choice
//! (`aria-pressed`). A press shows at once and is rolled back, with a message, when the
//! server refuses it. Offline, presses wait in the outbox. Visitors see the counts only.

use crate::backend::BackendError;
use crate::model::outbox::OutboxAction;
use crate::model::{ContentTarget, PostId, ReactionKind, Reactions};
use crate::state::{use_backend, use_outbox, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ReactionBar(post: PostId, counts: Reactions) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    // What the reader sees, changed at once by a press ...
    let counts = RwSignal::new(counts);
    let mine = RwSignal::new(None::<ReactionKind>);
    // ... and what the server last confirmed, to roll back to.
    let confirmed = StoredValue::new((counts.get_untracked(), None::<ReactionKind>));
    // True while presses are on their way to the server (`aria-busy`).
    let syncing = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let outbox = use_outbox();
    let queued = RwSignal::new(false);
    let logged_in = move || session.account().is_some();
    // Pressing waits until my own reaction is known: a press before that would be
    // overwritten by it, or sent against the wrong state.
    let known = RwSignal::new(false);
    // My own reaction, once I am known.
    let _mine_loader = LocalResource::new({
        let backend = backend.clone();
        let post = post.clone();
        move || {
            let backend = backend.clone();
            let post = post.clone();
            let member = session.account().map(|a| a.id);
            async move {
                known.set(false);
                let kind = match member {
                    Some(_) => backend.my_reactions(&post).await.ok().and_then(|k| k.first().copied()),
                    None => None,
                };
                // A press still waiting in the outbox is what I chose last; the server's
                // state (and the counts) follow once it is sent.
                let target = ContentTarget::Post(post.clone());
                let waiting = outbox.and_then(|o| o.outbox().with_untracked(|q| q.pending_reaction(&target)));
                mine.set(waiting.unwrap_or(kind));
                confirmed.update_value(|c| c.1 = waiting.unwrap_or(kind));
                known.set(true);
            }
        }
    });

    // Brings the server to what the reader chose, one request at a time, so quick presses
    // neither get lost nor race each other.
    let sync = move |backend: crate::state::SharedBackend, post: PostId| {
        if syncing.get_untracked() {
            return;
        }
        syncing.set(true);
        spawn_local(async move {
            loop {
                let (server_counts, server) = confirmed.get_value();
                let wanted = mine.get_untracked();
                if wanted == server {
                    break;
                }
                let target = ContentTarget::Post(post.clone());
                let Some((kind, on)) = wanted.map(|kind| (kind, true)).or(server.map(|old| (old, false))) else {
                    break;
                };
                let result = if outbox.is_some_and(|o| o.must_queue()) {
                    Err(BackendError::Network("offline".into()))
                } else {
                    backend.set_reaction(&target, kind, on).await
                };
                // Offline or no answer: the outbox sends it later; here it counts as done.
                let result = match (result, outbox) {
                    (Err(BackendError::Network(_)), Some(outbox))
                        if outbox.queue(OutboxAction::Reaction { target, kind, on }) =>
                    {
                        queued.set(true);
                        Ok(())
                    }
                    (result, _) => result,
                };
                match result {
                    Ok(()) => {
                        // The same step on the confirmed counts, not the shown ones, which
                        // may already include presses still to be sent.
                        let step = wanted.or(server);
                        let now = step.map_or(server_counts, |kind| server_counts.toggle(server, kind).0);
                        confirmed.set_value((now, wanted));
                    }
                    Err(error) => {
                        counts.set(server_counts);
                        mine.set(server);
                        if error == BackendError::Unauthorized {
                            session.expire(&backend);
                        }
                        failed.set(Some(texts.reaction_failed));
                        break;
                    }
                }
            }
            syncing.set(false);
        });
    };

    let press = move |kind: ReactionKind| {
        if !known.get_untracked() {
            return;
        }
        let (after, now) = counts.get_untracked().toggle(mine.get_untracked(), kind);
        counts.set(after);
        mine.set(now);
        failed.set(None);
        sync(backend.clone(), post.clone());
    };

    view! {
        <div class="kp-reactions" role="group" aria-label=texts.post_reactions_label aria-busy=move || syncing.get().to_string()>
            {ReactionKind::ALL
                .into_iter()
                .map(|kind| {
                    let press = press.clone();
                    let label = (texts.reaction_name)(kind);
                    move || {
                        let count = counts.get().count(kind);
                        if logged_in() {
                            let press = press.clone();
                            view! {
                                <button type="button" class="kp-reaction" disabled=move || !known.get() aria-pressed=move || (mine.get() == Some(kind)).to_string()
                                    on:click=move |_| press(kind)>
                                    {label} " " <span class="kp-reaction__count">{count}</span>
                                </button>
                            }
                            .into_any()
                        } else {
                            view! { <span class="kp-reaction">{label} " " <span class="kp-reaction__count">{count}</span></span> }.into_any()
                        }
                    }
                })
                .collect_view()}
        </div>
        <p role="alert" class="kp-field__error">{move || failed.get()}</p>
        {move || queued.get().then(|| view! { <p class="kp-hint">{texts.outbox_queued_action}</p> })}
    }
}
