//! Meetings: network days, online calls, workshops.

use super::ids::EventId;
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

    #[test]
    fn an_overbooked_meeting_has_no_places_left() {
        let e = event("e", "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z");
        assert_eq!(e.places_left(), Some(0));
    }
}
