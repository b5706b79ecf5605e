//! A meeting as an iCalendar file (RFC 5545), so members can put it in their own agenda.
//!
//! Times are written as Amsterdam wall-clock times with a `VTIMEZONE` for
//! Europe/Amsterdam, so a calendar shows 19:30 as 19:30 even when the member's
//! device is in another zone. The zone rules come from [`Timestamp::in_amsterdam`],
//! the same arithmetic the pages use, so the file and the site always agree.

use super::event::Event;
use super::theme::slugify;
use super::time::{CivilTime, Timestamp};

/// What goes into the calendar file besides the meeting itself.
pub struct CalendarContext<'a> {
    /// Domain for the `UID`, e.g. `knooppunt.example`: makes the UID unique across sites.
    pub host: &'a str,
    /// Absolute URL of `/events/:id`, so the agenda entry leads back to the meeting.
    pub event_url: &'a str,
    /// When the file is made (`DTSTAMP`).
    pub now: Timestamp,
}

/// The zone every local time in the file refers to.
const TZID: &str = "Europe/Amsterdam";

/// RFC 5545 3.1: a content line is at most 75 octets, not counting the line break.
const MAX_LINE_OCTETS: usize = 75;

/// The EU rules as a `VTIMEZONE`: summer time from 02:00 CET on the last Sunday of March,
/// winter time from 03:00 CEST on the last Sunday of October (both 01:00 UTC). 1970 is a
/// conventional first year; 29 March and 25 October 1970 were such last Sundays.
const VTIMEZONE: [&str; 17] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// The whole `.ics` file for one meeting: CRLF line endings, folded lines, escaped text.
pub fn event_calendar(event: &Event, context: &CalendarContext) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Knooppunt//Bijeenkomsten//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for line in VTIMEZONE {
        push_line(&mut out, line);
    }
    push_event(&mut out, event, context);
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// A download name like `bijeenkomst-netwerkdag-zwolle.ics`: ASCII only, so every browser
/// and file system keeps it as is.
pub fn file_name(event: &Event) -> String {
    let slug = slugify(&event.title);
    let slug = shorten_slug(&slug, 60);
    if slug.is_empty() {
        "bijeenkomst.ics".to_owned()
    } else {
        format!("bijeenkomst-{slug}.ics")
    }
}

/// Cuts a slug to at most `max` bytes at a dash where possible, so a long title does not
/// make an unwieldy file name. Slugs are ASCII, so any byte index is a char boundary.
fn shorten_slug(slug: &str, max: usize) -> &str {
    if slug.len() <= max {
        return slug;
    }
    let cut = &slug[..max];
    let at_word = match cut.rfind('-') {
        Some(dash) if dash > 0 => &cut[..dash],
        _ => cut,
    };
    at_word.trim_end_matches('-')
}

/// The `VEVENT`.
fn push_event(out: &mut String, event: &Event, context: &CalendarContext) {
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{}", escape_text(&uid(event, context.host))));
    push_line(out, &format!("DTSTAMP:{}", utc_basic(context.now)));
    push_line(out, &date_time_property("DTSTART", event.starts_at));
    // RFC 5545 3.6.1: DTEND must be later than DTSTART; without it the meeting is a moment
    // at DTSTART, the best reading of an end that is not after the start.
    if event.ends_at > event.starts_at {
        push_line(out, &date_time_property("DTEND", event.ends_at));
    }
    push_line(out, &format!("SUMMARY:{}", escape_text(&event.title)));
    push_line(
        out,
        &format!("DESCRIPTION:{}", escape_text(&description(event, context))),
    );
    if let Some(place) = place(event) {
        push_line(out, &format!("LOCATION:{}", escape_text(place)));
    }
    push_line(out, &format!("URL:{}", uri_value(context.event_url)));
    push_line(out, "END:VEVENT");
}

/// `<event id>@<host>`: stable across downloads, so importing the file again updates the
/// agenda entry instead of adding a second one.
fn uid(event: &Event, host: &str) -> String {
    format!("{}@{}", event.id.as_str(), host)
}

/// The markdown as written (it reads well as plain text and keeps its line breaks), then
/// the video link and the meeting's page, each after a blank line.
fn description(event: &Event, context: &CalendarContext) -> String {
    let mut parts: Vec<String> = Vec::new();
    let text = event.description.trim();
    if !text.is_empty() {
        parts.push(text.to_owned());
    }
    if let Some(url) = online_url(event) {
        parts.push(format!("Online: {url}"));
    }
    parts.push(context.event_url.trim().to_owned());
    parts.join("\n\n")
}

/// Where to go: the address, or the video link when the meeting is only online.
fn place(event: &Event) -> Option<&str> {
    non_blank(event.location.as_deref()).or_else(|| online_url(event))
}

fn online_url(event: &Event) -> Option<&str> {
    non_blank(event.online_url.as_deref())
}

/// Blank fields from a form count as absent.
fn non_blank(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// `DTSTART;TZID=Europe/Amsterdam:20260704T193000`, Amsterdam wall-clock time.
///
/// In the hour that occurs twice when winter time starts (02:00–03:00 on the last Sunday of
/// October) a local time means its first, summer-time occurrence (RFC 5545 3.3.5), so a
/// moment in the second, winter-time occurrence is written in UTC instead, which is exact.
fn date_time_property(name: &str, at: Timestamp) -> String {
    if is_repeated_hour(at) {
        format!("{name}:{}", utc_basic(at))
    } else {
        format!("{name};TZID={TZID}:{}", local_basic(at.in_amsterdam()))
    }
}

/// True in the second pass of the repeated hour: an hour earlier it was summer time and the
/// clock showed the same reading as now.
fn is_repeated_hour(at: Timestamp) -> bool {
    let summer = 7200;
    let hour_before = Timestamp(at.0.saturating_sub(3600)).in_amsterdam();
    at.in_amsterdam().offset != summer && hour_before.offset == summer
}

/// `YYYYMMDDTHHMMSS`, the basic format of a local DATE-TIME (RFC 5545 3.3.5).
fn local_basic(t: CivilTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        t.year, t.month, t.day, t.hour, t.minute, t.second
    )
}

/// `YYYYMMDDTHHMMSSZ`: the wire format without its dashes and colons.
fn utc_basic(at: Timestamp) -> String {
    at.to_rfc3339().replace(['-', ':'], "")
}

/// A URI property value is not escaped (RFC 5545 3.3.13), so the only thing to guard is a
/// line break smuggling in properties; a real URI has no control characters.
fn uri_value(uri: &str) -> String {
    uri.trim().chars().filter(|c| !c.is_control()).collect()
}

/// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash,
/// a line break becomes `\n`. CR is dropped (CRLF and lone CR alike), and so are other control
/// characters except tab, which TEXT does not allow.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded and ended with CRLF.
fn push_line(out: &mut String, line: &str) {
    out.push_str(&fold(line));
    out.push_str("\r\n");
}

/// Folds a content line (RFC 5545 3.1): breaks before a line would pass 75 octets, going on
/// after CRLF and one space (which counts towards the next line's 75). Breaks fall between
/// characters, never inside a UTF-8 sequence, so every physical line is valid UTF-8.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 24);
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, ThemeId, ThemeRef};

    fn ts(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    fn meeting(start: &str, end: &str) -> Event {
        Event {
            id: EventId::from("ev123"),
            theme: Some(ThemeRef {
                id: ThemeId::from("th1"),
                slug: "data-en-ai".into(),
                name: "Data en AI".into(),
            }),
            title: "Netwerkdag Zwolle".into(),
            description: "Een dag vol **ontmoetingen**.\n\nNeem je laptop mee.".into(),
            starts_at: ts(start),
            ends_at: ts(end),
            location: Some("Stadhuis, Grote Kerkplein 15, Zwolle".into()),
            online_url: None,
            capacity: Some(80),
            going_count: 3,
        }
    }

    const URL: &str = "https://knooppunt.example/events/ev123";

    fn context() -> CalendarContext<'static> {
        CalendarContext {
            host: "knooppunt.example",
            event_url: URL,
            now: ts("2026-05-04T08:09:10Z"),
        }
    }

    /// One content line read back: name with its parameters, and the raw value.
    #[derive(Debug)]
    struct Property {
        name: String,
        params: Vec<String>,
        value: String,
    }

    /// A minimal reader: unfolds, splits lines at CRLF, and each line at the first colon
    /// (good enough here, as no parameter value is quoted).
    fn parse(ics: &str) -> Vec<Property> {
        let unfolded = ics.replace("\r\n ", "");
        let body = unfolded.strip_suffix("\r\n").expect("ends with CRLF");
        body.split("\r\n")
            .map(|line| {
                let (head, value) = line.split_once(':').expect("a colon on every line");
                let mut head = head.split(';');
                Property {
                    name: head.next().unwrap_or_default().to_owned(),
                    params: head.map(str::to_owned).collect(),
                    value: value.to_owned(),
                }
            })
            .collect()
    }

    /// Undoes [`escape_text`].
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(ch) = chars.next() {
            if ch == '\\' {
                match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => panic!("dangling backslash in {value:?}"),
                }
            } else {
                out.push(ch);
            }
        }
        out
    }

    /// The properties of the VEVENT only (the VTIMEZONE has its own DTSTART).
    fn vevent(ics: &str) -> Vec<Property> {
        parse(ics)
            .into_iter()
            .skip_while(|p| !(p.name == "BEGIN" && p.value == "VEVENT"))
            .take_while(|p| !(p.name == "END" && p.value == "VEVENT"))
            .collect()
    }

    fn get<'a>(props: &'a [Property], name: &str) -> &'a Property {
        props
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name} in {props:?}"))
    }

    #[test]
    fn text_escaping_covers_semicolon_comma_backslash_and_newlines() {
        assert_eq!(escape_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(escape_text("regel 1\r\nregel 2\rzelfde"), "regel 1\\nregel 2zelfde");
        assert_eq!(escape_text("tab\there\u{7}bel"), "tab\therebel");
        assert_eq!(escape_text("José: één"), "José: één");
        assert_eq!(unescape(&escape_text("a;b,c\\d\ne\\n")), "a;b,c\\d\ne\\n");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let value = "Één overheid — ĳsselmeer, Fryslân 🚲 ".repeat(12);
        let line = format!("DESCRIPTION:{}", escape_text(&value));
        let mut out = String::new();
        push_line(&mut out, &line);
        let physical: Vec<&str> = out.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        assert!(physical.len() > 5, "{physical:?}");
        for (i, part) in physical.iter().enumerate() {
            assert!(part.len() <= MAX_LINE_OCTETS, "line {i} has {} octets", part.len());
            assert_eq!(
                i > 0,
                part.starts_with(' '),
                "only continuation lines start with a space"
            );
        }
        // A fold only happens when the next character would not fit.
        for pair in physical.windows(2) {
            let next = pair[1][1..].chars().next().unwrap();
            assert!(pair[0].len() + next.len_utf8() > MAX_LINE_OCTETS);
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn short_lines_are_not_folded() {
        let line = "x".repeat(MAX_LINE_OCTETS);
        assert_eq!(fold(&line), line);
        assert_eq!(fold(&format!("{line}y")), format!("{line}\r\n y"));
    }

    #[test]
    fn every_line_ends_with_crlf() {
        let mut event = meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z");
        event.description = "Eén\nTwee\r\nDrie\rVier ".repeat(20);
        let ics = event_calendar(&event, &context());
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains(['\r', '\n']), "no bare CR or LF");
        for line in ics.split_terminator("\r\n") {
            assert!(line.len() <= MAX_LINE_OCTETS, "{line:?}");
        }
    }

    #[test]
    fn calendar_has_header_timezone_and_one_event() {
        let ics = event_calendar(&meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z"), &context());
        let lines: Vec<&str> = ics.split_terminator("\r\n").collect();
        assert_eq!(
            lines[..5],
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Knooppunt//Bijeenkomsten//NL",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH"
            ]
        );
        assert_eq!(lines[5..5 + VTIMEZONE.len()], VTIMEZONE);
        assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
    }

    #[test]
    fn vtimezone_transitions_match_in_amsterdam() {
        // DAYLIGHT starts at 02:00 local winter time, STANDARD at 03:00 local summer time:
        // both 01:00 UTC, where `in_amsterdam` switches.
        assert_eq!(ts("1970-03-29T00:59:59Z").in_amsterdam().offset, 3600);
        assert_eq!(ts("1970-03-29T01:00:00Z").in_amsterdam().offset, 7200);
        assert_eq!(ts("1970-10-25T00:59:59Z").in_amsterdam().offset, 7200);
        assert_eq!(ts("1970-10-25T01:00:00Z").in_amsterdam().offset, 3600);
        assert!(VTIMEZONE.contains(&"DTSTART:19700329T020000"));
        assert!(VTIMEZONE.contains(&"DTSTART:19701025T030000"));
    }

    #[test]
    fn uid_and_dtstamp_formats() {
        let ics = event_calendar(&meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z"), &context());
        let event = vevent(&ics);
        assert_eq!(get(&event, "UID").value, "ev123@knooppunt.example");
        assert_eq!(get(&event, "DTSTAMP").value, "20260504T080910Z");
        assert!(get(&event, "DTSTAMP").params.is_empty());
    }

    #[test]
    fn summer_meeting_starts_at_local_summer_time() {
        let ics = event_calendar(&meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z"), &context());
        let event = vevent(&ics);
        let start = get(&event, "DTSTART");
        assert_eq!(start.params, ["TZID=Europe/Amsterdam"]);
        assert_eq!(start.value, "20260704T193000");
        assert_eq!(get(&event, "DTEND").value, "20260704T220000");
    }

    #[test]
    fn winter_meeting_starts_at_local_winter_time() {
        let ics = event_calendar(&meeting("2026-01-15T23:30:00Z", "2026-01-16T01:00:00Z"), &context());
        let event = vevent(&ics);
        assert_eq!(get(&event, "DTSTART").value, "20260116T003000");
        assert_eq!(get(&event, "DTEND").params, ["TZID=Europe/Amsterdam"]);
        assert_eq!(get(&event, "DTEND").value, "20260116T020000");
    }

    #[test]
    fn meeting_across_the_switch_to_winter_time() {
        // 22:00Z is midnight summer time; 03:00Z is 04:00 winter time, five hours later.
        let ics = event_calendar(&meeting("2026-10-24T22:00:00Z", "2026-10-25T03:00:00Z"), &context());
        let event = vevent(&ics);
        assert_eq!(get(&event, "DTSTART").value, "20261025T000000");
        assert_eq!(get(&event, "DTEND").value, "20261025T040000");
        assert_eq!(get(&event, "DTEND").params, ["TZID=Europe/Amsterdam"]);
    }

    #[test]
    fn meeting_across_the_switch_to_summer_time() {
        // 00:30Z is 01:30 winter time; 01:30Z is 03:30 summer time.
        let ics = event_calendar(&meeting("2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z"), &context());
        let event = vevent(&ics);
        assert_eq!(get(&event, "DTSTART").value, "20260329T013000");
        assert_eq!(get(&event, "DTEND").value, "20260329T033000");
    }

    #[test]
    fn the_repeated_hour_is_written_in_utc_the_second_time() {
        // 00:30Z and 01:30Z both read 02:30 in Amsterdam; the local form means the first.
        assert_eq!(
            date_time_property("DTSTART", ts("2026-10-25T00:30:00Z")),
            "DTSTART;TZID=Europe/Amsterdam:20261025T023000"
        );
        assert_eq!(
            date_time_property("DTSTART", ts("2026-10-25T01:30:00Z")),
            "DTSTART:20261025T013000Z"
        );
        assert_eq!(
            date_time_property("DTEND", ts("2026-10-25T02:00:00Z")),
            "DTEND;TZID=Europe/Amsterdam:20261025T030000"
        );
    }

    #[test]
    fn an_end_not_after_the_start_is_left_out() {
        let ics = event_calendar(&meeting("2026-07-04T17:30:00Z", "2026-07-04T17:30:00Z"), &context());
        assert!(vevent(&ics).iter().all(|p| p.name != "DTEND"));
    }

    #[test]
    fn fields_read_back_unescaped() {
        let mut event = meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z");
        event.title = "Data; AI, en \\ meer".into();
        let ics = event_calendar(&event, &context());
        let props = vevent(&ics);
        assert_eq!(unescape(&get(&props, "SUMMARY").value), "Data; AI, en \\ meer");
        assert_eq!(
            unescape(&get(&props, "DESCRIPTION").value),
            format!("Een dag vol **ontmoetingen**.\n\nNeem je laptop mee.\n\n{URL}")
        );
        assert_eq!(
            unescape(&get(&props, "LOCATION").value),
            "Stadhuis, Grote Kerkplein 15, Zwolle"
        );
        assert_eq!(get(&props, "URL").value, URL);
    }

    #[test]
    fn online_meeting_has_its_link_as_location_and_in_the_description() {
        let mut event = meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z");
        event.location = None;
        event.online_url = Some("https://video.example/r/abc?x=1,2".into());
        let props = vevent(&event_calendar(&event, &context()));
        assert_eq!(
            unescape(&get(&props, "LOCATION").value),
            "https://video.example/r/abc?x=1,2"
        );
        let description = unescape(&get(&props, "DESCRIPTION").value);
        assert!(description.ends_with(&format!("Online: https://video.example/r/abc?x=1,2\n\n{URL}")));
    }

    #[test]
    fn hybrid_meeting_keeps_the_address_as_location() {
        let mut event = meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z");
        event.online_url = Some("https://video.example/r/abc".into());
        event.description = "  ".into();
        let props = vevent(&event_calendar(&event, &context()));
        assert_eq!(
            unescape(&get(&props, "LOCATION").value),
            "Stadhuis, Grote Kerkplein 15, Zwolle"
        );
        assert_eq!(
            unescape(&get(&props, "DESCRIPTION").value),
            format!("Online: https://video.example/r/abc\n\n{URL}")
        );
    }

    #[test]
    fn no_place_means_no_location() {
        let mut event = meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z");
        event.location = Some(" ".into());
        let props = vevent(&event_calendar(&event, &context()));
        assert!(props.iter().all(|p| p.name != "LOCATION"));
    }

    #[test]
    fn line_breaks_in_outside_data_cannot_add_properties() {
        let mut event = meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z");
        event.title = "Titel\r\nATTENDEE:mailto:x@example.org".into();
        event.id = EventId::from("ev\n1");
        let evil = "https://knooppunt.example/events/1\r\nATTACH:https://evil.example";
        let context = CalendarContext {
            event_url: evil,
            ..context()
        };
        let props = vevent(&event_calendar(&event, &context));
        assert!(props.iter().all(|p| p.name != "ATTENDEE" && p.name != "ATTACH"));
        assert_eq!(get(&props, "UID").value, "ev\\n1@knooppunt.example");
    }

    #[test]
    fn file_name_is_an_ascii_slug_of_the_title() {
        let mut event = meeting("2026-07-04T17:30:00Z", "2026-07-04T20:00:00Z");
        assert_eq!(file_name(&event), "bijeenkomst-netwerkdag-zwolle.ics");
        event.title = "Één overheid: Fryslân & 's-Hertogenbosch!".into();
        assert_eq!(
            file_name(&event),
            "bijeenkomst-een-overheid-fryslan-s-hertogenbosch.ics"
        );
        event.title = "🎉 !!".into();
        assert_eq!(file_name(&event), "bijeenkomst.ics");
        event.title = "Een heel lange titel voor een bijeenkomst over digitale overheidscommunicatie".into();
        let name = file_name(&event);
        assert_eq!(
            name,
            "bijeenkomst-een-heel-lange-titel-voor-een-bijeenkomst-over-digitale.ics"
        );
        assert!(name.is_ascii());
    }
}
