//! Meetings: the yearly network day, online sessions and theme meetings across the country.
//!
//! Dates lie between a year before and six months after [`NOW`], on Tuesdays to
//! Thursdays, at times a public servant would plan them (local time, stored in UTC).
//! Online meetings use public Jitsi rooms, whose address is their name: a real,
//! working link rather than an invented video service.

use std::collections::BTreeSet;

use knooppunt::model::theme::slugify;
use knooppunt::model::{Event, EventId, Province, Theme, Timestamp};

use crate::clock::{self, DAY, MINUTE, NOW};
use crate::places::{self, MUNICIPALITIES};
use crate::rng::Rng;
use crate::text::{capitalise, fill, Context};
use crate::themes::THEMES;

const JITSI: &str = "https://meet.jit.si/knooppunt-";

/// The meetings of the network, sorted by start, with ids `e-0001`, ...
pub fn generate(rng: &mut Rng, themes: &[Theme], count: usize) -> Vec<Event> {
    let mut rooms = BTreeSet::new();
    let mut events = network_days();
    events.push(welcome_call(&mut rooms));
    while events.len() < count {
        let e = random_event(rng, themes, &mut rooms);
        events.push(e);
    }
    events.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then_with(|| a.title.cmp(&b.title)));
    for (i, e) in events.iter_mut().enumerate() {
        e.id = EventId(format!("e-{:04}", i + 1));
    }
    events
}

fn blank(title: String, description: String, starts_at: Timestamp, ends_at: Timestamp) -> Event {
    Event {
        id: EventId(String::new()),
        theme: None,
        title,
        description,
        starts_at,
        ends_at,
        location: None,
        online_url: None,
        capacity: None,
        going_count: 0,
    }
}

/// The yearly network day: last spring's and the coming one in Lelystad.
fn network_days() -> Vec<Event> {
    let past = Event {
        location: Some("Zwolle".to_owned()),
        capacity: Some(250),
        going_count: 236,
        ..blank(
            "Netwerkdag 2026".to_owned(),
            "De jaarlijkse ontmoeting van het hele netwerk. Een dag vol sessies die door leden zelf \
             worden gegeven, met ruimte om collega's van andere overheden te ontmoeten.\n\n\
             Verslagen en presentaties vind je op de wall van de themagroepen."
                .to_owned(),
            clock::amsterdam(2026, 4, 16, 9, 30),
            clock::amsterdam(2026, 4, 16, 16, 30),
        )
    };
    let next = Event {
        location: Some("Lelystad".to_owned()),
        capacity: Some(300),
        going_count: 127,
        ..blank(
            "Netwerkdag 2027".to_owned(),
            "Dé ontmoeting van het netwerk, dit jaar in **Lelystad**. Leden van alle themagroepen \
             verzorgen het programma; er is volop tijd om bij te praten.\n\n\
             ## Programma\n\n\
             - 09.30 uur: inloop met koffie\n\
             - 10.00 uur: opening en pitches van de themagroepen\n\
             - 11.00 uur: eerste ronde werksessies\n\
             - 12.30 uur: lunch\n\
             - 13.30 uur: tweede ronde werksessies\n\
             - 15.30 uur: afsluiting en borrel\n\n\
             Wil je zelf een sessie geven? Laat het weten in de themagroep *Ambtenaar 2.0 moet doorgaan*."
                .to_owned(),
            clock::amsterdam(2027, 4, 15, 9, 30),
            clock::amsterdam(2027, 4, 15, 16, 30),
        )
    };
    vec![past, next]
}

/// A recurring online introduction for new members, soon after now.
fn welcome_call(rooms: &mut BTreeSet<String>) -> Event {
    let title = "Online kennismaking voor nieuwe leden".to_owned();
    Event {
        online_url: Some(room(rooms, &title)),
        going_count: 14,
        ..blank(
            title,
            "Nieuw in het netwerk? In een half uur vertellen we hoe het netwerk werkt, hoe je een \
             themagroep vindt en hoe je zelf iets organiseert. Camera aan mag, hoeft niet."
                .to_owned(),
            clock::amsterdam(2026, 11, 10, 12, 30),
            clock::amsterdam(2026, 11, 10, 13, 0),
        )
    }
}

/// A unique Jitsi room for a meeting title.
fn room(rooms: &mut BTreeSet<String>, title: &str) -> String {
    let base = slugify(title);
    let mut name = base.clone();
    let mut n = 2;
    while !rooms.insert(name.clone()) {
        name = format!("{base}-{n}");
        n += 1;
    }
    format!("{JITSI}{name}")
}

/// A Tuesday, Wednesday or Thursday between ten months ago and six months ahead.
fn meeting_day(rng: &mut Rng) -> (i32, u32, u32) {
    let six_months = 182 * DAY;
    loop {
        let t = Timestamp(NOW.0 + rng.range(-300 * DAY, six_months - 3 * DAY));
        let (y, m, d) = clock::local_date(t);
        if (1..=3).contains(&clock::weekday(y, m, d)) {
            return (y, m, d);
        }
    }
}

/// Where a meeting is (a provinciehuis or just a bigger town) and the town itself.
/// Only the town is named for municipalities: inventing a street address would be wrong.
fn venue(rng: &mut Rng) -> (String, &'static str) {
    if rng.percent(30) {
        let city = places::capital(*rng.pick(&Province::ALL));
        return (format!("Provinciehuis, {city}"), city);
    }
    let bigger: Vec<&'static str> = MUNICIPALITIES
        .iter()
        .filter(|m| m.weight >= 2)
        .map(|m| m.name)
        .collect();
    let city = *rng.pick(&bigger);
    (city.to_owned(), city)
}

const ONLINE_TITLES: &[&str] = &[
    "Online kennissessie: {subject}",
    "Lunchsessie over {subject}",
    "Online spreekuur {theme}",
];
const WORKSHOP_TITLES: &[&str] = &["Werksessie: {subject}", "Intervisie: {subject}"];

const ONLINE_TEXT: &str = "In deze online sessie praten we over **{subject}**. Een lid vertelt kort hoe {org} \
    het aanpakt, daarna is er ruimte voor vragen en eigen ervaringen.\n\n\
    De sessie is online; je hebt alleen een browser nodig.";
const MEETING_TEXT: &str = "De themagroep *{theme}* komt samen in {town}. We beginnen met een korte \
    ronde wie-is-wie en bespreken daarna in kleine groepen {subject}.\n\n\
    ## Programma\n\n\
    - 13.30 uur: ontvangst\n\
    - 14.00 uur: opening door de moderatoren\n\
    - 14.15 uur: gesprekken in kleine groepen\n\
    - 16.15 uur: opbrengst en afspraken\n\
    - 17.00 uur: afsluiting";
const WORKSHOP_TEXT: &str = "In deze werksessie gaan we aan de slag met {subject}. Neem een eigen \
    vraag of casus mee; we werken in groepjes van vier.\n\n\
    Het aantal plaatsen is beperkt, zodat iedereen aan bod komt.";

fn random_event(rng: &mut Rng, themes: &[Theme], rooms: &mut BTreeSet<String>) -> Event {
    let ti = rng.index(themes.len());
    let (theme, def) = (&themes[ti], &THEMES[ti]);
    let (y, m, d) = meeting_day(rng);
    let (location, town) = venue(rng);
    let cx = Context {
        subject: rng.pick_str(def.subjects),
        town,
        org: "een van de deelnemende organisaties",
        theme: &theme.name,
        name: "",
    };
    let mut e = match rng.below(100) {
        0..=44 => {
            let hour = *rng.pick(&[10, 12, 15]);
            let start = clock::amsterdam(y, m, d, hour, if hour == 12 { 15 } else { 0 });
            let minutes = *rng.pick(&[45, 60, 90]);
            let title = capitalise(&fill(rng.pick_str(ONLINE_TITLES), &cx));
            Event {
                online_url: Some(room(rooms, &title)),
                capacity: rng.percent(30).then(|| rng.range_u32(40, 100)),
                ..blank(
                    title,
                    fill(ONLINE_TEXT, &cx),
                    start,
                    Timestamp(start.0 + minutes * MINUTE),
                )
            }
        }
        45..=79 => {
            let title = format!("Themabijeenkomst {} in {town}", theme.name);
            Event {
                location: Some(location),
                capacity: Some(rng.range_u32(3, 8) * 10),
                ..blank(
                    title,
                    fill(MEETING_TEXT, &cx),
                    clock::amsterdam(y, m, d, 13, 30),
                    clock::amsterdam(y, m, d, 17, 0),
                )
            }
        }
        _ => {
            let title = capitalise(&fill(rng.pick_str(WORKSHOP_TITLES), &cx));
            let hybrid = rng.percent(30);
            Event {
                location: Some(location),
                online_url: hybrid.then(|| room(rooms, &title)),
                capacity: Some(rng.range_u32(12, 25)),
                ..blank(
                    title,
                    fill(WORKSHOP_TEXT, &cx),
                    clock::amsterdam(y, m, d, 10, 0),
                    clock::amsterdam(y, m, d, 12, 30),
                )
            }
        }
    };
    e.theme = Some(theme.as_ref());
    e.going_count = going(rng, e.capacity, e.ends_at < NOW);
    e
}

/// Sign-ups: past meetings filled up well; coming ones are filling, a few are full.
fn going(rng: &mut Rng, capacity: Option<u32>, past: bool) -> u32 {
    match capacity {
        Some(cap) if past => rng.range_u32(cap * 6 / 10, cap),
        Some(cap) if rng.percent(15) => cap,
        Some(cap) => rng.range_u32(cap / 5, cap),
        None if past => rng.range_u32(8, 60),
        None => rng.range_u32(3, 40),
    }
}
