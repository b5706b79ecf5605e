//! Views of meetings.

mod event_card;
mod rsvp_buttons;

pub use event_card::EventCard;
pub use rsvp_buttons::RsvpButtons;
