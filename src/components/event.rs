//! Views of meetings.

mod event_card;
mod event_form;
mod rsvp_buttons;

pub use event_card::EventCard;
pub use event_form::MeetingForm;
pub use rsvp_buttons::RsvpButtons;
