//! The outbox of the member writing in this browser: what they did while offline (or
//! while a send got no answer), kept in `localStorage` and sent in order once the
//! network is back. Posts and comments carry an id chosen here, so a resend whose
//! first answer was lost cannot create them twice.

use super::{use_backend, use_connectivity, use_session, Connectivity, SessionState, SharedBackend};
use crate::backend::{BackendError, ALREADY_REACTED, ALREADY_SENT, EVENT_FULL};
use crate::model::outbox::{record_id, Delivery, Lease, Outbox, OutboxAction, Refusal, RECORD_ID_LEN};
use crate::model::{CommentId, MemberId, PostId};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where each member's outbox lives: `knooppunt.uitbak.<member id>`.
const PREFIX: &str = "knooppunt.uitbak";
/// How long a tab may send a member's queue before another may take over: a tab closed
/// in the middle of sending leaves its lease behind.
const LEASE_MS: u64 = 20_000;
/// How long to wait before trying again when the server could not be reached although
/// the browser thinks it is online.
const RETRY_AFTER_MS: u64 = 15_000;

/// A delivered action with a running number, so two deliveries in a row both notify.
pub type Delivered = (OutboxAction, u64);

#[derive(Clone, Copy)]
pub struct OutboxState {
    outbox: RwSignal<Outbox>,
    /// Whose outbox `outbox` is.
    owner: RwSignal<Option<MemberId>>,
    sending: RwSignal<bool>,
    /// Whether the last write to storage worked.
    stored: StoredValue<bool>,
    delivered: RwSignal<Option<Delivered>>,
    backend: StoredValue<SharedBackend>,
    session: SessionState,
    connectivity: Connectivity,
}

impl OutboxState {
    /// The queue (tracked).
    pub fn outbox(&self) -> ReadSignal<Outbox> {
        self.outbox.read_only()
    }

    /// The last action that reached the server (tracked): pages show its result.
    pub fn delivered(&self) -> Option<Delivered> {
        self.delivered.get()
    }

    /// True when a write now goes to the outbox instead of the server: offline, or while
    /// older writes still wait (sent directly, a new one would overtake them).
    pub fn must_queue(&self) -> bool {
        !self.connectivity.online_untracked() || self.outbox.with_untracked(|o| o.waiting_count() > 0)
    }

    /// Runs `then` whenever the outbox delivered an action that `matches`, so a page shows
    /// what was written offline once it arrived.
    pub fn on_delivered(&self, matches: impl Fn(&OutboxAction) -> bool + 'static, then: impl Fn() + 'static) {
        let delivered = self.delivered;
        Effect::new(move |previous: Option<Option<u64>>| {
            let now = delivered.with(|last| last.as_ref().and_then(|(action, n)| matches(action).then_some(*n)));
            if now.is_some() && previous.is_some_and(|p| p != now) {
                then();
            }
            now
        });
    }

    /// Queues an action of the member writing and sends it when it can. `false` when
    /// nobody is writing here, so the caller keeps what was typed on screen.
    pub fn queue(&self, action: OutboxAction) -> bool {
        let Some(owner) = self.writer() else {
            return false;
        };
        self.change(&owner, |outbox| outbox.push(new_id(), action, crate::clock::now()));
        self.send_waiting();
        true
    }

    /// The member cancelled an item, or removed one the server refused.
    pub fn remove(&self, key: &str) {
        if let Some(owner) = self.writer() {
            self.change(&owner, |outbox| {
                outbox.remove(key);
            });
        }
    }

    /// Puts a refused item back in the queue, at its place, for another try.
    pub fn retry(&self, key: &str) {
        if let Some(owner) = self.writer() {
            self.change(&owner, |outbox| outbox.wait_again(key));
            self.send_waiting();
        }
    }

    /// Sends what waits, oldest first, one at a time; stops at the first item the server
    /// could not be reached for. Only one round runs at a time.
    pub fn send_waiting(&self) {
        let state = *self;
        let ready = !self.sending.get_untracked()
            && self.connectivity.online_untracked()
            && self.owner.get_untracked().is_some()
            && self.session.account_untracked().map(|a| a.id) == self.owner.get_untracked();
        if !ready || self.outbox.with_untracked(|o| o.next().is_none()) {
            return;
        }
        let Some(owner) = self.owner.get_untracked() else {
            return;
        };
        // One tab sends a member's queue at a time; another one tries again later.
        if !take_lease(&owner) {
            set_timeout(move || state.send_waiting(), std::time::Duration::from_millis(LEASE_MS));
            return;
        }
        self.sending.set(true);
        spawn_local(async move {
            let backend = state.backend.get_value();
            while let Some(item) = state.outbox.with_untracked(|o| o.next().cloned()) {
                if !take_lease(&owner) {
                    break;
                }
                let delivery = delivery_of(send(&backend, &item.action).await);
                let go_on = state.change(&owner, |o| o.settle(&item.key, delivery));
                match delivery {
                    Delivery::Delivered => state.delivered.update(|last| {
                        let n = last.as_ref().map_or(0, |(_, n)| n + 1);
                        *last = Some((item.action, n));
                    }),
                    Delivery::NeedsLogin => state.session.expire(&backend),
                    Delivery::NotReached => set_timeout(
                        move || state.send_waiting(),
                        std::time::Duration::from_millis(RETRY_AFTER_MS),
                    ),
                    Delivery::Refused(_) => {}
                }
                if !go_on {
                    break;
                }
            }
            release_lease(&owner);
            state.sending.set(false);
        });
    }

    /// The member whose queue this is: the one logged in or waiting to log in again.
    fn writer(&self) -> Option<MemberId> {
        self.owner
            .get_untracked()
            .or_else(|| self.session.writer_untracked().map(|a| a.id))
    }

    /// Changes the stored queue: read again first, because another tab of the same member
    /// may have changed it, then written back and shown.
    fn change<R>(&self, owner: &MemberId, apply: impl FnOnce(&mut Outbox) -> R) -> R {
        // After a failed write (storage full) the stored copy misses items: keep ours.
        let stored = if self.stored.get_value() { load(owner) } else { None };
        let mut outbox = stored.unwrap_or_else(|| self.outbox.get_untracked());
        let result = apply(&mut outbox);
        self.stored.set_value(save(owner, &outbox));
        if self.owner.get_untracked().as_ref() == Some(owner) {
            self.outbox.set(outbox);
        }
        result
    }
}

/// Loads the writing member's outbox and sends it whenever the network comes back.
pub fn provide_outbox() {
    let session = use_session();
    let connectivity = use_connectivity();
    let state = OutboxState {
        outbox: RwSignal::new(Outbox::default()),
        owner: RwSignal::new(None),
        sending: RwSignal::new(false),
        stored: StoredValue::new(true),
        delivered: RwSignal::new(None),
        backend: StoredValue::new(use_backend()),
        session,
        connectivity,
    };
    provide_context(state);
    // Another member logging in on this browser gets their own queue.
    Effect::new(move |_| {
        let writer = session.writer().map(|a| a.id);
        if writer != state.owner.get_untracked() {
            state.outbox.set(writer.as_ref().and_then(load).unwrap_or_default());
            state.owner.set(writer);
        }
    });
    // Another tab of the same member queued or sent something: show it here too.
    std::mem::forget(window_event_listener(leptos::ev::storage, move |event| {
        let Some(owner) = state.owner.get_untracked() else {
            return;
        };
        if event.key().as_deref() == Some(storage_key(&owner).as_str()) {
            state.outbox.set(load(&owner).unwrap_or_default());
        }
    }));
    // Back online, or logged in again after the session expired: send what waits.
    Effect::new(move |_| {
        let online = connectivity.online();
        let logged_in = session.account().is_some();
        if online && logged_in {
            state.send_waiting();
        }
    });
}

pub fn use_outbox() -> Option<OutboxState> {
    use_context::<OutboxState>()
}

/// A fresh id for a new post.
pub fn new_post_id() -> PostId {
    PostId(new_id())
}

/// A fresh id for a new comment.
pub fn new_comment_id() -> CommentId {
    CommentId(new_id())
}

fn new_id() -> String {
    let mut random = [0u8; RECORD_ID_LEN];
    for byte in &mut random {
        // Math.random is enough: ids need to be unique, not secret.
        *byte = (js_sys::Math::random() * 256.0) as u8;
    }
    record_id(&random)
}

async fn send(backend: &SharedBackend, action: &OutboxAction) -> Result<(), BackendError> {
    match action {
        OutboxAction::Post { draft } => backend.create_post(draft).await.map(drop),
        OutboxAction::Comment { draft } => backend.create_comment(draft).await.map(drop),
        OutboxAction::Reaction { target, kind, on } => backend.set_reaction(target, *kind, *on).await,
        OutboxAction::Rsvp { event, status } => backend.rsvp(event, *status).await,
    }
}

/// What a send's answer means for the queue.
pub fn delivery_of(result: Result<(), BackendError>) -> Delivery {
    match result {
        Ok(()) => Delivery::Delivered,
        // An earlier send arrived though its answer was lost, or the reaction is there.
        Err(BackendError::Conflict(code)) if code == ALREADY_SENT || code == ALREADY_REACTED => Delivery::Delivered,
        Err(BackendError::Conflict(code)) if code == EVENT_FULL => Delivery::Refused(Refusal::Full),
        // Not reached, or asked too often just now: it stays queued for the next try.
        Err(BackendError::Network(_) | BackendError::TooMany) => Delivery::NotReached,
        Err(BackendError::Unauthorized) => Delivery::NeedsLogin,
        Err(BackendError::Forbidden) => Delivery::Refused(Refusal::Forbidden),
        Err(BackendError::NotFound) => Delivery::Refused(Refusal::Gone),
        Err(BackendError::Validation(_)) => Delivery::Refused(Refusal::Invalid),
        Err(BackendError::Conflict(_) | BackendError::ReadOnly | BackendError::Server(_)) => {
            Delivery::Refused(Refusal::Other)
        }
    }
}

fn storage_key(owner: &MemberId) -> String {
    format!("{PREFIX}.{owner}")
}

/// The stored queue; `None` without storage (private browsing) or without a readable
/// one. A queue from an older version that no longer reads is dropped, not fatal.
fn load(owner: &MemberId) -> Option<Outbox> {
    let storage = storage()?;
    match storage.get_item(&storage_key(owner)).ok()? {
        Some(text) => serde_json::from_str(&text).ok(),
        None => Some(Outbox::default()),
    }
}

/// Whether the queue is stored; when not (storage full or refused), it lives on in this
/// page only.
fn save(owner: &MemberId, outbox: &Outbox) -> bool {
    let Some(storage) = storage() else { return false };
    let key = storage_key(owner);
    if outbox.is_empty() {
        storage.remove_item(&key).is_ok()
    } else {
        serde_json::to_string(outbox).is_ok_and(|text| storage.set_item(&key, &text).is_ok())
    }
}

/// This page, among the tabs that may send a member's queue.
fn tab_id() -> &'static str {
    static TAB: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TAB.get_or_init(new_id)
}

fn lease_key(owner: &MemberId) -> String {
    format!("{}.zender", storage_key(owner))
}

/// Takes or renews the right to send `owner`'s queue; `false` while another tab has it.
fn take_lease(owner: &MemberId) -> bool {
    // Without storage the queue lives in this page only: nobody else can send it.
    let Some(storage) = storage() else { return true };
    let key = lease_key(owner);
    let now = js_sys::Date::now();
    let held = storage.get_item(&key).ok().flatten();
    if !Lease::may_take(held.as_deref(), tab_id(), now) {
        return false;
    }
    let _ = storage.set_item(&key, &Lease::until(tab_id(), now + LEASE_MS as f64));
    // Two tabs that took it at the same moment: the later write wins, the other sees so.
    storage
        .get_item(&key)
        .ok()
        .flatten()
        .is_some_and(|held| Lease::may_take(Some(&held), tab_id(), now) && held.starts_with(tab_id()))
}

fn release_lease(owner: &MemberId) {
    let Some(storage) = storage() else { return };
    let key = lease_key(owner);
    if storage
        .get_item(&key)
        .ok()
        .flatten()
        .is_some_and(|held| held.starts_with(tab_id()))
    {
        let _ = storage.remove_item(&key);
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lost_answer_counts_as_delivered_and_a_lost_network_as_not_reached() {
        assert_eq!(delivery_of(Ok(())), Delivery::Delivered);
        assert_eq!(
            delivery_of(Err(BackendError::Conflict(ALREADY_SENT.into()))),
            Delivery::Delivered
        );
        assert_eq!(
            delivery_of(Err(BackendError::Conflict(ALREADY_REACTED.into()))),
            Delivery::Delivered
        );
        assert_eq!(
            delivery_of(Err(BackendError::Network("offline".into()))),
            Delivery::NotReached
        );
        assert_eq!(delivery_of(Err(BackendError::Unauthorized)), Delivery::NeedsLogin);
    }

    #[test]
    fn refusals_keep_their_reason() {
        assert_eq!(
            delivery_of(Err(BackendError::Conflict(EVENT_FULL.into()))),
            Delivery::Refused(Refusal::Full)
        );
        assert_eq!(
            delivery_of(Err(BackendError::Forbidden)),
            Delivery::Refused(Refusal::Forbidden)
        );
        assert_eq!(
            delivery_of(Err(BackendError::NotFound)),
            Delivery::Refused(Refusal::Gone)
        );
        assert_eq!(
            delivery_of(Err(BackendError::Validation(Default::default()))),
            Delivery::Refused(Refusal::Invalid)
        );
        assert_eq!(
            delivery_of(Err(BackendError::Server("500".into()))),
            Delivery::Refused(Refusal::Other)
        );
    }
}
