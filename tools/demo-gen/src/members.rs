//! Members: names, jobs, expertise, short bios and who may see what.
//!
//! The output is a public snapshot, so every member is stored as a visitor sees
//! them: a field whose owner did not make it public is left out (see [`public_view`]).
//! Texts that a visitor does see (bios, posts) never mention a hidden field either.

use std::collections::{BTreeMap, BTreeSet};

use knooppunt::model::theme::slugify;
use knooppunt::model::{Member, MemberId, MemberLinks, Organisation, OrganisationKind, Timestamp, Visibility};

use crate::clock::{self, DAY, YEAR};
use crate::names;
use crate::places::{self, WeightedOrg};
use crate::rng::Rng;
use crate::vocab::{self, EXPERTISE, JOBS};

/// Profile fields whose visibility a member chooses.
pub const PRIVATE_FIELDS: [&str; 5] = ["job_title", "bio", "organisation", "links", "expertise"];
/// The province of a member's organisation: public for every demo member, as the
/// network is organised by region.
pub const PROVINCE: &str = "province";

/// A member and what the other generators may say about them in public texts.
#[derive(Debug, Clone)]
pub struct Person {
    /// As a visitor sees them.
    pub member: Member,
    /// "Gemeente Zwolle" when the organisation is public, else a neutral phrase.
    pub org_phrase: String,
    /// A place name that may appear in their posts ("in Zwolle").
    pub town: Option<String>,
}

/// The fixed member that tests and documentation rely on.
pub const JOSE_ID: &str = "m-jose-bakker";

fn jose(orgs: &[WeightedOrg]) -> Option<Person> {
    let org = orgs.iter().find(|o| o.org.id.as_str() == "gemeente-s-hertogenbosch")?;
    let visibility = PRIVATE_FIELDS
        .iter()
        .chain(&[PROVINCE])
        .map(|f| ((*f).to_owned(), Visibility::Public))
        .collect();
    Some(Person {
        member: Member {
            id: MemberId::from(JOSE_ID),
            name: names::JOSE_BAKKER.to_owned(),
            avatar: None,
            organisation: Some(org.org.id.clone()),
            job_title: Some("Adviseur open data".to_owned()),
            bio: Some(
                "Ik werk als adviseur open data bij de Gemeente 's-Hertogenbosch. Ik help collega's om \
                 hun gegevens zo te publiceren dat inwoners, bedrijven en onderzoekers ermee aan de slag \
                 kunnen. Vraag me gerust om een **kop koffie**, online of in het echt."
                    .to_owned(),
            ),
            expertise: ["Open data", "Woo", "Data-analyse", "Participatie"]
                .map(str::to_owned)
                .to_vec(),
            province: org.org.province,
            links: MemberLinks {
                website: Some("https://jose-bakker.example.org".to_owned()),
                linkedin: None,
                mastodon: Some("https://social.example.org/@josebakker".to_owned()),
            },
            joined_at: clock::utc(2021, 3, 15, 9, 30),
            visibility,
        },
        org_phrase: with_article(&org.org.name),
        town: Some("'s-Hertogenbosch".to_owned()),
    })
}

/// `count` members (José Bakker first), with unique ids `m-<slug of name>[-n]`.
pub fn generate(rng: &mut Rng, orgs: &[WeightedOrg], count: usize) -> Vec<Person> {
    let org_weights: Vec<u32> = orgs.iter().map(|o| o.weight).collect();
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::with_capacity(count);
    if let Some(j) = jose(orgs) {
        used.insert(j.member.id.0.clone());
        out.push(j);
    }
    while out.len() < count {
        let name = names::full_name(rng);
        let id = unique_id(&mut used, &name);
        let org = &orgs[rng.weighted(&org_weights)].org;
        out.push(person(rng, id, name, org));
    }
    out
}

fn unique_id(used: &mut BTreeSet<String>, name: &str) -> MemberId {
    let base = format!("m-{}", slugify(name));
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    MemberId(id)
}

/// Mostly public, as in a network whose point is being findable.
fn visibility(rng: &mut Rng) -> Visibility {
    match rng.below(100) {
        0..=84 => Visibility::Public,
        85..=96 => Visibility::Members,
        _ => Visibility::Hidden,
    }
}

fn person(rng: &mut Rng, id: MemberId, name: String, org: &Organisation) -> Person {
    let mut vis: BTreeMap<String, Visibility> = PRIVATE_FIELDS
        .iter()
        .map(|f| ((*f).to_owned(), visibility(rng)))
        .collect();
    // Said explicitly, so a backend whose default is "members" shows it to visitors too.
    vis.insert(PROVINCE.to_owned(), Visibility::Public);
    let public = |field: &str| vis.get(field) == Some(&Visibility::Public);
    let org_public = public("organisation");

    let fitting: Vec<_> = JOBS.iter().filter(|j| j.fits(org.kind)).collect();
    let weights: Vec<u32> = fitting.iter().map(|j| j.weight).collect();
    let job = fitting[rng.weighted(&weights)];
    let expertise = expertise(rng, job.expertise);

    let bio = rng.percent(70).then(|| {
        bio(
            rng,
            public("job_title").then_some(job.title),
            public("organisation").then_some(org),
            public("expertise").then_some(&expertise[..]),
        )
    });
    let links = if rng.percent(30) {
        links(rng, &id)
    } else {
        MemberLinks::default()
    };
    let (first, last) = (Timestamp(clock::NOW.0 - 6 * YEAR), Timestamp(clock::NOW.0 - 30 * DAY));
    let joined_at = clock::waking(Timestamp(rng.range(first.0, last.0)), first, last);

    let full = Member {
        id,
        name,
        avatar: None,
        organisation: Some(org.id.clone()),
        job_title: Some(job.title.to_owned()),
        bio,
        expertise,
        province: org.province,
        links,
        joined_at,
        visibility: vis,
    };
    Person {
        member: public_view(full),
        org_phrase: if org_public {
            with_article(&org.name)
        } else {
            neutral_org(org.kind).to_owned()
        },
        town: if org_public {
            places::home_town(org).map(str::to_owned)
        } else {
            None
        },
    }
}

/// An organisation's name as it follows "bij": "de Gemeente Zwolle", "het Waterschap
/// Limburg", but "Rijkswaterstaat" and "Logius" without article.
pub fn with_article(name: &str) -> String {
    let first = name.split(' ').next().unwrap_or(name);
    match first {
        "Waterschap" | "Hoogheemraadschap" | "Wetterskip" | "Ministerie" | "Interprovinciaal" => format!("het {name}"),
        "Rijkswaterstaat" | "Logius" => name.to_owned(),
        _ => format!("de {name}"),
    }
}

/// How a member whose organisation is not public refers to it in a post.
fn neutral_org(kind: OrganisationKind) -> &'static str {
    match kind {
        OrganisationKind::Gemeente => "onze gemeente",
        OrganisationKind::Provincie => "onze provincie",
        OrganisationKind::Waterschap => "ons waterschap",
        _ => "onze organisatie",
    }
}

/// 2–5 distinct tags: one or two that go with the job, the rest from the shared list.
fn expertise(rng: &mut Rng, from_job: &[&'static str]) -> Vec<String> {
    let want = rng.range(2, 5) as usize;
    let mut tags: Vec<&str> = Vec::with_capacity(want);
    let from_job_count = rng.range(1, 2) as usize;
    for i in rng.sample(from_job.len(), from_job_count) {
        tags.push(from_job[i]);
    }
    while tags.len() < want {
        let tag = rng.pick_str(EXPERTISE);
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags.into_iter().map(str::to_owned).collect()
}

const CLOSERS: &[&str] = &[
    "Graag in contact met collega's die hier ook mee bezig zijn.",
    "Ik geloof dat de overheid beter wordt als we kennis delen over de grenzen van onze organisaties heen.",
    "Vraag me gerust om een kop koffie, online of in het echt.",
    "Ik schrijf af en toe over mijn werk; reacties zijn welkom.",
    "Lid van het netwerk omdat je samen verder komt dan alleen.",
    "Buiten werktijd vaak op de fiets of in de moestuin te vinden.",
    "Nieuwsgierig naar hoe andere overheden dit aanpakken.",
];

/// One to three sentences of markdown; mentions only what the member made public.
fn bio(rng: &mut Rng, job: Option<&str>, org: Option<&Organisation>, expertise: Option<&[String]>) -> String {
    let mut sentences = Vec::new();
    match (job, org) {
        (Some(job), Some(org)) => sentences.push(format!(
            "Ik werk als {} bij {}.",
            vocab::in_sentence(job),
            with_article(&org.name)
        )),
        (Some(job), None) => sentences.push(format!("Ik werk als {}.", vocab::in_sentence(job))),
        (None, Some(org)) => sentences.push(format!("Ik werk bij {}.", with_article(&org.name))),
        (None, None) => {}
    }
    if let Some([first, second, ..]) = expertise {
        if rng.percent(60) {
            sentences.push(format!("Mijn onderwerpen: **{first}** en **{second}**."));
        }
    }
    let closers = rng.range(if sentences.is_empty() { 1 } else { 0 }, 1) as usize;
    for i in rng.sample(CLOSERS.len(), closers) {
        sentences.push(CLOSERS[i].to_owned());
    }
    sentences.truncate(3);
    sentences.join(" ")
}

/// Links on reserved example domains: a made-up handle on a real site could be a real person.
fn links(rng: &mut Rng, id: &MemberId) -> MemberLinks {
    let handle = id.as_str().trim_start_matches("m-");
    let mut links = MemberLinks::default();
    if rng.percent(35) {
        links.website = Some(format!("https://{handle}.example.org"));
    }
    if rng.percent(60) {
        links.linkedin = Some(format!("https://linkedin.example.org/in/{handle}"));
    }
    if links.is_empty() || rng.percent(25) {
        links.mastodon = Some(format!("https://social.example.org/@{}", handle.replace('-', "")));
    }
    links
}

/// The member as a visitor sees them: fields that are not public are removed.
pub fn public_view(mut m: Member) -> Member {
    let public = |field: &str| m.visibility.get(field) == Some(&Visibility::Public);
    let (job, bio, org, links, expertise) = (
        public("job_title"),
        public("bio"),
        public("organisation"),
        public("links"),
        public("expertise"),
    );
    if !job {
        m.job_title = None;
    }
    if !bio {
        m.bio = None;
    }
    if !org {
        m.organisation = None;
    }
    if !links {
        m.links = MemberLinks::default();
    }
    if !expertise {
        m.expertise.clear();
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_names_get_a_number() {
        let mut used = BTreeSet::new();
        assert_eq!(unique_id(&mut used, "Sanne de Vries").as_str(), "m-sanne-de-vries");
        assert_eq!(unique_id(&mut used, "Sanne de Vries").as_str(), "m-sanne-de-vries-2");
        assert_eq!(unique_id(&mut used, "Zoë van 't Hof").as_str(), "m-zoe-van-t-hof");
    }

    #[test]
    fn articles_before_organisations() {
        assert_eq!(with_article("Gemeente Zwolle"), "de Gemeente Zwolle");
        assert_eq!(with_article("Wetterskip Fryslân"), "het Wetterskip Fryslân");
        assert_eq!(with_article("Rijkswaterstaat"), "Rijkswaterstaat");
    }

    #[test]
    fn bios_do_not_mention_hidden_fields() {
        let mut rng = Rng::new(5);
        for _ in 0..50 {
            let text = bio(&mut rng, None, None, None);
            assert!(!text.is_empty());
            assert!(!text.contains("Ik werk"), "{text}");
            assert!(!text.contains("**"), "{text}");
        }
    }
}
