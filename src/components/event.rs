//! Views of meetings.

mod event_card;

pub use event_card::EventCard;
