//! Meetings: network days, online calls, workshops.

use super::account::{codes, FieldErrors};
use super::draft::INVALID_URL;
use super::ids::{EventId, ThemeId};
use super::member::web_url;
use super::theme::ThemeRef;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// A member's answer to a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RsvpStatus {
    /// "Ik kom": takes a place.
    Going,
    Maybe,
    Declined,
}

impl RsvpStatus {
    pub const ALL: [RsvpStatus; 3] = [Self::Going, Self::Maybe, Self::Declined];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Going => "going",
            Self::Maybe => "maybe",
            Self::Declined => "declined",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// A meeting of the network or of one theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<ThemeRef>,
    pub title: String,
    /// Markdown.
    pub description: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    #[serde(default)]
    pub going_count: u32,
}

impl Event {
    /// Places still free; `None` when the meeting has no limit.
    pub fn places_left(&self) -> Option<u32> {
        self.capacity.map(|c| c.saturating_sub(self.going_count))
    }

    pub fn is_past(&self, now: Timestamp) -> bool {
        self.ends_at < now
    }
}

/// Where a meeting takes place, as the agenda filters on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingPlace {
    /// Has a link to join online (possibly also a room).
    Online,
    /// Has an address or room.
    OnLocation,
}

impl MeetingPlace {
    pub const ALL: [MeetingPlace; 2] = [Self::Online, Self::OnLocation];

    /// The value in the address bar: `?vorm=online`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::OnLocation => "op-locatie",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == value)
    }

    pub fn fits(self, event: &Event) -> bool {
        let has = |field: &Option<String>| field.as_deref().is_some_and(|v| !v.trim().is_empty());
        match self {
            Self::Online => has(&event.online_url),
            Self::OnLocation => has(&event.location),
        }
    }
}

/// A meeting as its form holds it: times as a `datetime-local` field gives them, in
/// Europe/Amsterdam wall time whatever the browser's zone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventForm {
    pub title: String,
    pub description: String,
    pub starts_at: String,
    pub ends_at: String,
    pub location: String,
    pub online_url: String,
    /// Empty for no limit.
    pub capacity: String,
}

/// A meeting checked and ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventInput {
    pub theme: Option<ThemeId>,
    pub title: String,
    pub description: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub location: Option<String>,
    pub online_url: Option<String>,
    pub capacity: Option<u32>,
}

pub const MAX_EVENT_TITLE_CHARS: usize = 200;
pub const MAX_EVENT_DESCRIPTION_CHARS: usize = 20_000;
pub const MAX_LOCATION_CHARS: usize = 300;
/// Reason codes of the meeting form.
pub const INVALID_TIME: &str = "validation_invalid_time";
pub const ENDS_BEFORE_START: &str = "validation_ends_before_start";
pub const INVALID_CAPACITY: &str = "validation_invalid_capacity";
pub const PLACE_REQUIRED: &str = "validation_place_required";

impl EventForm {
    pub fn from_event(event: &Event) -> Self {
        EventForm {
            title: event.title.clone(),
            description: event.description.clone(),
            starts_at: event.starts_at.to_amsterdam_input(),
            ends_at: event.ends_at.to_amsterdam_input(),
            location: event.location.clone().unwrap_or_default(),
            online_url: event.online_url.clone().unwrap_or_default(),
            capacity: event.capacity.map(|c| c.to_string()).unwrap_or_default(),
        }
    }

    /// The meeting to send, or what to fix per form field (`event_title`, `description`,
    /// `starts_at`, `ends_at`, `location`, `online_url`, `capacity`).
    pub fn parse(&self, theme: Option<ThemeId>) -> Result<EventInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = self.title.trim();
        if title.is_empty() {
            errors.insert("event_title".into(), codes::REQUIRED.into());
        } else if title.chars().count() > MAX_EVENT_TITLE_CHARS {
            errors.insert("event_title".into(), codes::TOO_LONG.into());
        }
        if self.description.chars().count() > MAX_EVENT_DESCRIPTION_CHARS {
            errors.insert("description".into(), codes::TOO_LONG.into());
        }
        let time = |field: &str, text: &str, errors: &mut FieldErrors| {
            if text.trim().is_empty() {
                errors.insert(field.into(), codes::REQUIRED.into());
                return None;
            }
            let parsed = Timestamp::from_amsterdam_input(text);
            if parsed.is_none() {
                errors.insert(field.into(), INVALID_TIME.into());
            }
            parsed
        };
        let starts_at = time("starts_at", &self.starts_at, &mut errors);
        let ends_at = time("ends_at", &self.ends_at, &mut errors);
        if let (Some(start), Some(end)) = (starts_at, ends_at) {
            if end <= start {
                errors.insert("ends_at".into(), ENDS_BEFORE_START.into());
            }
        }
        let location = Some(self.location.trim().to_owned()).filter(|l| !l.is_empty());
        if location
            .as_ref()
            .is_some_and(|l| l.chars().count() > MAX_LOCATION_CHARS)
        {
            errors.insert("location".into(), codes::TOO_LONG.into());
        }
        let online_url = Some(self.online_url.trim().to_owned()).filter(|u| !u.is_empty());
        if online_url.as_deref().is_some_and(|u| web_url(u).is_none()) {
            errors.insert("online_url".into(), INVALID_URL.into());
        }
        if location.is_none() && online_url.is_none() {
            errors.insert("location".into(), PLACE_REQUIRED.into());
        }
        let capacity = match self.capacity.trim() {
            "" => None,
            text => match text.parse::<u32>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    errors.insert("capacity".into(), INVALID_CAPACITY.into());
                    None
                }
            },
        };
        match (starts_at, ends_at) {
            (Some(starts_at), Some(ends_at)) if errors.is_empty() => Ok(EventInput {
                theme,
                title: title.to_owned(),
                description: self.description.clone(),
                starts_at,
                ends_at,
                location,
                online_url,
                capacity,
            }),
            _ => Err(errors),
        }
    }
}

/// Upcoming meetings first (soonest first), then past ones (most recent first).
pub fn agenda_order(events: &mut [Event], now: Timestamp) {
    events.sort_by(|a, b| {
        a.is_past(now).cmp(&b.is_past(now)).then_with(|| {
            if a.is_past(now) {
                b.starts_at.cmp(&a.starts_at)
            } else {
                a.starts_at.cmp(&b.starts_at)
            }
        })
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str, start: &str, end: &str) -> Event {
        Event {
            id: EventId::from(id),
            theme: None,
            title: id.into(),
            description: String::new(),
            starts_at: Timestamp::parse(start).unwrap(),
            ends_at: Timestamp::parse(end).unwrap(),
            location: None,
            online_url: None,
            capacity: Some(10),
            going_count: 12,
        }
    }

    #[test]
    fn upcoming_come_first_then_most_recent_past() {
        let now = Timestamp::parse("2026-06-01T00:00:00Z").unwrap();
        let mut events = vec![
            event("past-old", "2025-01-01T10:00:00Z", "2025-01-01T12:00:00Z"),
            event("later", "2026-09-01T10:00:00Z", "2026-09-01T12:00:00Z"),
            event("past-recent", "2026-05-01T10:00:00Z", "2026-05-01T12:00:00Z"),
            event("soon", "2026-06-02T10:00:00Z", "2026-06-02T12:00:00Z"),
        ];
        agenda_order(&mut events, now);
        let order: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(order, ["soon", "later", "past-recent", "past-old"]);
    }

    fn form() -> EventForm {
        EventForm {
            title: "Netwerkdag".into(),
            starts_at: "2026-10-24T23:30".into(),
            ends_at: "2026-10-25T02:30".into(),
            location: "Provinciehuis Utrecht".into(),
            ..EventForm::default()
        }
    }

    #[test]
    fn a_meeting_form_gives_amsterdam_times_in_utc() {
        let input = form().parse(Some(ThemeId::from("t"))).unwrap();
        assert_eq!(input.starts_at.to_rfc3339(), "2026-10-24T21:30:00Z");
        assert_eq!(input.ends_at.to_rfc3339(), "2026-10-25T00:30:00Z");
        assert_eq!(input.capacity, None);
        assert_eq!(input.online_url, None);
    }

    #[test]
    fn a_meeting_form_says_what_to_fix() {
        let code = |f: EventForm, field: &str| f.parse(None).unwrap_err().get(field).cloned();
        assert_eq!(
            code(
                EventForm {
                    title: " ".into(),
                    ..form()
                },
                "event_title"
            )
            .as_deref(),
            Some(codes::REQUIRED)
        );
        assert_eq!(
            code(
                EventForm {
                    ends_at: "2026-10-24T23:30".into(),
                    ..form()
                },
                "ends_at"
            )
            .as_deref(),
            Some(ENDS_BEFORE_START)
        );
        assert_eq!(
            code(
                EventForm {
                    starts_at: "2026-03-29T02:15".into(),
                    ..form()
                },
                "starts_at"
            )
            .as_deref(),
            Some(INVALID_TIME)
        );
        assert_eq!(
            code(
                EventForm {
                    capacity: "0".into(),
                    ..form()
                },
                "capacity"
            )
            .as_deref(),
            Some(INVALID_CAPACITY)
        );
        assert_eq!(
            code(
                EventForm {
                    capacity: "veel".into(),
                    ..form()
                },
                "capacity"
            )
            .as_deref(),
            Some(INVALID_CAPACITY)
        );
        assert_eq!(
            code(
                EventForm {
                    online_url: "javascript:alert(1)".into(),
                    ..form()
                },
                "online_url"
            )
            .as_deref(),
            Some(INVALID_URL)
        );
        assert_eq!(
            code(
                EventForm {
                    location: String::new(),
                    ..form()
                },
                "location"
            )
            .as_deref(),
            Some(PLACE_REQUIRED)
        );
    }

    #[test]
    fn an_edited_meeting_shows_its_own_times_again() {
        let input = form().parse(None).unwrap();
        let event = Event {
            id: EventId::from("e"),
            theme: None,
            title: input.title,
            description: input.description,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            location: input.location,
            online_url: input.online_url,
            capacity: Some(30),
            going_count: 0,
        };
        let again = EventForm::from_event(&event);
        assert_eq!(
            (again.starts_at.as_str(), again.ends_at.as_str()),
            ("2026-10-24T23:30", "2026-10-25T02:30")
        );
        assert_eq!(again.capacity, "30");
    }

    #[test]
    fn the_place_filter_tells_online_from_on_location() {
        let mut e = event("e", "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z");
        e.online_url = Some("https://meet.example/x".into());
        assert!(MeetingPlace::Online.fits(&e));
        assert!(!MeetingPlace::OnLocation.fits(&e));
        assert_eq!(MeetingPlace::parse("op-locatie"), Some(MeetingPlace::OnLocation));
    }

    #[test]
    fn an_overbooked_meeting_has_no_places_left() {
        let e = event("e", "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z");
        assert_eq!(e.places_left(), Some(0));
    }
}
