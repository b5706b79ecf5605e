//! The generator's fixed "now" and small date helpers.
//!
//! No wall clock: a network generated today and one generated next year must be
//! identical, or the committed snapshot would go stale on its own.

use knooppunt::model::Timestamp;

pub const MINUTE: i64 = 60;
pub const HOUR: i64 = 3600;
pub const DAY: i64 = 86_400;
pub const YEAR: i64 = 365 * DAY;

/// 2026-11-01T09:00:00Z, the moment the demo network describes.
pub const NOW: Timestamp = Timestamp(1_793_523_600);

/// A wall-clock time in Europe/Amsterdam turned into UTC.
///
/// Meetings are planned in local time ("10:00 in Lelystad"); the wire carries UTC.
/// The offset is found by trying winter time first; our meetings never start in the
/// hour that a daylight-saving switch skips or repeats.
pub fn amsterdam(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> Timestamp {
    let naive = utc(year, month, day, hour, minute);
    let winter = Timestamp(naive.0 - HOUR);
    if winter.in_amsterdam().offset == 7200 {
        Timestamp(naive.0 - 2 * HOUR)
    } else {
        winter
    }
}

/// A UTC time from its parts; the parts come from the generator's own tables.
pub fn utc(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> Timestamp {
    let text = format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:00Z");
    match Timestamp::parse(&text) {
        Ok(t) => t,
        // Only reachable through a typo in a table of this crate.
        Err(e) => panic!("demo-gen built an invalid date: {e}"),
    }
}

/// Moves a time to the waking hours of its day (07:30–22:30 in Amsterdam in winter),
/// keeping the order of times within a day, and clamps it to `from..=to`.
/// People post and comment during the day; a demo full of 03:00 comments looks odd.
pub fn waking(t: Timestamp, from: Timestamp, to: Timestamp) -> Timestamp {
    let day_start = t.0 - t.0.rem_euclid(DAY);
    let into_day = t.0 - day_start;
    let moved = day_start + 6 * HOUR + 30 * MINUTE + into_day * 15 / 24;
    Timestamp(moved.clamp(from.0, to.0.max(from.0)))
}

/// The civil date (year, month, day) of a time in Europe/Amsterdam.
pub fn local_date(t: Timestamp) -> (i32, u32, u32) {
    let c = t.in_amsterdam();
    (c.year, c.month, c.day)
}

/// 0 = Monday ... 6 = Sunday, for a civil date.
pub fn weekday(year: i32, month: u32, day: u32) -> u32 {
    let days = utc(year, month, day, 12, 0).0.div_euclid(DAY);
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    ((days + 3).rem_euclid(7)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_the_first_of_november_2026() {
        assert_eq!(NOW.to_rfc3339(), "2026-11-01T09:00:00Z");
    }

    #[test]
    fn local_times_become_utc() {
        assert_eq!(amsterdam(2027, 1, 14, 10, 0).to_rfc3339(), "2027-01-14T09:00:00Z");
        assert_eq!(amsterdam(2026, 6, 4, 10, 0).to_rfc3339(), "2026-06-04T08:00:00Z");
    }

    #[test]
    fn waking_hours_keep_order_and_bounds() {
        let from = utc(2026, 1, 1, 0, 0);
        let to = utc(2026, 1, 2, 23, 59);
        let night = waking(utc(2026, 1, 1, 2, 0), from, to);
        let evening = waking(utc(2026, 1, 1, 23, 0), from, to);
        assert!(night < evening);
        assert!(night.in_amsterdam().hour >= 7 && evening.in_amsterdam().hour <= 22);
        assert_eq!(
            waking(utc(2026, 1, 1, 23, 0), from, utc(2026, 1, 1, 8, 0)),
            utc(2026, 1, 1, 8, 0)
        );
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(2026, 11, 1), 6, "a Sunday");
        assert_eq!(weekday(2027, 4, 15), 3, "a Thursday");
    }
}
