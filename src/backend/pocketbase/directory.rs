//! `GET /api/knooppunt/members` (pb_hooks/directory.pb.js): one page of profiles and the
//! counts for every filter, searched and counted by the server over the profile view this
//! viewer may read.

use super::records::PbProfile;
use crate::backend::BackendError;
use crate::model::directory::{DirectoryFacets, FacetCount, MemberQuery, MemberSort, NamedFacetCount};
use crate::model::text::query_string;
use crate::model::{Member, OrganisationId, OrganisationKind, Page, Province, ThemeId};
use serde::Deserialize;

pub const PATH: &str = "/api/knooppunt/members";

/// The route's address for `query`; the server folds the text itself.
pub fn url(query: &MemberQuery) -> String {
    let mut params: Vec<(&str, String)> = Vec::new();
    let text = query.text.trim();
    if !text.is_empty() {
        params.push(("q", text.to_owned()));
    }
    if let Some(province) = query.province {
        params.push(("province", province.as_str().to_owned()));
    }
    if let Some(kind) = query.kind {
        params.push(("kind", kind.as_str().to_owned()));
    }
    if let Some(organisation) = &query.organisation {
        params.push(("organisation", organisation.to_string()));
    }
    if let Some(theme) = &query.theme {
        params.push(("theme", theme.to_string()));
    }
    if let Some(expertise) = &query.expertise {
        params.push(("expertise", expertise.clone()));
    }
    let sort = match query.sort {
        MemberSort::Name => "name",
        MemberSort::Newest => "newest",
    };
    params.push(("sort", sort.to_owned()));
    params.push(("page", query.page.page.to_string()));
    params.push(("perPage", query.page.per_page.to_string()));
    format!("{PATH}{}", query_string(&params))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PbDirectory {
    page: u32,
    per_page: u32,
    total_items: u32,
    items: Vec<PbProfile>,
    facets: PbFacets,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PbFacets {
    province: Vec<PbFacet>,
    kind: Vec<PbFacet>,
    organisation: Vec<PbFacet>,
    theme: Vec<PbFacet>,
    expertise: Vec<PbFacet>,
}

#[derive(Debug, Deserialize)]
struct PbFacet {
    value: String,
    #[serde(default)]
    label: String,
    count: u32,
}

impl PbDirectory {
    /// The page of members (avatar URLs made absolute against `base`) and the facets.
    pub fn into_parts(self, base: &str) -> Result<(Page<Member>, DirectoryFacets), BackendError> {
        let items = self
            .items
            .into_iter()
            .map(|p| p.into_member(base))
            .collect::<Result<Vec<_>, _>>()?;
        let page = Page {
            items,
            page: self.page,
            per_page: self.per_page,
            total: self.total_items,
        };
        Ok((page, self.facets.into()))
    }
}

impl From<PbFacets> for DirectoryFacets {
    fn from(wire: PbFacets) -> Self {
        // Values the app does not know (a newer server) are skipped, not fatal; every
        // province and kind is listed, with 0 when the server left it out.
        let count_of = |list: &[PbFacet], value: &str| list.iter().find(|f| f.value == value).map_or(0, |f| f.count);
        let named = |list: Vec<PbFacet>| {
            list.into_iter()
                .map(|f| NamedFacetCount {
                    name: if f.label.is_empty() { f.value.clone() } else { f.label },
                    value: f.value,
                    count: f.count,
                })
                .collect::<Vec<_>>()
        };
        DirectoryFacets {
            provinces: Province::ALL
                .into_iter()
                .map(|value| FacetCount {
                    value,
                    count: count_of(&wire.province, value.as_str()),
                })
                .collect(),
            kinds: OrganisationKind::ALL
                .into_iter()
                .map(|value| FacetCount {
                    value,
                    count: count_of(&wire.kind, value.as_str()),
                })
                .collect(),
            organisations: named(wire.organisation)
                .into_iter()
                .map(|f| NamedFacetCount {
                    value: OrganisationId(f.value),
                    name: f.name,
                    count: f.count,
                })
                .collect(),
            themes: named(wire.theme)
                .into_iter()
                .map(|f| NamedFacetCount {
                    value: ThemeId(f.value),
                    name: f.name,
                    count: f.count,
                })
                .collect(),
            expertise: wire
                .expertise
                .into_iter()
                .map(|f| FacetCount {
                    value: f.value,
                    count: f.count,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PageRequest;

    #[test]
    fn the_url_carries_every_filter_and_the_raw_text() {
        let query = MemberQuery {
            text: " José  B ".into(),
            province: Some(Province::Fryslan),
            kind: Some(OrganisationKind::Gemeente),
            theme: Some(ThemeId::from("t1")),
            expertise: Some("Open data".into()),
            sort: MemberSort::Newest,
            page: PageRequest::new(2, 24),
            ..Default::default()
        };
        assert_eq!(
            url(&query),
            "/api/knooppunt/members?q=Jos%C3%A9%20%20B&province=fryslan&kind=gemeente&theme=t1\
             &expertise=Open%20data&sort=newest&page=2&perPage=24"
        );
    }

    #[test]
    fn a_reply_becomes_a_page_and_facets() {
        let json = r#"{"page":1,"perPage":24,"totalItems":1,
            "items":[{"id":"m1","name":"José","avatar":"","organisation":"o1","job_title":"","bio":"",
                      "expertise":["Woo"],"province":"","links":null,"joined_at":"2024-01-01 00:00:00.000Z"}],
            "facets":{"province":[{"value":"utrecht","count":3},{"value":"atlantis","count":9}],
                      "kind":[{"value":"gemeente","count":1}],
                      "organisation":[{"value":"o1","label":"Gemeente Utrecht","count":1}],
                      "theme":[],"expertise":[{"value":"Woo","count":1}]}}"#;
        let reply: PbDirectory = serde_json::from_str(json).unwrap();
        let (page, facets) = reply.into_parts("").unwrap();
        assert_eq!(page.total, 1);
        assert_eq!(page.items[0].expertise, ["Woo"]);
        assert_eq!(facets.provinces.len(), 12);
        assert_eq!(facets.province_count(Province::Utrecht), 3);
        assert_eq!(facets.kind_count(OrganisationKind::Gemeente), 1);
        assert_eq!(facets.kind_count(OrganisationKind::Rijk), 0);
        assert_eq!(facets.organisations[0].name, "Gemeente Utrecht");
        assert_eq!(facets.expertise[0].value, "Woo");
    }
}
