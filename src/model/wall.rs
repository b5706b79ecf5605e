//! What the knowledge wall shows: a view ("Alles" or "Mijn thema's") narrowed by kind,
//! theme, tag and search words, all in the URL so a view can be shared.

use super::ids::ThemeId;
use super::post::KindFilter;
use super::text;

/// Whose posts the wall shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WallView {
    #[default]
    All,
    /// Posts in the themes I am an active member of.
    MyThemes,
}

impl WallView {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "alles",
            Self::MyThemes => "mijn-themas",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::All, Self::MyThemes].into_iter().find(|v| v.as_str() == value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WallFilter {
    pub view: WallView,
    pub kind: Option<KindFilter>,
    pub theme: Option<ThemeId>,
    pub tag: Option<String>,
    pub text: String,
}

impl WallFilter {
    /// Reads `weergave`, `soort` (a kind, or `open-vragen`), `thema`, `tag` and `q`; unknown
    /// values fall back to the default.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        let non_empty = |key: &str| get(key).filter(|v| !v.trim().is_empty());
        WallFilter {
            view: get("weergave").as_deref().and_then(WallView::parse).unwrap_or_default(),
            kind: get("soort").as_deref().and_then(KindFilter::parse),
            theme: non_empty("thema").map(ThemeId),
            tag: non_empty("tag"),
            text: get("q").unwrap_or_default(),
        }
    }

    pub fn to_search(&self) -> String {
        let mut params: Vec<(&str, String)> = Vec::new();
        if self.view != WallView::default() {
            params.push(("weergave", self.view.as_str().to_owned()));
        }
        if let Some(kind) = self.kind {
            params.push(("soort", kind.as_str().to_owned()));
        }
        if let Some(theme) = &self.theme {
            params.push(("thema", theme.to_string()));
        }
        if let Some(tag) = &self.tag {
            params.push(("tag", tag.clone()));
        }
        if !self.text.is_empty() {
            params.push(("q", self.text.clone()));
        }
        text::query_string(&params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PostKind;

    #[test]
    fn a_wall_view_round_trips_through_the_url() {
        let filter = WallFilter {
            view: WallView::MyThemes,
            kind: Some(KindFilter::Only(PostKind::Question)),
            theme: Some(ThemeId::from("t1")),
            tag: Some("Open data".into()),
            text: "woo archief".into(),
        };
        let search = filter.to_search();
        assert_eq!(
            search,
            "?weergave=mijn-themas&soort=question&thema=t1&tag=Open%20data&q=woo%20archief"
        );
        let params = text::parse_query_string(&search);
        let parsed = WallFilter::from_params(|k| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()));
        assert_eq!(parsed, filter);
        assert_eq!(WallFilter::default().to_search(), "");
        let nonsense = WallFilter::from_params(|k| Some(if k == "soort" { "roman".into() } else { " ".into() }));
        assert_eq!(nonsense.kind, None);
        assert_eq!(nonsense.theme, None);
    }
}
