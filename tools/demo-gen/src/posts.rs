//! Posts on the knowledge wall, assembled from templates per kind and per theme.
//!
//! A post is written by an active member of its theme after they joined it (a few
//! posts have no theme). A report may be the write-up of a past meeting of its theme.

use knooppunt::model::{
    Event, MemberRef, Membership, MembershipStatus, Post, PostId, PostKind, Reactions, Theme, Timestamp,
};

use crate::clock::{self, DAY, HOUR, MINUTE, NOW, YEAR};
use crate::members::{Person, JOSE_ID};
use crate::places::MUNICIPALITIES;
use crate::rng::Rng;
use crate::text::{capitalise, fill, Context};
use crate::themes::{self, THEMES};

/// Active members per theme (index into the people) and when they joined it.
pub type ThemeMembers = Vec<Vec<(usize, Timestamp)>>;

/// Active members of each theme, in membership order.
pub fn theme_members(people: &[Person], themes: &[Theme], memberships: &[Membership]) -> ThemeMembers {
    let person_of = crate::positions(people, |p| p.member.id.as_str());
    let theme_of = crate::positions(themes, |t| t.id.as_str());
    let mut out = vec![Vec::new(); themes.len()];
    for m in memberships.iter().filter(|m| m.status == MembershipStatus::Active) {
        if let (Some(&ti), Some(&pi)) = (theme_of.get(m.theme.as_str()), person_of.get(m.member.as_str())) {
            out[ti].push((pi, m.created_at));
        }
    }
    out
}

/// What one post will be about, before its words are chosen.
struct Plan {
    author: usize,
    theme: Option<usize>,
    kind: PostKind,
    /// The author may not have posted before this (joined the network or the theme).
    earliest: Timestamp,
}

/// José's fixed posts: (theme, kind). Tests rely on José having at least three.
const JOSE_POSTS: [(&str, PostKind); 4] = [
    ("Open data", PostKind::Knowledge),
    ("Open data", PostKind::Question),
    ("Participatie", PostKind::Blog),
    ("Data en AI", PostKind::Report),
];

/// `count` posts, oldest first, with ids `p-000001`, ...; comment counts are still 0.
pub fn generate(
    rng: &mut Rng,
    people: &[Person],
    themes: &[Theme],
    members: &ThemeMembers,
    events: &[Event],
    count: usize,
) -> Vec<Post> {
    let all_memberships: Vec<(usize, usize, Timestamp)> = members
        .iter()
        .enumerate()
        .flat_map(|(ti, list)| list.iter().map(move |&(pi, at)| (ti, pi, at)))
        .collect();
    let mut plans = jose_plans(people, members);
    while plans.len() < count {
        plans.push(plan(rng, people, &all_memberships));
    }
    let mut posts: Vec<Post> = plans.iter().map(|p| write(rng, p, people, themes, events)).collect();
    posts.sort_by(|a, b| a.created_at.cmp(&b.created_at).then_with(|| a.title.cmp(&b.title)));
    for (i, p) in posts.iter_mut().enumerate() {
        p.id = PostId(format!("p-{:06}", i + 1));
    }
    pin(rng, &mut posts, themes);
    posts
}

fn jose_plans(people: &[Person], members: &ThemeMembers) -> Vec<Plan> {
    let Some(jose) = people.iter().position(|p| p.member.id.as_str() == JOSE_ID) else {
        return Vec::new();
    };
    JOSE_POSTS
        .iter()
        .filter_map(|&(name, kind)| {
            let ti = themes::index_of(name)?;
            let &(_, joined) = members[ti].iter().find(|&&(pi, _)| pi == jose)?;
            Some(Plan {
                author: jose,
                theme: Some(ti),
                kind,
                earliest: joined,
            })
        })
        .collect()
}

fn plan(rng: &mut Rng, people: &[Person], memberships: &[(usize, usize, Timestamp)]) -> Plan {
    let kind = PostKind::ALL[rng.weighted(&[35, 30, 15, 20])];
    if memberships.is_empty() || rng.percent(10) {
        let author = rng.index(people.len());
        return Plan {
            author,
            theme: None,
            kind,
            earliest: people[author].member.joined_at,
        };
    }
    // A uniformly chosen membership: bigger themes get proportionally more posts.
    let &(ti, pi, joined) = rng.pick(memberships);
    Plan {
        author: pi,
        theme: Some(ti),
        kind,
        earliest: joined,
    }
}

/// Subjects for posts outside any theme.
const GENERAL_SUBJECTS: &[&str] = &[
    "kennisdelen binnen de overheid",
    "het inwerken van nieuwe collega's",
    "de overstap naar een andere overheidslaag",
    "het bijhouden van je vakkennis",
    "samenwerken met hogescholen en universiteiten",
];

/// Tags of posts outside any theme, which are about the work itself.
const GENERAL_TAGS: &[&str] = &["Kennisdeling", "Samenwerken", "Het Nieuwe Werken", "Leiderschap"];

const TITLES_KNOWLEDGE: &[&str] = &[
    "Vijf lessen over {subject}",
    "Handreiking: {subject} in de praktijk",
    "Wat we leerden van {subject}",
    "Stappenplan voor {subject}",
    "{Subject}: zo begin je",
];
const TITLES_KNOWLEDGE_TOWN: &[&str] = &[
    "Zo pakten we {subject} aan in {town}",
    "{Subject} in {town}: onze aanpak",
];
const TITLES_QUESTION: &[&str] = &[
    "Wie heeft ervaring met {subject}?",
    "Hoe pakken jullie {subject} aan?",
    "Voorbeelden gezocht: {subject}",
    "Tips voor {subject}?",
    "Is er al iemand bezig met {subject}?",
];
const TITLES_BLOG: &[&str] = &[
    "Waarom {subject} meer aandacht verdient",
    "Een jaar bezig met {subject}: een terugblik",
    "{Subject} vraagt om lef",
    "Wat ik leerde van {subject}",
    "Over {subject} en de menselijke maat",
];
const TITLES_REPORT: &[&str] = &[
    "Verslag: themasessie over {subject}",
    "Verslag van de intervisie over {subject}",
    "Zo ging de kennissessie over {subject}",
];
const TITLES_REPORT_TOWN: &[&str] = &["Terugblik op de werksessie over {subject} in {town}"];

const INTROS_KNOWLEDGE: &[&str] = &[
    "Bij {org} zijn we het afgelopen jaar aan de slag gegaan met {subject}. Omdat er in deze groep regelmatig vragen over komen, deel ik graag wat we hebben geleerd.",
    "Steeds meer organisaties werken aan {subject}. Hieronder een overzicht van wat bij ons werkte en wat niet.",
    "Na een paar gesprekken in deze groep heb ik onze aanpak van {subject} op een rij gezet. Gebruik het gerust als startpunt.",
];
const INTROS_QUESTION: &[&str] = &[
    "Bij {org} willen we volgend jaar aan de slag met {subject}. Voordat we het wiel opnieuw uitvinden: wie heeft hier al ervaring mee?",
    "Ik ben op zoek naar voorbeelden van {subject}. Ik ben vooral benieuwd naar wat tegenviel.",
    "Een vraag aan de groep over {subject}. Wij lopen vast op de vraag wie waarvoor verantwoordelijk is.",
];
const INTROS_BLOG: &[&str] = &[
    "Al een paar jaar werk ik aan {subject}, en ik merk dat mijn blik erop verandert.",
    "Deze week vroeg een collega me waarom {subject} zo lastig is. Een goede vraag, die me bleef bezighouden.",
    "Tijd voor een persoonlijk stuk over {subject}.",
];
const INTROS_REPORT: &[&str] = &[
    "We kwamen met een groep van ruim twintig collega's bij elkaar om te praten over {subject}. Hieronder lees je wat er besproken is.",
    "Een kort verslag van onze bijeenkomst over {subject}, voor wie er niet bij kon zijn.",
    "Dank aan iedereen die er was! Zoals beloofd een verslag van de sessie over {subject}.",
];

const MIDDLES_KNOWLEDGE: &[&str] = &[
    "**Begin klein.** We startten met één team en één vraag, en breidden pas uit toen dat werkte.",
    "**Betrek juristen en privacy officers vanaf het begin.** Dat voelde eerst als vertraging, maar het voorkwam later veel discussie.",
    "**Zorg voor een vaste eigenaar.** Zonder iemand die zich verantwoordelijk voelt, zakt elk initiatief na een paar maanden in.",
    "**Maak resultaten zichtbaar, ook kleine.** Een kort bericht op intranet deed meer dan een uitgebreide rapportage.",
    "Wat we zouden aanraden:\n\n1. bepaal eerst welk probleem je oplost;\n2. zoek een collega bij een andere overheid die het al deed;\n3. plan na drie maanden een eerlijke evaluatie.",
];
const MIDDLES_QUESTION: &[&str] = &[
    "Concreet ben ik benieuwd naar:\n\n- hoe jullie dit hebben georganiseerd;\n- hoeveel tijd het kostte;\n- wat je achteraf anders zou doen.",
    "We hebben al gekeken naar wat andere overheden publiceren, maar daar vind je vooral de eindresultaten en niet hoe ze daar kwamen.",
    "Een kort telefoongesprek of een gedeeld document zou ons al enorm helpen.",
];
const MIDDLES_BLOG: &[&str] = &[
    "Wat ik heb geleerd: de techniek is zelden het probleem. Het gaat om mensen, om vertrouwen en om de tijd die je ervoor neemt.",
    "Soms lijkt het alsof we elk jaar opnieuw beginnen. Nieuwe collega's, nieuwe bestuurders, nieuwe prioriteiten. Juist daarom is dit netwerk zo waardevol.",
    "Ik merk dat ik vaker de vraag stel: *wat zou de inwoner hiervan vinden?* Die vraag maakt veel discussies korter.",
];
const MIDDLES_REPORT: &[&str] = &[
    "De belangrijkste opbrengsten:\n\n- we houden samen een lijst met voorbeelden bij;\n- over drie maanden komen we opnieuw bij elkaar;\n- wie wil aansluiten, kan zich melden bij de moderatoren.",
    "Opvallend was hoe verschillend organisaties hetzelfde probleem aanpakken. Wat in een grote stad werkt, past niet altijd in een kleine gemeente, en andersom.",
    "In de tweede ronde ging het vooral over de vraag hoe je collega's meekrijgt. Het antwoord: klein beginnen en successen delen.",
];

const CLOSINGS_KNOWLEDGE: &[&str] = &[
    "Heb je aanvullingen of andere ervaringen? Laat een reactie achter, dan werk ik dit bericht bij.",
    "Vragen? Stuur me gerust een bericht.",
    "Ik hoor graag hoe het bij jullie gaat.",
];
const CLOSINGS_QUESTION: &[&str] = &[
    "Alvast bedankt voor het meedenken!",
    "Reageer hieronder of stuur me een bericht. Dank!",
    "Ik vat de antwoorden later samen in deze groep.",
];
const CLOSINGS_BLOG: &[&str] = &[
    "Ben je het met me eens, of juist niet? Ik lees graag je reactie.",
    "Genoeg gedachten voor nu. Tot de volgende netwerkdag!",
];
const CLOSINGS_REPORT: &[&str] = &[
    "De presentaties staan bij de bestanden van de themagroep. Tot de volgende keer!",
    "Wil je de volgende keer meedoen? Houd de agenda van de groep in de gaten.",
];

/// Templates of one kind of post.
struct Words {
    titles: &'static [&'static str],
    titles_town: &'static [&'static str],
    intros: &'static [&'static str],
    middles: &'static [&'static str],
    closings: &'static [&'static str],
}

fn words(kind: PostKind) -> Words {
    match kind {
        PostKind::Knowledge => Words {
            titles: TITLES_KNOWLEDGE,
            titles_town: TITLES_KNOWLEDGE_TOWN,
            intros: INTROS_KNOWLEDGE,
            middles: MIDDLES_KNOWLEDGE,
            closings: CLOSINGS_KNOWLEDGE,
        },
        PostKind::Question => Words {
            titles: TITLES_QUESTION,
            titles_town: &[],
            intros: INTROS_QUESTION,
            middles: MIDDLES_QUESTION,
            closings: CLOSINGS_QUESTION,
        },
        PostKind::Blog => Words {
            titles: TITLES_BLOG,
            titles_town: &[],
            intros: INTROS_BLOG,
            middles: MIDDLES_BLOG,
            closings: CLOSINGS_BLOG,
        },
        PostKind::Report => Words {
            titles: TITLES_REPORT,
            titles_town: TITLES_REPORT_TOWN,
            intros: INTROS_REPORT,
            middles: MIDDLES_REPORT,
            closings: CLOSINGS_REPORT,
        },
    }
}

/// Posts appear in the last two years, never in the last two hours (so that
/// comments and edits still fit before now).
fn post_time(rng: &mut Rng, earliest: Timestamp) -> Timestamp {
    let to = NOW.0 - 2 * HOUR;
    let from = earliest.0.max(NOW.0 - 2 * YEAR).min(to);
    clock::waking(Timestamp(rng.range(from, to)), Timestamp(from), Timestamp(to))
}

/// A past meeting of the theme this report can be the write-up of, with its date.
fn reported_event<'a>(
    rng: &mut Rng,
    events: &'a [Event],
    theme: &Theme,
    earliest: Timestamp,
) -> Option<(&'a Event, Timestamp)> {
    let candidates: Vec<&Event> = events
        .iter()
        .filter(|e| e.theme.as_ref().is_some_and(|t| t.id == theme.id))
        .filter(|e| e.ends_at.0 > earliest.0 && e.ends_at.0 + 4 * DAY < NOW.0)
        .collect();
    if candidates.is_empty() || !rng.percent(60) {
        return None;
    }
    let e = *rng.pick(&candidates);
    let (from, to) = (Timestamp(e.ends_at.0 + 3 * HOUR), Timestamp(e.ends_at.0 + 4 * DAY));
    Some((e, clock::waking(Timestamp(rng.range(from.0, to.0)), from, to)))
}

fn write(rng: &mut Rng, plan: &Plan, people: &[Person], themes: &[Theme], events: &[Event]) -> Post {
    let author = &people[plan.author];
    let def = plan.theme.map(|ti| &THEMES[ti]);
    let theme = plan.theme.map(|ti| &themes[ti]);
    let w = words(plan.kind);
    let subject = match def {
        Some(d) => rng.pick_str(d.subjects),
        None => rng.pick_str(GENERAL_SUBJECTS),
    };
    let fallback_town = rng.pick(MUNICIPALITIES).name;
    let cx = Context {
        subject,
        town: author.town.as_deref().unwrap_or(fallback_town),
        org: &author.org_phrase,
        theme: theme.map_or("het netwerk", |t| t.name.as_str()),
        name: &author.member.name,
    };

    let mut created_at = post_time(rng, plan.earliest);
    let mut title = None;
    if let (PostKind::Report, Some(t)) = (plan.kind, theme) {
        if let Some((event, at)) = reported_event(rng, events, t, plan.earliest) {
            title = Some(format!("Verslag: {}", event.title));
            created_at = Timestamp(at.0.min(NOW.0 - 2 * HOUR));
        }
    }
    let title = title.unwrap_or_else(|| {
        let with_town = author.town.is_some() && !w.titles_town.is_empty() && rng.percent(30);
        let template = if with_town {
            rng.pick_str(w.titles_town)
        } else {
            rng.pick_str(w.titles)
        };
        capitalise(&fill(template, &cx))
    });

    // Knowledge and reports need something between opening and closing; a question or a blog may be short.
    let min = if matches!(plan.kind, PostKind::Knowledge | PostKind::Report) {
        3
    } else {
        2
    };
    let body = body(rng, &w, min, def.map_or(&[][..], |d| d.paragraphs), &cx);
    let tags = tags(rng, theme, author);
    let updated_at = rng.percent(15).then(|| {
        let (from, to) = (
            Timestamp(created_at.0 + 30 * MINUTE),
            Timestamp((created_at.0 + 10 * DAY).min(NOW.0 - MINUTE)),
        );
        clock::waking(Timestamp(rng.range(from.0, to.0)), from, to)
    });

    Post {
        id: PostId(String::new()),
        author: MemberRef {
            id: author.member.id.clone(),
            name: author.member.name.clone(),
        },
        theme: theme.map(Theme::as_ref),
        kind: plan.kind,
        title,
        body,
        tags,
        created_at,
        updated_at: updated_at.filter(|u| *u > created_at),
        comment_count: 0,
        reactions: reactions(rng, plan.kind, created_at),
        pinned: false,
        hidden: false,
        event: None,
        // Answers are chosen by people on the network, not by the generator.
        accepted_answer: None,
    }
}

/// `min`–6 paragraphs: an opening, some theme-specific and general paragraphs, a closing.
fn body(rng: &mut Rng, w: &Words, min: usize, theme_paragraphs: &[&str], cx: &Context) -> String {
    let total = rng.range(min as i64, 6) as usize;
    let mut paragraphs = vec![fill(rng.pick_str(w.intros), cx)];
    let middle = total - 2;
    let from_theme = rng.range(0, middle as i64) as usize;
    for i in rng.sample(theme_paragraphs.len(), from_theme) {
        paragraphs.push(fill(theme_paragraphs[i], cx));
    }
    let rest = middle - (paragraphs.len() - 1);
    for i in rng.sample(w.middles.len(), rest) {
        paragraphs.push(fill(w.middles[i], cx));
    }
    paragraphs.push(fill(rng.pick_str(w.closings), cx));
    paragraphs.join("\n\n")
}

/// 1–3 tags: the theme's own, sometimes one of the author's public expertise.
fn tags(rng: &mut Rng, theme: Option<&Theme>, author: &Person) -> Vec<String> {
    let want = rng.range(1, 3) as usize;
    let mut out: Vec<String> = match theme {
        Some(t) => rng
            .sample(t.tags.len(), want)
            .into_iter()
            .map(|i| t.tags[i].clone())
            .collect(),
        None => vec![rng.pick_str(GENERAL_TAGS).to_owned()],
    };
    if let Some(extra) =
        (!author.member.expertise.is_empty() && rng.percent(30)).then(|| rng.pick(&author.member.expertise))
    {
        if out.len() < 3 && !out.contains(extra) {
            out.push(extra.clone());
        }
    }
    out
}

/// Mostly a handful, now and then many: the product of two uniform draws.
fn skewed(rng: &mut Rng, max: u32) -> u32 {
    if max == 0 {
        return 0;
    }
    let a = rng.range_u32(0, max);
    let b = rng.range_u32(0, max);
    a * b / max
}

fn reactions(rng: &mut Rng, kind: PostKind, created_at: Timestamp) -> Reactions {
    let (like, insightful, thanks) = match kind {
        PostKind::Knowledge => (30, 20, 12),
        PostKind::Question => (8, 4, 10),
        PostKind::Blog => (40, 15, 6),
        PostKind::Report => (25, 10, 15),
    };
    // A post of this morning has not been read by many yet.
    let fresh = NOW.0 - created_at.0 < 2 * DAY;
    let scale = |n: u32| if fresh { n / 4 } else { n };
    Reactions {
        like: skewed(rng, scale(like)),
        insightful: skewed(rng, scale(insightful)),
        thanks: skewed(rng, scale(thanks)),
    }
}

/// In about two of three themes the most appreciated knowledge post is pinned; never more than one per theme.
fn pin(rng: &mut Rng, posts: &mut [Post], themes: &[Theme]) {
    for theme in themes {
        if !rng.percent(65) {
            continue;
        }
        let best = posts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PostKind::Knowledge && p.theme.as_ref().is_some_and(|t| t.id == theme.id))
            .max_by_key(|(i, p)| (p.reactions.total(), std::cmp::Reverse(*i)))
            .map(|(i, _)| i);
        if let Some(i) = best {
            posts[i].pinned = true;
        }
    }
}
