//! Points in time: RFC 3339 in UTC on the wire, shown in Europe/Amsterdam.
//!
//! The Netherlands follows the EU rule (CET, CEST from the last Sunday of March
//! 01:00 UTC to the last Sunday of October 01:00 UTC), so a few lines of
//! calendar arithmetic replace a time-zone database in the WASM bundle.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Seconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

/// A time string that is not RFC 3339.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampError(pub String);

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not an RFC 3339 time: {:?}", self.0)
    }
}

impl std::error::Error for TimestampError {}

/// A wall-clock reading in some zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CivilTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// Offset from UTC in seconds.
    pub offset: i32,
}

impl Timestamp {
    /// Parses `2026-03-29T01:30:00Z`, with optional fraction, `+hh:mm` offset, or a space for `T`
    /// (as PocketBase writes it).
    pub fn parse(text: &str) -> Result<Timestamp, TimestampError> {
        let err = || TimestampError(text.to_owned());
        let b = text.as_bytes();
        if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
            return Err(err());
        }
        let num = |range: std::ops::Range<usize>| -> Result<i64, TimestampError> {
            let part = text.get(range).ok_or_else(err)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(err());
            }
            part.parse::<i64>().map_err(|_| err())
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if b[13] != b':' || b[16] != b':' {
            return Err(err());
        }
        if !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year as i32, month as u32) as i64
            || hour > 23
            || minute > 59
            || second > 60
        {
            return Err(err());
        }
        let mut rest = &text[19..];
        if let Some(frac) = rest.strip_prefix('.') {
            let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return Err(err());
            }
            rest = &frac[digits..];
        }
        let offset = match rest {
            "Z" | "z" => 0,
            _ if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) => {
                let sign = if rest.starts_with('-') { -1 } else { 1 };
                let hh: i64 = rest[1..3].parse().map_err(|_| err())?;
                let mm: i64 = rest[4..6].parse().map_err(|_| err())?;
                if &rest[3..4] != ":" {
                    return Err(err());
                }
                sign * (hh * 3600 + mm * 60)
            }
            _ => return Err(err()),
        };
        let days = days_from_civil(year as i32, month as u32, day as u32);
        Ok(Timestamp(days * 86_400 + hour * 3600 + minute * 60 + second - offset))
    }

    /// RFC 3339 in UTC, as on the wire: `2026-03-29T01:30:00Z`.
    pub fn to_rfc3339(self) -> String {
        let t = self.civil_at_offset(0);
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            t.year, t.month, t.day, t.hour, t.minute, t.second
        )
    }

    /// The wall-clock time in Europe/Amsterdam.
    pub fn in_amsterdam(self) -> CivilTime {
        let offset = if is_eu_summer_time(self) { 7200 } else { 3600 };
        self.civil_at_offset(offset)
    }

    /// The moment a Europe/Amsterdam wall clock reads this time, as a form's
    /// `datetime-local` field gives it (`2026-10-25T02:30`). In the hour that occurs twice
    /// when summer time ends, the first (summer time) is meant; a time skipped when summer
    /// time starts does not exist and is `None`, as is text that is no such time.
    pub fn from_amsterdam_input(text: &str) -> Option<Timestamp> {
        let text = text.trim();
        let (date, time) = text.split_once('T')?;
        let mut date_parts = date.splitn(3, '-');
        let year: i32 = date_parts.next()?.parse().ok()?;
        let month: u32 = date_parts.next()?.parse().ok()?;
        let day: u32 = date_parts.next()?.parse().ok()?;
        let mut time_parts = time.splitn(3, ':');
        let hour: u32 = time_parts.next()?.parse().ok()?;
        let minute: u32 = time_parts.next()?.parse().ok()?;
        if !(1000..=9999).contains(&year)
            || !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
        {
            return None;
        }
        let wall = days_from_civil(year, month, day) * 86_400 + i64::from(hour) * 3600 + i64::from(minute) * 60;
        [7200, 3600]
            .into_iter()
            .map(|offset| Timestamp(wall - offset))
            .find(|t| {
                let civil = t.in_amsterdam();
                (civil.year, civil.month, civil.day, civil.hour, civil.minute) == (year, month, day, hour, minute)
            })
    }

    /// This moment on a Europe/Amsterdam wall clock, as a `datetime-local` field shows it.
    pub fn to_amsterdam_input(self) -> String {
        let t = self.in_amsterdam();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            t.year, t.month, t.day, t.hour, t.minute
        )
    }

    fn civil_at_offset(self, offset: i32) -> CivilTime {
        let local = self.0 + offset as i64;
        let days = local.div_euclid(86_400);
        let secs = local.rem_euclid(86_400) as u32;
        let (year, month, day) = civil_from_days(days);
        CivilTime {
            year,
            month,
            day,
            hour: secs / 3600,
            minute: secs / 60 % 60,
            second: secs % 60,
            offset,
        }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// EU summer time runs from the last Sunday of March to the last Sunday of October, 01:00 UTC.
fn is_eu_summer_time(t: Timestamp) -> bool {
    let (year, _, _) = civil_from_days(t.0.div_euclid(86_400));
    let start = last_sunday(year, 3) * 86_400 + 3600;
    let end = last_sunday(year, 10) * 86_400 + 3600;
    t.0 >= start && t.0 < end
}

/// Day number (since 1970-01-01) of the last Sunday of `month`.
fn last_sunday(year: i32, month: u32) -> i64 {
    let last = days_from_civil(year, month, days_in_month(year, month));
    // 1970-01-01 was a Thursday; weekday 0 = Sunday.
    let weekday = (last + 4).rem_euclid(7);
    last - weekday
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days.
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    #[test]
    fn amsterdam_form_times_round_trip_in_winter_and_summer() {
        let winter = Timestamp::from_amsterdam_input("2026-01-15T09:30").unwrap();
        assert_eq!(winter.to_rfc3339(), "2026-01-15T08:30:00Z");
        let summer = Timestamp::from_amsterdam_input("2026-07-01T14:00").unwrap();
        assert_eq!(summer.to_rfc3339(), "2026-07-01T12:00:00Z");
        assert_eq!(summer.to_amsterdam_input(), "2026-07-01T14:00");
    }

    #[test]
    fn the_hour_that_occurs_twice_means_summer_time_and_the_skipped_hour_does_not_exist() {
        let twice = Timestamp::from_amsterdam_input("2026-10-25T02:30").unwrap();
        assert_eq!(twice.to_rfc3339(), "2026-10-25T00:30:00Z");
        assert_eq!(Timestamp::from_amsterdam_input("2026-03-29T02:30"), None);
        assert_eq!(
            Timestamp::from_amsterdam_input("2026-03-29T03:00").map(|t| t.to_rfc3339()),
            Some("2026-03-29T01:00:00Z".to_owned())
        );
    }

    #[test]
    fn text_that_is_no_time_is_refused() {
        for text in [
            "",
            "morgen",
            "2026-02-30T10:00",
            "2026-13-01T10:00",
            "2026-01-01T24:00",
            "2026-01-01",
        ] {
            assert_eq!(Timestamp::from_amsterdam_input(text), None, "{text}");
        }
    }

    use super::*;

    fn ts(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn parses_and_prints_utc() {
        assert_eq!(ts("1970-01-01T00:00:00Z").0, 0);
        assert_eq!(ts("2026-11-27T02:40:00Z").to_rfc3339(), "2026-11-27T02:40:00Z");
        assert_eq!(ts("2024-02-29 12:00:00.123Z"), ts("2024-02-29T12:00:00Z"));
        assert_eq!(ts("2026-01-01T01:00:00+01:00"), ts("2026-01-01T00:00:00Z"));
    }

    #[test]
    fn rejects_what_is_not_rfc3339() {
        for bad in [
            "",
            "2026-13-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-01-01T00:00:00",
            "gisteren",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn amsterdam_is_utc_plus_one_in_winter_and_two_in_summer() {
        let winter = ts("2026-01-15T09:00:00Z").in_amsterdam();
        assert_eq!((winter.hour, winter.offset), (10, 3600));
        let summer = ts("2026-07-15T09:00:00Z").in_amsterdam();
        assert_eq!((summer.hour, summer.offset), (11, 7200));
    }

    #[test]
    fn dst_switches_at_one_utc_on_the_last_sunday() {
        // 2026: summer time starts 29 March, ends 25 October.
        assert_eq!(ts("2026-03-29T00:59:59Z").in_amsterdam().offset, 3600);
        assert_eq!(ts("2026-03-29T01:00:00Z").in_amsterdam().offset, 7200);
        assert_eq!(ts("2026-10-25T00:59:59Z").in_amsterdam().offset, 7200);
        assert_eq!(ts("2026-10-25T01:00:00Z").in_amsterdam().offset, 3600);
    }

    #[test]
    fn serde_uses_the_wire_format() {
        let t: Timestamp = serde_json::from_str("\"2026-05-04T18:00:00Z\"").unwrap();
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"2026-05-04T18:00:00Z\"");
    }
}
