//! Who is in which theme group, with which role.

use knooppunt::model::{Membership, MembershipId, MembershipStatus, Theme, ThemeAccess, ThemeRole, Timestamp};

use crate::clock::{DAY, HOUR, NOW};
use crate::members::{Person, JOSE_ID};
use crate::rng::Rng;
use crate::themes::{self, THEMES};

/// José's themes, so that tests and docs can rely on them; José owns "Open data".
const JOSE_THEMES: [&str; 4] = ["Open data", "Participatie", "Data en AI", "Ambtenaar 2.0 moet doorgaan"];
const JOSE_OWNS: &str = "Open data";

/// Memberships of every member (1–4 themes each, by popularity and matching expertise),
/// then one owner and 1–3 moderators per theme, then a few pending requests for
/// `on_request` themes. Sets each theme's `member_count` to its active memberships.
pub fn generate(rng: &mut Rng, people: &[Person], themes: &mut [Theme], pending_per_theme: usize) -> Vec<Membership> {
    // (theme index, member index, created_at) of active memberships.
    let mut active: Vec<(usize, usize, Timestamp)> = Vec::new();
    for (mi, person) in people.iter().enumerate() {
        let chosen = if person.member.id.as_str() == JOSE_ID {
            JOSE_THEMES.iter().filter_map(|name| themes::index_of(name)).collect()
        } else {
            choose_themes(rng, person)
        };
        for ti in chosen {
            let at = joined(rng, person, &themes[ti]);
            active.push((ti, mi, at));
        }
    }

    let roles = assign_roles(rng, &active, people, themes.len());

    let mut out: Vec<Membership> = Vec::with_capacity(active.len() + pending_per_theme * themes.len());
    for (k, &(ti, mi, at)) in active.iter().enumerate() {
        out.push(Membership {
            id: MembershipId(String::new()),
            theme: themes[ti].id.clone(),
            member: people[mi].member.id.clone(),
            role: roles[k],
            status: MembershipStatus::Active,
            created_at: at,
        });
        themes[ti].member_count += 1;
    }

    out.extend(pending(rng, &active, people, themes, pending_per_theme));
    for (i, m) in out.iter_mut().enumerate() {
        m.id = MembershipId(format!("ms-{:06}", i + 1));
    }
    out
}

/// 1–4 distinct themes; a theme whose tags match the member's expertise is far more likely.
fn choose_themes(rng: &mut Rng, person: &Person) -> Vec<usize> {
    let count = [1, 2, 3, 4][rng.weighted(&[35, 35, 20, 10])];
    let mut weights: Vec<u32> = THEMES
        .iter()
        .map(|t| {
            let matches = t
                .tags
                .iter()
                .filter(|tag| person.member.expertise.iter().any(|e| e == *tag))
                .count();
            t.popularity + 8 * matches as u32
        })
        .collect();
    let mut chosen = Vec::with_capacity(count);
    for _ in 0..count {
        let ti = rng.weighted(&weights);
        if weights[ti] == 0 {
            break;
        }
        weights[ti] = 0;
        chosen.push(ti);
    }
    chosen
}

/// When a member joined a theme: after both the theme and the member existed, before now.
fn joined(rng: &mut Rng, person: &Person, theme: &Theme) -> Timestamp {
    let from = person.member.joined_at.0.max(theme.created_at.0) + HOUR;
    let to = NOW.0 - DAY;
    Timestamp(rng.range(from.min(to), to))
}

/// Roles per active membership: the earliest member of a theme owns it (José owns
/// "Open data"), and 1–3 others moderate.
fn assign_roles(
    rng: &mut Rng,
    active: &[(usize, usize, Timestamp)],
    people: &[Person],
    n_themes: usize,
) -> Vec<ThemeRole> {
    let mut roles = vec![ThemeRole::Member; active.len()];
    for (ti, def) in THEMES.iter().enumerate().take(n_themes) {
        let mut in_theme: Vec<usize> = (0..active.len()).filter(|&k| active[k].0 == ti).collect();
        if in_theme.is_empty() {
            continue;
        }
        in_theme.sort_by_key(|&k| (active[k].2, k));
        let jose_owner = def.name == JOSE_OWNS;
        let owner = in_theme
            .iter()
            .copied()
            .find(|&k| jose_owner && people[active[k].1].member.id.as_str() == JOSE_ID)
            .unwrap_or(in_theme[0]);
        roles[owner] = ThemeRole::Owner;
        let others: Vec<usize> = in_theme.into_iter().filter(|&k| k != owner).collect();
        let moderators = rng.range(1, 3) as usize;
        for i in rng.sample(others.len(), moderators) {
            roles[others[i]] = ThemeRole::Moderator;
        }
    }
    roles
}

/// Recent requests to join `on_request` themes from members with room for one more theme.
fn pending(
    rng: &mut Rng,
    active: &[(usize, usize, Timestamp)],
    people: &[Person],
    themes: &[Theme],
    per_theme: usize,
) -> Vec<Membership> {
    let mut count_of = vec![0usize; people.len()];
    for &(_, mi, _) in active {
        count_of[mi] += 1;
    }
    let mut out = Vec::new();
    for (ti, theme) in themes.iter().enumerate() {
        if theme.access != ThemeAccess::OnRequest {
            continue;
        }
        let mut added = 0;
        let mut tries = 0;
        while added < per_theme && tries < per_theme * 50 {
            tries += 1;
            let mi = rng.index(people.len());
            let busy = count_of[mi] >= 4
                || people[mi].member.id.as_str() == JOSE_ID
                || active.iter().any(|&(t, m, _)| t == ti && m == mi)
                || out
                    .iter()
                    .any(|p: &Membership| p.theme == theme.id && p.member == people[mi].member.id);
            if busy {
                continue;
            }
            count_of[mi] += 1;
            added += 1;
            out.push(Membership {
                id: MembershipId(String::new()),
                theme: theme.id.clone(),
                member: people[mi].member.id.clone(),
                role: ThemeRole::Member,
                status: MembershipStatus::Pending,
                created_at: Timestamp(NOW.0 - rng.range(2 * HOUR, 20 * DAY)),
            });
        }
    }
    out
}
