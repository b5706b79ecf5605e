//! The directory answered in the browser: every member's searchable words and
//! filter values are worked out once, so a query is one pass over plain data.

use super::{DirectoryFacets, DirectoryFilter, DirectoryResult, FacetCount, MemberQuery, MemberSort, NamedFacetCount};
use crate::model::ids::{OrganisationId, ThemeId};
use crate::model::member::Member;
use crate::model::organisation::{Organisation, OrganisationKind, Province};
use crate::model::page::Page;
use crate::model::text;
use crate::model::theme::{Membership, MembershipStatus, ThemeRef};
use std::collections::HashMap;

/// What one member is found by, resolved once.
struct Entry {
    /// Folded words of name, organisation, job title and expertise.
    words: Vec<String>,
    /// Folded name, so sorting needs no work per query.
    sort_name: String,
    /// Index into `organisations`.
    organisation: Option<usize>,
    /// Their own province, else their organisation's.
    area: Option<Province>,
    kind: Option<OrganisationKind>,
    /// Indices into `themes` of their active memberships.
    themes: Vec<usize>,
    /// [`MemberQuery::expertise_key`] of each tag.
    expertise_keys: Vec<String>,
}

/// A member directory that searches, filters, counts and pages in memory.
pub struct DirectoryIndex {
    members: Vec<Member>,
    entries: Vec<Entry>,
    organisations: Vec<Organisation>,
    themes: Vec<ThemeRef>,
}

/// Which filters of a query one member passes, one bit per [`DirectoryFilter`].
#[derive(Clone, Copy)]
struct Passes(u8);

impl Passes {
    const ALL: u8 = (1 << DirectoryFilter::ALL.len()) - 1;

    fn bit(filter: DirectoryFilter) -> u8 {
        1 << (filter as u8)
    }

    fn all(self) -> bool {
        self.0 == Self::ALL
    }

    /// Passes every filter except perhaps `filter`: counts for `filter`'s values.
    fn all_but(self, filter: DirectoryFilter) -> bool {
        self.0 | Self::bit(filter) == Self::ALL
    }
}

impl DirectoryIndex {
    /// `memberships` decide the theme filter; only active ones count.
    pub fn new(
        members: Vec<Member>,
        organisations: &[Organisation],
        themes: &[ThemeRef],
        memberships: &[Membership],
    ) -> Self {
        let org_position: HashMap<&OrganisationId, usize> =
            organisations.iter().enumerate().map(|(i, o)| (&o.id, i)).collect();
        let theme_position: HashMap<&ThemeId, usize> = themes.iter().enumerate().map(|(i, t)| (&t.id, i)).collect();
        let mut member_themes: HashMap<&str, Vec<usize>> = HashMap::new();
        for membership in memberships.iter().filter(|m| m.status == MembershipStatus::Active) {
            if let Some(&theme) = theme_position.get(&membership.theme) {
                member_themes.entry(membership.member.as_str()).or_default().push(theme);
            }
        }
        let entries = members
            .iter()
            .map(|m| {
                let organisation = m.organisation.as_ref().and_then(|id| org_position.get(id).copied());
                let org = organisation.map(|i| &organisations[i]);
                let mut haystack = String::new();
                for part in [
                    Some(m.name.as_str()),
                    org.map(|o| o.name.as_str()),
                    m.job_title.as_deref(),
                ]
                .into_iter()
                .flatten()
                .chain(m.expertise.iter().map(String::as_str))
                {
                    haystack.push_str(part);
                    haystack.push(' ');
                }
                Entry {
                    words: text::words(&haystack).collect(),
                    sort_name: text::fold(&m.name),
                    organisation,
                    area: m.province.or_else(|| org.and_then(|o| o.province)),
                    kind: org.map(|o| o.kind),
                    themes: member_themes.remove(m.id.as_str()).unwrap_or_default(),
                    expertise_keys: m.expertise.iter().map(|t| MemberQuery::expertise_key(t)).collect(),
                }
            })
            .collect();
        DirectoryIndex {
            members,
            entries,
            organisations: organisations.to_vec(),
            themes: themes.to_vec(),
        }
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.id.as_str() == id)
    }

    /// Which of `query`'s filters the member at `i` passes.
    fn passes(&self, i: usize, query: &MemberQuery, expertise: Option<&str>) -> Passes {
        let entry = &self.entries[i];
        let org_id = entry.organisation.map(|o| &self.organisations[o].id);
        let theme_ids = || entry.themes.iter().map(|&t| &self.themes[t].id);
        let checks = [
            (
                DirectoryFilter::Province,
                query.province.is_none_or(|p| entry.area == Some(p)),
            ),
            (DirectoryFilter::Kind, query.kind.is_none_or(|k| entry.kind == Some(k))),
            (
                DirectoryFilter::Organisation,
                query.organisation.as_ref().is_none_or(|o| org_id == Some(o)),
            ),
            (
                DirectoryFilter::Theme,
                query.theme.as_ref().is_none_or(|t| theme_ids().any(|id| id == t)),
            ),
            (
                DirectoryFilter::Expertise,
                expertise.is_none_or(|key| entry.expertise_keys.iter().any(|k| k == key)),
            ),
        ];
        Passes(
            checks
                .into_iter()
                .filter(|(_, ok)| *ok)
                .fold(0, |bits, (filter, _)| bits | Passes::bit(filter)),
        )
    }

    /// The members matching `query`, sorted and paged, with the counts for every filter value.
    pub fn search(&self, query: &MemberQuery) -> DirectoryResult {
        let words: Vec<String> = text::words(&query.text).collect();
        let expertise = query.expertise.as_deref().map(MemberQuery::expertise_key);
        let mut tally = Tally::new(self);
        let mut hits = Vec::new();
        for i in 0..self.entries.len() {
            if !text::matches_prefixes(&words, &self.entries[i].words) {
                continue;
            }
            let passes = self.passes(i, query, expertise.as_deref());
            tally.add(&self.entries[i], &self.members[i], passes);
            if passes.all() {
                hits.push(i);
            }
        }
        match query.sort {
            MemberSort::Name => hits.sort_by(|&a, &b| {
                self.entries[a]
                    .sort_name
                    .cmp(&self.entries[b].sort_name)
                    .then(a.cmp(&b))
            }),
            MemberSort::Newest => hits.sort_by(|&a, &b| {
                self.members[b]
                    .joined_at
                    .cmp(&self.members[a].joined_at)
                    .then(a.cmp(&b))
            }),
        }
        let page = Page::slice(hits, query.page);
        let mut organisations: Vec<Organisation> = Vec::new();
        for org in page.items.iter().filter_map(|&i| self.entries[i].organisation) {
            let org = &self.organisations[org];
            if !organisations.iter().any(|o| o.id == org.id) {
                organisations.push(org.clone());
            }
        }
        DirectoryResult {
            page: Page {
                items: page.items.iter().map(|&i| self.members[i].clone()).collect(),
                page: page.page,
                per_page: page.per_page,
                total: page.total,
            },
            facets: tally.finish(self, query, expertise.as_deref()),
            organisations,
        }
    }
}

/// Counts per filter value, gathered in the same pass as the results.
struct Tally<'a> {
    provinces: [u32; Province::ALL.len()],
    kinds: [u32; OrganisationKind::ALL.len()],
    organisations: Vec<u32>,
    themes: Vec<u32>,
    /// By expertise key: a spelling as written, and the count. Borrowed from the index,
    /// so counting allocates nothing per member.
    expertise: HashMap<&'a str, (&'a str, u32)>,
}

impl<'a> Tally<'a> {
    fn new(index: &DirectoryIndex) -> Self {
        Tally {
            provinces: [0; Province::ALL.len()],
            kinds: [0; OrganisationKind::ALL.len()],
            organisations: vec![0; index.organisations.len()],
            themes: vec![0; index.themes.len()],
            expertise: HashMap::new(),
        }
    }

    fn add(&mut self, entry: &'a Entry, member: &'a Member, passes: Passes) {
        if passes.all_but(DirectoryFilter::Province) {
            if let Some(p) = entry.area.and_then(|a| Province::ALL.iter().position(|&p| p == a)) {
                self.provinces[p] += 1;
            }
        }
        if passes.all_but(DirectoryFilter::Kind) {
            if let Some(k) = entry
                .kind
                .and_then(|a| OrganisationKind::ALL.iter().position(|&k| k == a))
            {
                self.kinds[k] += 1;
            }
        }
        if passes.all_but(DirectoryFilter::Organisation) {
            if let Some(o) = entry.organisation {
                self.organisations[o] += 1;
            }
        }
        if passes.all_but(DirectoryFilter::Theme) {
            for &t in &entry.themes {
                self.themes[t] += 1;
            }
        }
        if passes.all_but(DirectoryFilter::Expertise) {
            for (key, tag) in entry.expertise_keys.iter().zip(&member.expertise) {
                if key.is_empty() {
                    continue;
                }
                self.expertise.entry(key.as_str()).or_insert((tag.as_str(), 0)).1 += 1;
            }
        }
    }

    fn finish(self, index: &DirectoryIndex, query: &MemberQuery, expertise: Option<&str>) -> DirectoryFacets {
        let named = |counts: &[u32], id_name: &dyn Fn(usize) -> (String, String), chosen: Option<&str>| {
            let mut list: Vec<(String, String, u32)> = counts
                .iter()
                .enumerate()
                .filter_map(|(i, &count)| {
                    let (id, name) = id_name(i);
                    (count > 0 || chosen == Some(id.as_str())).then_some((id, name, count))
                })
                .collect();
            list.sort_by_cached_key(|(id, name, _)| (text::fold(name), id.clone()));
            list
        };
        let organisations = named(
            &self.organisations,
            &|i| {
                let o = &index.organisations[i];
                (o.id.to_string(), o.name.clone())
            },
            query.organisation.as_ref().map(OrganisationId::as_str),
        )
        .into_iter()
        .map(|(id, name, count)| NamedFacetCount {
            value: OrganisationId(id),
            name,
            count,
        })
        .collect();
        let themes = named(
            &self.themes,
            &|i| {
                let t = &index.themes[i];
                (t.id.to_string(), t.name.clone())
            },
            query.theme.as_ref().map(ThemeId::as_str),
        )
        .into_iter()
        .map(|(id, name, count)| NamedFacetCount {
            value: ThemeId(id),
            name,
            count,
        })
        .collect();
        let mut tags: Vec<(String, String, u32)> = self
            .expertise
            .into_iter()
            .map(|(key, (tag, count))| (key.to_owned(), tag.to_owned(), count))
            .collect();
        tags.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        let chosen = expertise.and_then(|key| {
            let position = tags.iter().position(|(k, _, _)| k == key);
            match position {
                Some(p) if p < DirectoryFacets::MAX_EXPERTISE => None,
                Some(p) => Some(tags[p].clone()),
                None => query.expertise.clone().map(|tag| (key.to_owned(), tag, 0)),
            }
        });
        tags.truncate(DirectoryFacets::MAX_EXPERTISE);
        tags.extend(chosen);
        DirectoryFacets {
            provinces: Province::ALL
                .iter()
                .zip(self.provinces)
                .map(|(&value, count)| FacetCount { value, count })
                .collect(),
            kinds: OrganisationKind::ALL
                .iter()
                .zip(self.kinds)
                .map(|(&value, count)| FacetCount { value, count })
                .collect(),
            organisations,
            themes,
            expertise: tags
                .into_iter()
                .map(|(_, value, count)| FacetCount { value, count })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::page::PageRequest;
    use crate::model::{MemberId, MemberLinks, Timestamp};

    fn org(id: &str, name: &str, kind: OrganisationKind, province: Province) -> Organisation {
        Organisation {
            id: OrganisationId::from(id),
            name: name.into(),
            kind,
            province: Some(province),
            website: None,
        }
    }

    fn member(id: &str, name: &str, org: &str, job: &str, joined: &str, expertise: &[&str]) -> Member {
        Member {
            id: MemberId::from(id),
            name: name.into(),
            avatar: None,
            organisation: Some(OrganisationId::from(org)),
            job_title: Some(job.into()),
            bio: None,
            expertise: expertise.iter().map(|t| t.to_string()).collect(),
            province: None,
            links: MemberLinks::default(),
            joined_at: Timestamp::parse(joined).unwrap(),
            visibility: Default::default(),
        }
    }

    fn theme(id: &str, name: &str) -> ThemeRef {
        ThemeRef {
            id: ThemeId::from(id),
            slug: id.into(),
            name: name.into(),
        }
    }

    fn membership(member: &str, theme: &str, status: MembershipStatus) -> Membership {
        Membership {
            id: crate::model::ids::MembershipId(format!("{member}-{theme}")),
            theme: ThemeId::from(theme),
            member: MemberId::from(member),
            role: crate::model::ThemeRole::Member,
            status,
            created_at: Timestamp::parse("2024-01-01T00:00:00Z").unwrap(),
        }
    }

    fn index() -> DirectoryIndex {
        let orgs = [
            org(
                "den-bosch",
                "Gemeente 's-Hertogenbosch",
                OrganisationKind::Gemeente,
                Province::NoordBrabant,
            ),
            org(
                "utrecht",
                "Gemeente Utrecht",
                OrganisationKind::Gemeente,
                Province::Utrecht,
            ),
            org(
                "hdsr",
                "Hoogheemraadschap De Stichtse Rijnlanden",
                OrganisationKind::Waterschap,
                Province::Utrecht,
            ),
        ];
        let themes = [theme("t-woo", "Woo"), theme("t-data", "Open data")];
        let memberships = [
            membership("1", "t-woo", MembershipStatus::Active),
            membership("2", "t-woo", MembershipStatus::Active),
            membership("3", "t-woo", MembershipStatus::Pending),
            membership("3", "t-data", MembershipStatus::Active),
        ];
        DirectoryIndex::new(
            vec![
                member(
                    "1",
                    "José Bakker",
                    "den-bosch",
                    "Beleidsadviseur",
                    "2024-01-01T00:00:00Z",
                    &["Open data", "Woo"],
                ),
                member(
                    "2",
                    "Anna de Wit",
                    "utrecht",
                    "Communicatieadviseur",
                    "2025-01-01T00:00:00Z",
                    &["open-data"],
                ),
                member(
                    "3",
                    "Émile Zwart",
                    "hdsr",
                    "Data-analist",
                    "2023-01-01T00:00:00Z",
                    &["Waterbeheer"],
                ),
            ],
            &orgs,
            &themes,
            &memberships,
        )
    }

    fn names(result: &DirectoryResult) -> Vec<&str> {
        result.page.items.iter().map(|m| m.name.as_str()).collect()
    }

    fn query(text: &str) -> MemberQuery {
        MemberQuery {
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn finds_by_name_without_accents_and_by_organisation() {
        let idx = index();
        assert_eq!(names(&idx.search(&query("jose"))), ["José Bakker"]);
        assert_eq!(names(&idx.search(&query("s-hertogenbosch"))), ["José Bakker"]);
        assert_eq!(names(&idx.search(&query("'s-Hertogenbosch"))), ["José Bakker"]);
        assert_eq!(names(&idx.search(&query("EMILE"))), ["Émile Zwart"]);
    }

    #[test]
    fn every_word_must_start_a_word_of_the_profile() {
        let idx = index();
        assert_eq!(names(&idx.search(&query("utrecht adviseur"))), Vec::<&str>::new());
        assert_eq!(names(&idx.search(&query("utrecht communicatie"))), ["Anna de Wit"]);
        assert_eq!(names(&idx.search(&query("bak"))), ["José Bakker"]);
        assert_eq!(
            names(&idx.search(&query("akker"))),
            Vec::<&str>::new(),
            "prefixes only, not infixes"
        );
    }

    #[test]
    fn province_comes_from_the_organisation_and_counts_ignore_its_own_filter() {
        let idx = index();
        let q = MemberQuery {
            province: Some(Province::Utrecht),
            ..Default::default()
        };
        let result = idx.search(&q);
        assert_eq!(names(&result), ["Anna de Wit", "Émile Zwart"]);
        assert_eq!(result.facets.province_count(Province::Utrecht), 2);
        assert_eq!(result.facets.province_count(Province::NoordBrabant), 1);
        assert_eq!(result.facets.province_count(Province::Zeeland), 0);
        assert_eq!(result.facets.provinces.len(), 12);
    }

    #[test]
    fn kinds_themes_and_tags_filter_and_count() {
        let idx = index();
        let all = idx.search(&MemberQuery::default());
        assert_eq!(all.facets.kind_count(OrganisationKind::Gemeente), 2);
        assert_eq!(all.facets.kind_count(OrganisationKind::Waterschap), 1);
        let themes: Vec<(&str, u32)> = all.facets.themes.iter().map(|t| (t.name.as_str(), t.count)).collect();
        assert_eq!(
            themes,
            [("Open data", 1), ("Woo", 2)],
            "pending members are not counted"
        );
        let tags: Vec<(&str, u32)> = all
            .facets
            .expertise
            .iter()
            .map(|t| (t.value.as_str(), t.count))
            .collect();
        assert_eq!(tags, [("Open data", 2), ("Waterbeheer", 1), ("Woo", 1)]);

        let woo = MemberQuery {
            theme: Some(ThemeId::from("t-woo")),
            kind: Some(OrganisationKind::Gemeente),
            ..Default::default()
        };
        let result = idx.search(&woo);
        assert_eq!(names(&result), ["Anna de Wit", "José Bakker"]);
        assert_eq!(
            result.facets.kind_count(OrganisationKind::Waterschap),
            0,
            "Émile is not an active member of Woo"
        );
    }

    #[test]
    fn the_chosen_value_stays_listed_when_nothing_matches() {
        let idx = index();
        let q = MemberQuery {
            text: "jose".into(),
            organisation: Some(OrganisationId::from("hdsr")),
            expertise: Some("Bestaat niet".into()),
            ..Default::default()
        };
        let facets = idx.search(&q).facets;
        assert!(facets
            .organisations
            .iter()
            .any(|o| o.value.as_str() == "hdsr" && o.count == 0));
        assert!(facets
            .expertise
            .iter()
            .any(|t| t.value == "Bestaat niet" && t.count == 0));
    }

    /// Every count must equal the number of results choosing that value gives.
    #[test]
    fn each_count_is_the_total_of_choosing_that_value() {
        let idx = index();
        let base_queries = [
            MemberQuery::default(),
            query("adviseur"),
            MemberQuery {
                province: Some(Province::Utrecht),
                ..Default::default()
            },
            MemberQuery {
                theme: Some(ThemeId::from("t-woo")),
                expertise: Some("OPEN DATA".into()),
                ..Default::default()
            },
        ];
        for base in base_queries {
            let facets = idx.search(&base).facets;
            for f in &facets.provinces {
                let q = MemberQuery {
                    province: Some(f.value),
                    ..base.clone()
                };
                assert_eq!(idx.search(&q).page.total, f.count, "{base:?} {f:?}");
            }
            for f in &facets.kinds {
                let q = MemberQuery {
                    kind: Some(f.value),
                    ..base.clone()
                };
                assert_eq!(idx.search(&q).page.total, f.count, "{base:?} {f:?}");
            }
            for f in &facets.organisations {
                let q = MemberQuery {
                    organisation: Some(f.value.clone()),
                    ..base.clone()
                };
                assert_eq!(idx.search(&q).page.total, f.count, "{base:?} {f:?}");
            }
            for f in &facets.themes {
                let q = MemberQuery {
                    theme: Some(f.value.clone()),
                    ..base.clone()
                };
                assert_eq!(idx.search(&q).page.total, f.count, "{base:?} {f:?}");
            }
            for f in &facets.expertise {
                let q = MemberQuery {
                    expertise: Some(f.value.clone()),
                    ..base.clone()
                };
                assert_eq!(idx.search(&q).page.total, f.count, "{base:?} {f:?}");
            }
        }
    }

    #[test]
    fn sorts_by_folded_name_or_newest() {
        let idx = index();
        assert_eq!(
            names(&idx.search(&query(""))),
            ["Anna de Wit", "Émile Zwart", "José Bakker"]
        );
        let newest = MemberQuery {
            sort: MemberSort::Newest,
            ..Default::default()
        };
        assert_eq!(
            names(&idx.search(&newest)),
            ["Anna de Wit", "José Bakker", "Émile Zwart"]
        );
    }

    #[test]
    fn results_carry_the_organisations_of_their_members() {
        let idx = index();
        let result = idx.search(&query("jose"));
        let jose = &result.page.items[0];
        assert_eq!(
            result.organisation_of(jose).map(|o| o.name.as_str()),
            Some("Gemeente 's-Hertogenbosch")
        );
        assert_eq!(result.organisations.len(), 1, "only organisations on this page");
    }

    #[test]
    fn expertise_filter_matches_a_whole_tag_without_case_or_accents() {
        let idx = index();
        let q = |tag: &str| MemberQuery {
            expertise: Some(tag.into()),
            ..Default::default()
        };
        assert_eq!(idx.search(&q("open data")).page.total, 2);
        assert_eq!(idx.search(&q("ÖPEN-DATA")).page.total, 2);
        assert_eq!(
            idx.search(&q("open")).page.total,
            0,
            "a tag matches whole, not by prefix"
        );
    }

    #[test]
    fn pages_report_the_total() {
        let idx = index();
        let q = MemberQuery {
            page: PageRequest::new(2, 2),
            ..Default::default()
        };
        let result = idx.search(&q);
        assert_eq!(result.page.total, 3);
        assert_eq!(names(&result), ["José Bakker"]);
    }
}
