//! The member directory: what a search asks ([`MemberQuery`]) and what it gives
//! back ([`DirectoryResult`]: one page of members and the counts beside each filter).
//!
//! The static adapter answers queries in the browser with a [`DirectoryIndex`]
//! built once; a server backend answers the same query itself.

mod index;

pub use index::DirectoryIndex;

use super::ids::{OrganisationId, ThemeId};
use super::member::Member;
use super::organisation::{Organisation, OrganisationKind, Province};
use super::page::{Page, PageRequest};
use super::text;

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
    pub kind: Option<OrganisationKind>,
    pub organisation: Option<OrganisationId>,
    pub theme: Option<ThemeId>,
    /// One expertise tag, matched whole without regard to case, accents or punctuation.
    pub expertise: Option<String>,
    pub sort: MemberSort,
    pub page: PageRequest,
}

/// The filters a query can set; each can be removed on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectoryFilter {
    Province,
    Kind,
    Organisation,
    Theme,
    Expertise,
}

impl DirectoryFilter {
    pub const ALL: [DirectoryFilter; 5] = [
        Self::Province,
        Self::Kind,
        Self::Organisation,
        Self::Theme,
        Self::Expertise,
    ];
}

impl MemberQuery {
    /// Reads a query from URL parameters (`q`, `provincie`, `soort`, `organisatie`, `thema`,
    /// `expertise`, `sortering`, `pagina`); unknown values fall back to the default rather than failing.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        let page = get("pagina").and_then(|p| p.parse().ok()).unwrap_or(1);
        let non_empty = |key: &str| get(key).filter(|v| !v.trim().is_empty());
        MemberQuery {
            text: get("q").unwrap_or_default(),
            province: get("provincie").as_deref().and_then(Province::parse),
            kind: get("soort").as_deref().and_then(OrganisationKind::parse),
            organisation: non_empty("organisatie").map(OrganisationId),
            theme: non_empty("thema").map(ThemeId),
            expertise: non_empty("expertise"),
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
        if let Some(kind) = self.kind {
            params.push(("soort", kind.as_str().to_owned()));
        }
        if let Some(org) = &self.organisation {
            params.push(("organisatie", org.to_string()));
        }
        if let Some(theme) = &self.theme {
            params.push(("thema", theme.to_string()));
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

    /// The filters this query sets, in the order the page shows them.
    pub fn active_filters(&self) -> Vec<DirectoryFilter> {
        DirectoryFilter::ALL.into_iter().filter(|f| self.has(*f)).collect()
    }

    pub fn has(&self, filter: DirectoryFilter) -> bool {
        match filter {
            DirectoryFilter::Province => self.province.is_some(),
            DirectoryFilter::Kind => self.kind.is_some(),
            DirectoryFilter::Organisation => self.organisation.is_some(),
            DirectoryFilter::Theme => self.theme.is_some(),
            DirectoryFilter::Expertise => self.expertise.is_some(),
        }
    }

    /// This query without `filter`, back on the first page.
    pub fn without(&self, filter: DirectoryFilter) -> Self {
        let mut next = self.with_page(1);
        match filter {
            DirectoryFilter::Province => next.province = None,
            DirectoryFilter::Kind => next.kind = None,
            DirectoryFilter::Organisation => next.organisation = None,
            DirectoryFilter::Theme => next.theme = None,
            DirectoryFilter::Expertise => next.expertise = None,
        }
        next
    }

    /// The key an expertise tag is compared by: its folded words, so "Open data",
    /// "open-data" and "ÖPEN DATA" are one tag.
    pub fn expertise_key(tag: &str) -> String {
        text::words(tag).collect::<Vec<_>>().join(" ")
    }
}

/// One value of a filter and how many results choosing it would give: the count
/// applies the search text and every other filter, but not this filter itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount<V> {
    pub value: V,
    pub count: u32,
}

/// A filter value that has a name of its own (an organisation, a theme, a tag).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedFacetCount<V> {
    pub value: V,
    pub name: String,
    pub count: u32,
}

/// The counts beside each filter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DirectoryFacets {
    /// All twelve provinces, in [`Province::ALL`] order.
    pub provinces: Vec<FacetCount<Province>>,
    /// All organisation kinds, in [`OrganisationKind::ALL`] order.
    pub kinds: Vec<FacetCount<OrganisationKind>>,
    /// Organisations with results (and the chosen one), by name.
    pub organisations: Vec<NamedFacetCount<OrganisationId>>,
    /// Themes whose members this viewer may see, with results (and the chosen one), by name.
    pub themes: Vec<NamedFacetCount<ThemeId>>,
    /// The most common expertise tags among the results (and the chosen one); the value is a
    /// spelling of the tag as members wrote it.
    pub expertise: Vec<FacetCount<String>>,
}

impl DirectoryFacets {
    /// The most expertise tags a facet lists.
    pub const MAX_EXPERTISE: usize = 100;

    pub fn province_count(&self, province: Province) -> u32 {
        self.provinces
            .iter()
            .find(|f| f.value == province)
            .map_or(0, |f| f.count)
    }

    pub fn kind_count(&self, kind: OrganisationKind) -> u32 {
        self.kinds.iter().find(|f| f.value == kind).map_or(0, |f| f.count)
    }
}

/// One page of directory results and the counts the filters show.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryResult {
    pub page: Page<Member>,
    pub facets: DirectoryFacets,
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

    #[test]
    fn queries_round_trip_through_the_url() {
        let query = MemberQuery {
            text: "José & co".into(),
            province: Some(Province::NoordBrabant),
            kind: Some(OrganisationKind::Waterschap),
            organisation: Some(OrganisationId::from("o-1")),
            theme: Some(ThemeId::from("t-omgevingswet")),
            expertise: Some("Open data".into()),
            sort: MemberSort::Newest,
            page: PageRequest::new(3, PageRequest::DEFAULT_PER_PAGE),
        };
        let search = query.to_search();
        assert_eq!(
            search,
            "?q=Jos%C3%A9%20%26%20co&provincie=noord-brabant&soort=waterschap&organisatie=o-1\
             &thema=t-omgevingswet&expertise=Open%20data&sortering=nieuw&pagina=3"
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
                    "soort" => "kerk",
                    "thema" => "  ",
                    _ => "",
                }
                .to_owned(),
            )
        });
        assert_eq!(parsed, MemberQuery::default());
    }

    #[test]
    fn removing_a_filter_keeps_the_others_and_goes_back_to_page_one() {
        let query = MemberQuery {
            text: "jan".into(),
            province: Some(Province::Utrecht),
            kind: Some(OrganisationKind::Gemeente),
            page: PageRequest::new(4, PageRequest::DEFAULT_PER_PAGE),
            ..Default::default()
        };
        assert_eq!(
            query.active_filters(),
            [DirectoryFilter::Province, DirectoryFilter::Kind]
        );
        let fewer = query.without(DirectoryFilter::Province);
        assert_eq!(fewer.province, None);
        assert_eq!(fewer.kind, Some(OrganisationKind::Gemeente));
        assert_eq!(fewer.text, "jan");
        assert_eq!(fewer.page.page, 1);
    }

    #[test]
    fn expertise_keys_ignore_case_accents_and_punctuation() {
        assert_eq!(MemberQuery::expertise_key("Open data"), "open data");
        assert_eq!(MemberQuery::expertise_key("ÖPEN-DATA "), "open data");
        assert_eq!(MemberQuery::expertise_key("Woo"), "woo");
    }
}
