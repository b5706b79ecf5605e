//! The member directory: text search, filters and sorting over members.
//!
//! The static adapter builds a [`DirectoryIndex`] once and answers every query
//! from it in the browser; a server backend answers the same [`MemberQuery`].

use super::ids::OrganisationId;
use super::member::Member;
use super::organisation::{Organisation, Province};
use super::page::{Page, PageRequest};
use super::text;
use std::collections::HashMap;

/// How the directory is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MemberSort {
    #[default]
    Name,
    Newest,
}

impl MemberSort {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "naam",
            Self::Newest => "nieuw",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::Name, Self::Newest].into_iter().find(|s| s.as_str() == value)
    }
}

/// A directory query: what the search box, filters and sort say.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MemberQuery {
    pub text: String,
    pub province: Option<Province>,
    pub organisation: Option<OrganisationId>,
    /// One expertise tag, matched without regard to case or accents.
    pub expertise: Option<String>,
    pub sort: MemberSort,
    pub page: PageRequest,
}

impl MemberQuery {
    /// Reads a query from URL parameters (`q`, `provincie`, `organisatie`, `expertise`, `sortering`, `pagina`);
    /// unknown values fall back to the default rather than failing.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        let page = get("pagina").and_then(|p| p.parse().ok()).unwrap_or(1);
        MemberQuery {
            text: get("q").unwrap_or_default(),
            province: get("provincie").as_deref().and_then(Province::parse),
            organisation: get("organisatie").filter(|o| !o.is_empty()).map(OrganisationId),
            expertise: get("expertise").filter(|e| !e.trim().is_empty()),
            sort: get("sortering")
                .as_deref()
                .and_then(MemberSort::parse)
                .unwrap_or_default(),
            page: PageRequest::new(page, PageRequest::DEFAULT_PER_PAGE),
        }
    }

    /// The URL search string for this query (`?q=jose&provincie=utrecht`), empty for the default query.
    pub fn to_search(&self) -> String {
        let mut params: Vec<(&str, String)> = Vec::new();
        if !self.text.is_empty() {
            params.push(("q", self.text.clone()));
        }
        if let Some(province) = self.province {
            params.push(("provincie", province.as_str().to_owned()));
        }
        if let Some(org) = &self.organisation {
            params.push(("organisatie", org.to_string()));
        }
        if let Some(tag) = &self.expertise {
            params.push(("expertise", tag.clone()));
        }
        if self.sort != MemberSort::default() {
            params.push(("sortering", self.sort.as_str().to_owned()));
        }
        if self.page.page > 1 {
            params.push(("pagina", self.page.page.to_string()));
        }
        text::query_string(&params)
    }

    /// The same query on another page.
    pub fn with_page(&self, page: u32) -> Self {
        MemberQuery {
            page: PageRequest::new(page, self.page.per_page),
            ..self.clone()
        }
    }
}

/// Per member the folded words search looks at, built once.
pub struct DirectoryIndex {
    members: Vec<Member>,
    words: Vec<Vec<String>>,
    /// The province a member is found under: their own, else their organisation's.
    provinces: Vec<Option<Province>>,
    /// Folded names, so sorting by name needs no work per query.
    sort_names: Vec<String>,
    /// Each member's organisation (index into `organisations`), resolved once.
    member_organisation: Vec<Option<usize>>,
    organisations: Vec<Organisation>,
}

impl DirectoryIndex {
    pub fn new(members: Vec<Member>, organisations: &[Organisation]) -> Self {
        let positions: HashMap<&OrganisationId, usize> =
            organisations.iter().enumerate().map(|(i, o)| (&o.id, i)).collect();
        let member_organisation: Vec<Option<usize>> = members
            .iter()
            .map(|m| m.organisation.as_ref().and_then(|id| positions.get(id).copied()))
            .collect();
        let org_of = |i: usize| member_organisation[i].map(|o| &organisations[o]);
        let words = members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let mut haystack = String::new();
                for part in [
                    Some(m.name.as_str()),
                    org_of(i).map(|o| o.name.as_str()),
                    m.job_title.as_deref(),
                ]
                .into_iter()
                .flatten()
                {
                    haystack.push_str(part);
                    haystack.push(' ');
                }
                for tag in &m.expertise {
                    haystack.push_str(tag);
                    haystack.push(' ');
                }
                text::words(&haystack).collect()
            })
            .collect();
        let provinces = members
            .iter()
            .enumerate()
            .map(|(i, m)| m.province.or_else(|| org_of(i).and_then(|o| o.province)))
            .collect();
        let sort_names = members.iter().map(|m| text::fold(&m.name)).collect();
        DirectoryIndex {
            members,
            words,
            provinces,
            sort_names,
            member_organisation,
            organisations: organisations.to_vec(),
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

    /// Indices of members matching the text, organisation and expertise, ignoring the province filter.
    fn matching_text(&self, query: &MemberQuery) -> Vec<usize> {
        let words: Vec<String> = text::words(&query.text).collect();
        let expertise = query.expertise.as_deref().map(text::fold);
        (0..self.members.len())
            .filter(|&i| text::matches_prefixes(&words, &self.words[i]))
            .filter(|&i| {
                query
                    .organisation
                    .as_ref()
                    .is_none_or(|org| self.members[i].organisation.as_ref() == Some(org))
            })
            .filter(|&i| {
                expertise
                    .as_ref()
                    .is_none_or(|wanted| self.members[i].expertise.iter().any(|tag| &text::fold(tag) == wanted))
            })
            .collect()
    }

    /// The members matching `query`, sorted and paged, with per-province counts for the
    /// other filters (a province's count ignores the province filter itself, so each option
    /// says how many results choosing it would give).
    pub fn search(&self, query: &MemberQuery) -> DirectoryResult {
        let candidates = self.matching_text(query);
        let mut province_counts: Vec<(Province, u32)> = Province::ALL.iter().map(|&p| (p, 0)).collect();
        for &i in &candidates {
            if let Some(p) = self.provinces[i] {
                if let Some(entry) = province_counts.iter_mut().find(|(q, _)| *q == p) {
                    entry.1 += 1;
                }
            }
        }
        let mut hits: Vec<usize> = candidates
            .into_iter()
            .filter(|&i| query.province.is_none_or(|p| self.provinces[i] == Some(p)))
            .collect();
        match query.sort {
            MemberSort::Name => hits.sort_by(|&a, &b| self.sort_names[a].cmp(&self.sort_names[b]).then(a.cmp(&b))),
            MemberSort::Newest => hits.sort_by(|&a, &b| {
                self.members[b]
                    .joined_at
                    .cmp(&self.members[a].joined_at)
                    .then(a.cmp(&b))
            }),
        }
        let page = Page::slice(hits, query.page);
        let mut organisations: Vec<Organisation> = Vec::new();
        for org in page.items.iter().filter_map(|&i| self.member_organisation[i]) {
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
            province_counts,
            organisations,
        }
    }
}

/// One page of directory results and the counts the filters show.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryResult {
    pub page: Page<Member>,
    pub province_counts: Vec<(Province, u32)>,
    /// The organisations of the members on this page, so a list needs no second request.
    pub organisations: Vec<Organisation>,
}

impl DirectoryResult {
    /// The organisation of a member on this page.
    pub fn organisation_of(&self, member: &Member) -> Option<&Organisation> {
        let id = member.organisation.as_ref()?;
        self.organisations.iter().find(|o| &o.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MemberId, MemberLinks, OrganisationKind, Timestamp};

    fn org(id: &str, name: &str, province: Province) -> Organisation {
        Organisation {
            id: OrganisationId::from(id),
            name: name.into(),
            kind: OrganisationKind::Gemeente,
            province: Some(province),
            website: None,
        }
    }

    fn member(id: &str, name: &str, org: &str, job: &str, joined: &str) -> Member {
        Member {
            id: MemberId::from(id),
            name: name.into(),
            avatar: None,
            organisation: Some(OrganisationId::from(org)),
            job_title: Some(job.into()),
            bio: None,
            expertise: vec!["Open data".into()],
            province: None,
            links: MemberLinks::default(),
            joined_at: Timestamp::parse(joined).unwrap(),
            visibility: Default::default(),
        }
    }

    fn index() -> DirectoryIndex {
        let orgs = [
            org("den-bosch", "Gemeente 's-Hertogenbosch", Province::NoordBrabant),
            org("utrecht", "Gemeente Utrecht", Province::Utrecht),
        ];
        DirectoryIndex::new(
            vec![
                member(
                    "1",
                    "José Bakker",
                    "den-bosch",
                    "Beleidsadviseur",
                    "2024-01-01T00:00:00Z",
                ),
                member(
                    "2",
                    "Anna de Wit",
                    "utrecht",
                    "Communicatieadviseur",
                    "2025-01-01T00:00:00Z",
                ),
                member("3", "Émile Zwart", "utrecht", "Data-analist", "2023-01-01T00:00:00Z"),
            ],
            &orgs,
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
        assert_eq!(names(&idx.search(&query("EMILE"))), ["Émile Zwart"]);
    }

    #[test]
    fn several_words_must_all_match() {
        let idx = index();
        assert_eq!(names(&idx.search(&query("utrecht adviseur"))), Vec::<&str>::new());
        assert_eq!(names(&idx.search(&query("utrecht communicatie"))), ["Anna de Wit"]);
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
        let count = |p| result.province_counts.iter().find(|(q, _)| *q == p).unwrap().1;
        assert_eq!(count(Province::Utrecht), 2);
        assert_eq!(count(Province::NoordBrabant), 1);
        assert_eq!(count(Province::Zeeland), 0);
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
    fn queries_round_trip_through_the_url() {
        let query = MemberQuery {
            text: "José & co".into(),
            province: Some(Province::NoordBrabant),
            organisation: None,
            expertise: Some("Open data".into()),
            sort: MemberSort::Newest,
            page: PageRequest::new(3, PageRequest::DEFAULT_PER_PAGE),
        };
        let search = query.to_search();
        assert_eq!(
            search,
            "?q=Jos%C3%A9%20%26%20co&provincie=noord-brabant&expertise=Open%20data&sortering=nieuw&pagina=3"
        );
        let params = text::parse_query_string(&search);
        let parsed = MemberQuery::from_params(|k| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()));
        assert_eq!(parsed, query);
        assert_eq!(MemberQuery::default().to_search(), "");
    }

    #[test]
    fn nonsense_in_the_url_falls_back_to_defaults() {
        let parsed = MemberQuery::from_params(|k| {
            Some(
                match k {
                    "pagina" => "-4",
                    "provincie" => "Atlantis",
                    _ => "",
                }
                .to_owned(),
            )
        });
        assert_eq!(parsed.page.page, 1);
        assert_eq!(parsed.province, None);
        assert_eq!(parsed.organisation, None);
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
        assert_eq!(idx.search(&q("open data")).page.total, 3);
        assert_eq!(idx.search(&q("ÖPEN DATA")).page.total, 3);
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
