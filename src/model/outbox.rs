//! What a member did while offline, waiting to be sent: posts, comments, reactions and
//! answers to meetings. The queue keeps its order, sends one item at a time, and keeps
//! an item the server refused (with why) until the member removes it, so nothing typed
//! is lost. Nothing here knows about storage or HTTP; `state::outbox` does.

use super::draft::{CommentDraft, ContentTarget, PostDraft};
use super::ids::{EventId, PostId};
use super::post::ReactionKind;
use super::{RsvpStatus, Timestamp};
use serde::{Deserialize, Serialize};

/// Length of the ids the writer chooses for new posts and comments: PocketBase's
/// default id, 15 characters of `a-z0-9`.
pub const RECORD_ID_LEN: usize = 15;
const ID_ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// A new record id from random bytes (one byte per character). The small bias of
/// `% 36` does not matter: 36^15 ids leave no room for a clash.
pub fn record_id(random: &[u8; RECORD_ID_LEN]) -> String {
    random
        .iter()
        .map(|byte| char::from(ID_ALPHABET[usize::from(*byte) % ID_ALPHABET.len()]))
        .collect()
}

/// One thing to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case")]
pub enum OutboxAction {
    /// A new post; its `id` is set, so a second delivery is refused as a duplicate.
    Post { draft: PostDraft },
    /// A new comment or reply; its `id` is set too.
    Comment { draft: CommentDraft },
    /// Gives (`on`) or takes back a reaction.
    Reaction {
        target: ContentTarget,
        kind: ReactionKind,
        on: bool,
    },
    /// An answer to a meeting; sending it twice gives the same answer.
    Rsvp { event: EventId, status: RsvpStatus },
}

impl OutboxAction {
    /// The post this action changes, if any: its page shows the result once delivered.
    pub fn post(&self) -> Option<&PostId> {
        match self {
            Self::Post { draft } => draft.id.as_ref(),
            Self::Comment { draft } => Some(&draft.post),
            Self::Reaction {
                target: ContentTarget::Post(post),
                ..
            } => Some(post),
            Self::Reaction { .. } | Self::Rsvp { .. } => None,
        }
    }
}

/// Where an item stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum OutboxStatus {
    /// Waits for the network.
    Waiting,
    /// The server said no; the member reads why and removes it.
    Refused { reason: Refusal },
}

/// Why the server refused an item, in terms the interface words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// Not allowed (any more): the theme closed, the member left it.
    Forbidden,
    /// What it refers to is gone: the post was deleted.
    Gone,
    /// The text was refused (too long, empty).
    Invalid,
    /// The meeting is full.
    Full,
    /// Anything else the server did not accept.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    /// Unique within the outbox, so the member can cancel this one.
    pub key: String,
    pub action: OutboxAction,
    pub queued_at: Timestamp,
    pub status: OutboxStatus,
}

impl OutboxItem {
    pub fn is_waiting(&self) -> bool {
        self.status == OutboxStatus::Waiting
    }
}

/// What happened to the item that was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Accepted, now or by an earlier attempt whose answer was lost.
    Delivered,
    /// No answer: try again later, this item first.
    NotReached,
    /// The session expired: wait until the member logs in again.
    NeedsLogin,
    Refused(Refusal),
}

/// The queue, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    items: Vec<OutboxItem>,
}

impl Outbox {
    pub fn items(&self) -> &[OutboxItem] {
        &self.items
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn waiting_count(&self) -> usize {
        self.items.iter().filter(|item| item.is_waiting()).count()
    }

    /// Adds an action at the end of the queue.
    pub fn push(&mut self, key: String, action: OutboxAction, queued_at: Timestamp) {
        self.items.push(OutboxItem {
            key,
            action,
            queued_at,
            status: OutboxStatus::Waiting,
        });
    }

    /// The next item to send: the oldest one still waiting.
    pub fn next(&self) -> Option<&OutboxItem> {
        self.items.iter().find(|item| item.is_waiting())
    }

    /// Removes an item the member cancelled, or one that was delivered.
    pub fn remove(&mut self, key: &str) -> Option<OutboxItem> {
        let at = self.items.iter().position(|item| item.key == key)?;
        Some(self.items.remove(at))
    }

    /// Puts a refused item back to waiting, at its place in the queue.
    pub fn wait_again(&mut self, key: &str) {
        if let Some(item) = self.items.iter_mut().find(|item| item.key == key) {
            item.status = OutboxStatus::Waiting;
        }
    }

    /// Records how sending `key` went. Returns whether to go on with the next item.
    pub fn settle(&mut self, key: &str, delivery: Delivery) -> bool {
        match delivery {
            Delivery::Delivered => {
                self.remove(key);
                true
            }
            Delivery::Refused(reason) => {
                if let Some(item) = self.items.iter_mut().find(|item| item.key == key) {
                    item.status = OutboxStatus::Refused { reason };
                }
                true
            }
            Delivery::NotReached | Delivery::NeedsLogin => false,
        }
    }

    /// The reaction the member will have on `target` once the queue is sent, if the
    /// queue changes it: `Some(None)` when it takes the reaction back.
    pub fn pending_reaction(&self, target: &ContentTarget) -> Option<Option<ReactionKind>> {
        self.items
            .iter()
            .rev()
            .filter(|item| item.is_waiting())
            .filter_map(|item| match &item.action {
                OutboxAction::Reaction { target: t, kind, on } if t == target => Some(on.then_some(*kind)),
                _ => None,
            })
            .next()
    }

    /// The answer to `event` the queue will give, if any.
    pub fn pending_rsvp(&self, event: &EventId) -> Option<RsvpStatus> {
        self.items
            .iter()
            .rev()
            .filter(|item| item.is_waiting())
            .filter_map(|item| match &item.action {
                OutboxAction::Rsvp { event: e, status } if e == event => Some(*status),
                _ => None,
            })
            .next()
    }
}

/// The right of one tab to send a member's queue, stored as "<tab> <until ms>" so two tabs
/// never send the same items at once.
pub struct Lease;

impl Lease {
    pub fn until(tab: &str, until_ms: f64) -> String {
        format!("{tab} {until_ms}")
    }

    /// Whether `tab` may send at `now_ms`, given the stored lease: when there is none, it is
    /// its own, it expired, or it does not read.
    pub fn may_take(held: Option<&str>, tab: &str, now_ms: f64) -> bool {
        let Some((holder, until)) = held.and_then(|h| h.split_once(' ')) else {
            return true;
        };
        holder == tab || until.parse::<f64>().map_or(true, |until| until <= now_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CommentId, PostKind};

    fn at(seconds: i64) -> Timestamp {
        Timestamp(1_800_000_000 + seconds)
    }

    fn post(title: &str) -> OutboxAction {
        OutboxAction::Post {
            draft: PostDraft {
                kind: PostKind::Question,
                title: title.into(),
                body: "tekst".into(),
                id: Some(PostId(format!("{title:0>15}"))),
                ..PostDraft::default()
            },
        }
    }

    fn comment(on: &str, body: &str) -> OutboxAction {
        OutboxAction::Comment {
            draft: CommentDraft {
                post: PostId(on.into()),
                parent: None,
                body: body.into(),
                id: Some(CommentId(format!("{body:0>15}"))),
            },
        }
    }

    #[test]
    fn record_ids_are_fifteen_lowercase_letters_or_digits() {
        let id = record_id(&[0, 25, 26, 35, 36, 255, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
        assert_eq!(id.len(), RECORD_ID_LEN);
        assert!(id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()), "{id}");
        assert_eq!(&id[..5], "az09a");
    }

    #[test]
    fn items_are_sent_oldest_first_and_delivered_ones_leave() {
        let mut outbox = Outbox::default();
        outbox.push("1".into(), post("eerste"), at(1));
        outbox.push("2".into(), comment("p", "tweede"), at(2));
        assert_eq!(outbox.next().map(|i| i.key.as_str()), Some("1"));
        assert!(outbox.settle("1", Delivery::Delivered));
        assert_eq!(outbox.next().map(|i| i.key.as_str()), Some("2"));
        assert!(outbox.settle("2", Delivery::Delivered));
        assert!(outbox.is_empty());
    }

    #[test]
    fn an_unreached_server_stops_the_round_and_keeps_the_order() {
        let mut outbox = Outbox::default();
        outbox.push("1".into(), post("eerste"), at(1));
        outbox.push("2".into(), post("tweede"), at(2));
        assert!(!outbox.settle("1", Delivery::NotReached));
        assert!(!outbox.settle("1", Delivery::NeedsLogin));
        assert_eq!(outbox.next().map(|i| i.key.as_str()), Some("1"));
        assert_eq!(outbox.waiting_count(), 2);
    }

    #[test]
    fn a_refused_item_stays_with_its_reason_and_the_rest_goes_on() {
        let mut outbox = Outbox::default();
        outbox.push("1".into(), comment("weg", "op een verwijderd bericht"), at(1));
        outbox.push("2".into(), post("daarna"), at(2));
        assert!(outbox.settle("1", Delivery::Refused(Refusal::Gone)));
        assert_eq!(
            outbox.items()[0].status,
            OutboxStatus::Refused { reason: Refusal::Gone }
        );
        assert_eq!(outbox.next().map(|i| i.key.as_str()), Some("2"));
        assert_eq!(outbox.waiting_count(), 1);
        // "Opnieuw proberen" puts it back first in line.
        outbox.wait_again("1");
        assert_eq!(outbox.next().map(|i| i.key.as_str()), Some("1"));
        // The member reads it, then removes it: only then is the text gone.
        assert!(outbox.remove("1").is_some());
        assert_eq!(outbox.items().len(), 1);
    }

    #[test]
    fn cancelling_removes_only_that_item() {
        let mut outbox = Outbox::default();
        outbox.push("1".into(), post("a"), at(1));
        outbox.push("2".into(), post("b"), at(2));
        outbox.push("3".into(), post("c"), at(3));
        assert!(outbox.remove("2").is_some());
        assert!(outbox.remove("2").is_none());
        let keys: Vec<_> = outbox.items().iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["1", "3"]);
    }

    #[test]
    fn the_last_waiting_reaction_and_answer_win() {
        let target = ContentTarget::Post(PostId("p".into()));
        let event = EventId("e".into());
        let mut outbox = Outbox::default();
        assert_eq!(outbox.pending_reaction(&target), None);
        outbox.push(
            "1".into(),
            OutboxAction::Reaction {
                target: target.clone(),
                kind: ReactionKind::Like,
                on: true,
            },
            at(1),
        );
        assert_eq!(outbox.pending_reaction(&target), Some(Some(ReactionKind::Like)));
        outbox.push(
            "2".into(),
            OutboxAction::Reaction {
                target: target.clone(),
                kind: ReactionKind::Like,
                on: false,
            },
            at(2),
        );
        assert_eq!(outbox.pending_reaction(&target), Some(None));
        outbox.push(
            "3".into(),
            OutboxAction::Rsvp {
                event: event.clone(),
                status: RsvpStatus::Going,
            },
            at(3),
        );
        outbox.push(
            "4".into(),
            OutboxAction::Rsvp {
                event: event.clone(),
                status: RsvpStatus::Maybe,
            },
            at(4),
        );
        assert_eq!(outbox.pending_rsvp(&event), Some(RsvpStatus::Maybe));
        assert_eq!(outbox.pending_rsvp(&EventId("ander".into())), None);
    }

    #[test]
    fn the_queue_survives_storage_as_json() {
        let mut outbox = Outbox::default();
        outbox.push("1".into(), post("vraag"), at(1));
        outbox.push("2".into(), comment("p", "antwoord"), at(2));
        outbox.settle("2", Delivery::Refused(Refusal::Forbidden));
        let text = serde_json::to_string(&outbox).expect("serialises");
        let back: Outbox = serde_json::from_str(&text).expect("reads back");
        assert_eq!(back, outbox);
    }

    #[test]
    fn one_tab_sends_until_its_lease_runs_out() {
        assert!(Lease::may_take(None, "a", 1000.0));
        let held = Lease::until("a", 2000.0);
        assert!(Lease::may_take(Some(&held), "a", 1500.0), "its own lease is renewed");
        assert!(!Lease::may_take(Some(&held), "b", 1500.0), "another tab waits");
        assert!(
            Lease::may_take(Some(&held), "b", 2000.0),
            "an expired lease is taken over"
        );
        assert!(
            Lease::may_take(Some("rommel"), "b", 0.0),
            "an unreadable lease counts as none"
        );
    }
}
