//! "Ik kom", "Misschien", "Ik kom niet": my answer to a meeting, the chosen one pressed
//! (`aria-pressed`). A full meeting's refusal is said in words; offline, the answer waits
//! in the outbox; visitors are asked to log in.

use crate::backend::BackendError;
use crate::components::account::LoginPrompt;
use crate::model::outbox::OutboxAction;
use crate::model::{EventId, RsvpStatus};
use crate::state::{use_backend, use_outbox, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn RsvpButtons(
    event: EventId,
    /// Called after my answer was saved, so the page can show the new number of places.
    #[prop(into)]
    on_changed: Callback<()>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    if !backend.capabilities().auth {
        return ().into_any();
    }
    let mine = RwSignal::new(None::<RsvpStatus>);
    let known = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let outbox = use_outbox();
    let queued = RwSignal::new(false);
    let _loader = LocalResource::new({
        let backend = backend.clone();
        let event = event.clone();
        move || {
            let (backend, event) = (backend.clone(), event.clone());
            let member = session.account();
            async move {
                known.set(false);
                let answer = match member {
                    Some(_) => backend.my_rsvp(&event).await.ok().flatten(),
                    None => None,
                };
                // An answer still waiting in the outbox is the one I gave last.
                let waiting = outbox.and_then(|o| o.outbox().with_untracked(|q| q.pending_rsvp(&event)));
                mine.set(waiting.or(answer));
                known.set(true);
            }
        }
    });
    // An answer given offline: the page shows the new number of places once it arrived.
    if let Some(outbox) = outbox {
        let event = event.clone();
        outbox.on_delivered(
            move |action| matches!(action, OutboxAction::Rsvp { event: e, .. } if *e == event),
            move || {
                queued.set(false);
                on_changed.run(());
            },
        );
    }
    let choose = move |status: RsvpStatus| {
        if busy.get_untracked() || mine.get_untracked() == Some(status) {
            return;
        }
        failed.set(None);
        queued.set(false);
        let set_aside = move |event: EventId| {
            if outbox.is_some_and(|o| o.queue(OutboxAction::Rsvp { event, status })) {
                mine.set(Some(status));
                queued.set(true);
            }
        };
        if outbox.is_some_and(|o| o.must_queue()) {
            set_aside(event.clone());
            return;
        }
        busy.set(true);
        let (backend, event) = (backend.clone(), event.clone());
        spawn_local(async move {
            let result = backend.rsvp(&event, status).await;
            busy.set(false);
            match result {
                Err(BackendError::Network(_)) if outbox.is_some() => set_aside(event),
                Ok(()) => {
                    mine.set(Some(status));
                    on_changed.run(());
                }
                Err(BackendError::Conflict(_)) => failed.set(Some(texts.event_full_refused)),
                Err(error) => {
                    if error == BackendError::Unauthorized {
                        session.expire(&backend);
                    }
                    failed.set(Some(texts.error(&error)));
                }
            }
        });
    };
    view! {
        {move || {
            if session.account().is_none() {
                return view! { <LoginPrompt/> }.into_any();
            }
            let choose = choose.clone();
            view! {
                <div class="kp-actions" role="group" aria-label=texts.rsvp_label aria-busy=move || busy.get().to_string()>
                    {RsvpStatus::ALL
                        .into_iter()
                        .map(|status| {
                            let choose = choose.clone();
                            view! {
                                <button type="button" class="kp-button kp-button--secondary"
                                    disabled=move || !known.get()
                                    aria-pressed=move || (mine.get() == Some(status)).to_string()
                                    on:click=move |_| choose(status)>
                                    {(texts.rsvp_name)(status)}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            }
            .into_any()
        }}
        {move || failed.get().map(|text| view! { <p role="alert" class="kp-field__error">{text}</p> })}
        {move || queued.get().then(|| view! { <p role="status" class="kp-hint">{texts.outbox_queued_action}</p> })}
    }
    .into_any()
}
