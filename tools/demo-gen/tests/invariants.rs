//! Invariants of the generated networks: what the app and its tests may rely on.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use demo_gen::clock::{DAY, NOW, YEAR};
use demo_gen::{generate, Network, Size};
use knooppunt::model::theme::slugify;
use knooppunt::model::{
    MembershipStatus as Status, OrganisationKind, PostKind, Province, ThemeAccess, ThemeRole as Role, Visibility,
};

fn small() -> &'static Network {
    static NETWORK: OnceLock<Network> = OnceLock::new();
    NETWORK.get_or_init(|| generate(Size::Small))
}

const REQUIRED_THEMES: [&str; 12] = [
    "Ambtenaar 2.0 moet doorgaan",
    "Het Nieuwe Werken",
    "Sociale media in overheidscommunicatie",
    "Decentralisaties in het sociaal domein",
    "Open data",
    "Participatie",
    "Communitymanagement",
    "Informatiebeveiliging",
    "Dienstverlening",
    "Omgevingswet",
    "Innovatie in de overheid",
    "Data en AI",
];

fn assert_unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        assert!(seen.insert(id), "duplicate {what} id {id}");
    }
}

#[test]
fn ids_are_unique_per_collection() {
    let n = small();
    assert_unique("organisation", n.organisations.iter().map(|o| o.id.as_str()));
    assert_unique("member", n.members.iter().map(|m| m.id.as_str()));
    assert_unique("theme", n.themes.iter().map(|t| t.id.as_str()));
    assert_unique("theme slug", n.themes.iter().map(|t| t.slug.as_str()));
    assert_unique("membership", n.memberships.iter().map(|m| m.id.as_str()));
    assert_unique("post", n.posts.iter().map(|p| p.id.as_str()));
    assert_unique("comment", n.comments.iter().map(|c| c.id.as_str()));
    assert_unique("event", n.events.iter().map(|e| e.id.as_str()));
}

#[test]
fn all_twelve_provinces_are_organisations() {
    let n = small();
    for province in Province::ALL {
        let found = n
            .organisations
            .iter()
            .find(|o| o.kind == OrganisationKind::Provincie && o.province == Some(province));
        let org = found.unwrap_or_else(|| panic!("no organisation for {province:?}"));
        assert_eq!(org.name, format!("Provincie {}", province.name()));
        assert_eq!(org.id.as_str(), slugify(&org.name));
    }
}

#[test]
fn municipalities_lie_in_the_right_province() {
    use Province::*;
    // Written down independently of the generator's table, for well-known places.
    let expected = [
        ("Amsterdam", NoordHolland),
        ("'s-Hertogenbosch", NoordBrabant),
        ("Súdwest-Fryslân", Fryslan),
        ("Lelystad", Flevoland),
        ("Maastricht", Limburg),
        ("Middelburg", Zeeland),
        ("Emmen", Drenthe),
        ("Zwolle", Overijssel),
        ("Arnhem", Gelderland),
        ("Utrecht", Utrecht),
        ("Den Haag", ZuidHolland),
        ("Groningen", Groningen),
        ("Rotterdam", ZuidHolland),
        ("Eindhoven", NoordBrabant),
        ("Leeuwarden", Fryslan),
        ("Assen", Drenthe),
        ("Enschede", Overijssel),
        ("Nijmegen", Gelderland),
        ("Haarlem", NoordHolland),
        ("Venlo", Limburg),
    ];
    let n = small();
    let municipalities: Vec<_> = n
        .organisations
        .iter()
        .filter(|o| o.kind == OrganisationKind::Gemeente)
        .collect();
    assert!(
        municipalities.len() >= 80,
        "only {} municipalities",
        municipalities.len()
    );
    for (place, province) in expected {
        let name = format!("Gemeente {place}");
        let org = municipalities
            .iter()
            .find(|o| o.name == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(org.province, Some(province), "{name}");
        assert_eq!(org.id.as_str(), slugify(&name));
    }
    assert!(municipalities
        .iter()
        .any(|o| o.id.as_str() == "gemeente-s-hertogenbosch"));
    for org in &municipalities {
        assert!(org.province.is_some(), "{} has no province", org.name);
        assert!(org.name.starts_with("Gemeente "), "{}", org.name);
    }
}

#[test]
fn other_kinds_of_organisation_are_present() {
    let n = small();
    let count = |kind| n.organisations.iter().filter(|o| o.kind == kind).count();
    assert!(count(OrganisationKind::Waterschap) >= 6);
    assert!(count(OrganisationKind::Rijk) >= 2);
    assert!(count(OrganisationKind::Samenwerkingsverband) >= 3);
    let water = n
        .organisations
        .iter()
        .filter(|o| o.kind == OrganisationKind::Waterschap);
    assert!(water.clone().all(|o| o.province.is_some()));
    let rijk = n.organisations.iter().filter(|o| o.kind == OrganisationKind::Rijk);
    assert!(rijk
        .clone()
        .any(|o| o.name == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"));
    for o in &n.organisations {
        if let Some(site) = &o.website {
            assert!(site.starts_with("https://"), "{site}");
        }
    }
}

#[test]
fn counts_and_required_themes() {
    let n = small();
    assert!(n.members.len() >= 300);
    assert!(n.themes.len() >= 12);
    assert!(n.posts.len() >= 200);
    assert!(n.events.len() >= 15);
    for name in REQUIRED_THEMES {
        let theme = n
            .themes
            .iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("theme {name} missing"));
        assert_eq!(theme.slug, slugify(name));
        assert!(
            !theme.summary.is_empty() && theme.description.contains("\n\n"),
            "{name}"
        );
        assert!(!theme.tags.is_empty(), "{name}");
    }
    for kind in PostKind::ALL {
        assert!(n.posts.iter().any(|p| p.kind == kind), "no {kind:?} post");
    }
    let access = |a| n.themes.iter().filter(|t| t.access == a).count();
    assert!(access(ThemeAccess::Open) > n.themes.len() / 2, "mostly open");
    assert!(access(ThemeAccess::OnRequest) >= 1 && access(ThemeAccess::InviteOnly) >= 1);
}

#[test]
fn references_resolve() {
    let n = small();
    let orgs: BTreeSet<&str> = n.organisations.iter().map(|o| o.id.as_str()).collect();
    let members: HashMap<&str, &str> = n.members.iter().map(|m| (m.id.as_str(), m.name.as_str())).collect();
    let themes: HashMap<&str, _> = n.themes.iter().map(|t| (t.id.as_str(), t)).collect();
    let posts: BTreeSet<&str> = n.posts.iter().map(|p| p.id.as_str()).collect();
    let comments: HashMap<&str, _> = n.comments.iter().map(|c| (c.id.as_str(), c)).collect();

    for m in &n.members {
        if let Some(org) = &m.organisation {
            assert!(orgs.contains(org.as_str()), "{} works at unknown {org}", m.id);
        }
    }
    for ms in &n.memberships {
        assert!(themes.contains_key(ms.theme.as_str()), "{}", ms.id);
        assert!(members.contains_key(ms.member.as_str()), "{}", ms.id);
    }
    let check_theme = |r: &knooppunt::model::ThemeRef, whose: &str| {
        let t = themes
            .get(r.id.as_str())
            .unwrap_or_else(|| panic!("{whose}: unknown theme {}", r.id));
        assert_eq!((&r.slug, &r.name), (&t.slug, &t.name), "{whose}");
    };
    for p in &n.posts {
        assert_eq!(
            members.get(p.author.id.as_str()),
            Some(&p.author.name.as_str()),
            "author of {}",
            p.id
        );
        if let Some(t) = &p.theme {
            check_theme(t, p.id.as_str());
        }
    }
    for c in &n.comments {
        assert!(posts.contains(c.post.as_str()), "{}", c.id);
        assert_eq!(
            members.get(c.author.id.as_str()),
            Some(&c.author.name.as_str()),
            "author of {}",
            c.id
        );
        if let Some(parent) = &c.parent {
            let p = comments
                .get(parent.as_str())
                .unwrap_or_else(|| panic!("{}: unknown parent", c.id));
            assert_eq!(p.post, c.post, "{}: parent on another post", c.id);
            assert!(p.parent.is_none(), "{}: replies are one level deep", c.id);
            assert!(p.created_at < c.created_at, "{}: reply before its parent", c.id);
        }
    }
    for e in &n.events {
        if let Some(t) = &e.theme {
            check_theme(t, e.id.as_str());
        }
    }
}

#[test]
fn member_counts_match_active_memberships() {
    let n = small();
    for t in &n.themes {
        let active = n
            .memberships
            .iter()
            .filter(|m| m.theme == t.id && m.status == Status::Active)
            .count();
        assert_eq!(t.member_count as usize, active, "{}", t.name);
    }
}

#[test]
fn roles_and_requests() {
    let n = small();
    for t in &n.themes {
        let active: Vec<_> = n
            .memberships
            .iter()
            .filter(|m| m.theme == t.id && m.status == Status::Active)
            .collect();
        let owners = active.iter().filter(|m| m.role == Role::Owner).count();
        let moderators = active.iter().filter(|m| m.role == Role::Moderator).count();
        assert_eq!(owners, 1, "{} owners in {}", owners, t.name);
        assert!((1..=3).contains(&moderators), "{moderators} moderators in {}", t.name);
        let pending = n
            .memberships
            .iter()
            .filter(|m| m.theme == t.id && m.status == Status::Pending);
        match t.access {
            ThemeAccess::OnRequest => assert!(pending.count() > 0, "{} has no requests", t.name),
            _ => assert_eq!(pending.count(), 0, "{} cannot be requested", t.name),
        }
    }
    let mut per_member: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for m in &n.memberships {
        let fresh = per_member
            .entry(m.member.as_str())
            .or_default()
            .insert(m.theme.as_str());
        assert!(fresh, "{} is twice in {}", m.member, m.theme);
    }
    assert_eq!(per_member.len(), n.members.len(), "every member is in a theme");
    assert!(per_member.values().all(|themes| (1..=4).contains(&themes.len())));
}

#[test]
fn comment_counts_match_comments() {
    let n = small();
    let mut per_post: HashMap<&str, u32> = HashMap::new();
    for c in &n.comments {
        *per_post.entry(c.post.as_str()).or_default() += 1;
    }
    for p in &n.posts {
        assert_eq!(
            p.comment_count,
            per_post.get(p.id.as_str()).copied().unwrap_or(0),
            "{}",
            p.id
        );
    }
    assert!(n.comments.iter().any(|c| c.parent.is_some()), "some replies");
}

#[test]
fn posts_are_written_by_members_of_their_theme_and_pinned_sparingly() {
    let n = small();
    let active: BTreeSet<(&str, &str)> = n
        .memberships
        .iter()
        .filter(|m| m.status == Status::Active)
        .map(|m| (m.theme.as_str(), m.member.as_str()))
        .collect();
    let themed = n.posts.iter().filter(|p| p.theme.is_some()).count();
    assert!(themed * 10 >= n.posts.len() * 8, "mostly in a theme");
    for p in &n.posts {
        if let Some(t) = &p.theme {
            assert!(
                active.contains(&(t.id.as_str(), p.author.id.as_str())),
                "{} not by a member",
                p.id
            );
        }
        assert!(!p.hidden, "a public snapshot holds no hidden posts");
        // Prose paragraphs; a list is part of the paragraph that introduces it.
        let is_list = |block: &str| block.starts_with("- ") || block.starts_with("1. ");
        let paragraphs = p.body.split("\n\n").filter(|b| !is_list(b)).count();
        assert!((2..=6).contains(&paragraphs), "{}: {paragraphs} paragraphs", p.id);
    }
    for t in &n.themes {
        let pinned = n
            .posts
            .iter()
            .filter(|p| p.pinned && p.theme.as_ref().is_some_and(|r| r.id == t.id))
            .count();
        assert!(pinned <= 1, "{} has {pinned} pinned posts", t.name);
    }
    assert!(n.posts.iter().any(|p| p.pinned));
    assert!(n.posts.iter().all(|p| !p.pinned || p.theme.is_some()));
}

#[test]
fn times_are_plausible() {
    let n = small();
    for m in &n.members {
        assert!(m.joined_at <= NOW && m.joined_at.0 >= NOW.0 - 6 * YEAR, "{}", m.id);
    }
    for p in &n.posts {
        assert!(p.created_at < NOW && p.created_at.0 >= NOW.0 - 2 * YEAR, "{}", p.id);
        if let Some(u) = p.updated_at {
            assert!(u > p.created_at && u <= NOW, "{}", p.id);
        }
    }
    let posts: HashMap<&str, _> = n.posts.iter().map(|p| (p.id.as_str(), p)).collect();
    for c in &n.comments {
        assert!(
            c.created_at > posts[c.post.as_str()].created_at && c.created_at < NOW,
            "{}",
            c.id
        );
    }
    for m in &n.memberships {
        assert!(m.created_at < NOW, "{}", m.id);
    }
}

#[test]
fn meetings() {
    let n = small();
    let past = n.events.iter().filter(|e| e.is_past(NOW)).count();
    assert!(past > 0 && past < n.events.len(), "both past and coming meetings");
    let lelystad = n
        .events
        .iter()
        .find(|e| e.title.starts_with("Netwerkdag") && e.location.as_deref() == Some("Lelystad"));
    assert!(
        lelystad.is_some_and(|e| !e.is_past(NOW)),
        "a coming network day in Lelystad"
    );
    let online = n.events.iter().filter(|e| e.online_url.is_some()).count();
    assert!(online >= 3, "several online meetings");
    for e in &n.events {
        assert!(e.starts_at < e.ends_at, "{}", e.id);
        assert!(
            e.starts_at.0 <= NOW.0 + 183 * DAY,
            "{} more than six months ahead",
            e.id
        );
        if let Some(url) = &e.online_url {
            assert!(url.starts_with("https://meet.jit.si/knooppunt-"), "{url}");
        }
        assert!(e.location.is_some() || e.online_url.is_some(), "{} is nowhere", e.id);
        if let Some(cap) = e.capacity {
            assert!(e.going_count <= cap, "{} overbooked", e.id);
        }
    }
    assert!(n.events.iter().any(|e| e.capacity.is_some()));
}

#[test]
fn jose_bakker_is_there_for_the_tests() {
    let n = small();
    let jose = n
        .members
        .iter()
        .find(|m| m.id.as_str() == "m-jose-bakker")
        .expect("José Bakker");
    assert_eq!(jose.name, "José Bakker");
    assert_eq!(
        jose.organisation.as_ref().map(|o| o.as_str()),
        Some("gemeente-s-hertogenbosch")
    );
    assert!(jose.expertise.iter().any(|e| e == "Open data"));
    assert!(jose.job_title.is_some() && jose.bio.is_some() && !jose.links.is_empty());
    for field in demo_gen::members::PRIVATE_FIELDS {
        assert_eq!(jose.visibility.get(field), Some(&Visibility::Public), "{field}");
    }
    let posts = n.posts.iter().filter(|p| p.author.id == jose.id).count();
    assert!(posts >= 3, "José wrote {posts} posts");
}

#[test]
fn non_public_fields_are_left_out() {
    let n = small();
    let mut hidden_somewhere = 0;
    for m in &n.members {
        let public = |field: &str| m.visibility.get(field) == Some(&Visibility::Public);
        for field in demo_gen::members::PRIVATE_FIELDS {
            assert!(m.visibility.contains_key(field), "{}: no visibility for {field}", m.id);
        }
        if !public("job_title") {
            assert!(m.job_title.is_none(), "{}", m.id);
        }
        if !public("bio") {
            assert!(m.bio.is_none(), "{}", m.id);
        }
        if !public("organisation") {
            assert!(m.organisation.is_none(), "{}", m.id);
        }
        if !public("links") {
            assert!(m.links.is_empty(), "{}", m.id);
        }
        if !public("expertise") {
            assert!(m.expertise.is_empty(), "{}", m.id);
        } else {
            assert!((2..=5).contains(&m.expertise.len()), "{}", m.id);
        }
        hidden_somewhere += usize::from(m.visibility.values().any(|v| *v != Visibility::Public));
    }
    assert!(hidden_somewhere > 0, "some members keep something to themselves");
    for field in demo_gen::members::PRIVATE_FIELDS {
        let public = n
            .members
            .iter()
            .filter(|m| m.visibility.get(field) == Some(&Visibility::Public))
            .count();
        assert!(public * 10 >= n.members.len() * 7, "{field} is mostly public");
    }
}

#[test]
fn generation_is_deterministic() {
    let again = generate(Size::Small);
    assert_eq!(small().files().expect("serialises"), again.files().expect("serialises"));
}

#[test]
fn committed_demo_data_is_up_to_date() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data");
    for (name, fresh) in small().files().expect("serialises") {
        let path = format!("{dir}/{name}");
        let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        assert!(
            committed == fresh,
            "{path} is stale: regenerate with `cargo run -p demo-gen --release -- public/data`"
        );
    }
}

#[test]
fn large_network_has_10000_members_and_50000_posts() {
    let n = generate(Size::Large);
    assert_eq!(n.members.len(), 10_000);
    assert_eq!(n.posts.len(), 50_000);
    assert!(
        (80_000..=120_000).contains(&n.comments.len()),
        "{} comments",
        n.comments.len()
    );
    assert_unique("member", n.members.iter().map(|m| m.id.as_str()));
    let mut per_post: HashMap<&str, u32> = HashMap::new();
    for c in &n.comments {
        *per_post.entry(c.post.as_str()).or_default() += 1;
    }
    assert!(n
        .posts
        .iter()
        .all(|p| p.comment_count == per_post.get(p.id.as_str()).copied().unwrap_or(0)));
    for t in &n.themes {
        let active = n
            .memberships
            .iter()
            .filter(|m| m.theme == t.id && m.status == Status::Active)
            .count();
        assert_eq!(t.member_count as usize, active, "{}", t.name);
    }
}
