//! Members of the network and who may see which of their profile fields.

use super::ids::{MemberId, OrganisationId};
use super::organisation::Province;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who may see one profile field; the backend enforces it, the UI only reflects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Everyone, also visitors who are not logged in.
    Public,
    /// Logged-in members only.
    #[default]
    Members,
    /// Only the member themself.
    Hidden,
}

/// A member's links elsewhere.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MemberLinks {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mastodon: Option<String>,
}

impl MemberLinks {
    pub fn is_empty(&self) -> bool {
        self.website.is_none() && self.linkedin.is_none() && self.mastodon.is_none()
    }
}

/// `url` if it is an http(s) address. Members type their own links, so anything else
/// (`javascript:`, `data:`, disguised with case or spaces) never becomes an `href`.
pub fn web_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    (web && !url.chars().any(char::is_control)).then_some(url)
}

/// A member profile as this viewer may see it: fields they may not see are absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub id: MemberId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// Markdown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    #[serde(default)]
    pub expertise: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<Province>,
    #[serde(default)]
    pub links: MemberLinks,
    pub joined_at: Timestamp,
    /// Per profile field (`job_title`, `bio`, ...) who may see it; absent means [`Visibility::Members`].
    #[serde(default)]
    pub visibility: BTreeMap<String, Visibility>,
}

impl Member {
    /// Up to two initials for an avatar placeholder: "Anne-Marie de Vries" → "AV".
    pub fn initials(&self) -> String {
        let words: Vec<&str> = self
            .name
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        let pick = match words.as_slice() {
            [] => vec![],
            [only] => vec![*only],
            [first, .., last] => vec![*first, *last],
        };
        pick.iter().filter_map(|w| w.chars().next()).collect()
    }
}

/// A short reference to a member, as posts and comments carry their author.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberRef {
    /// Empty for a former member: their account is deleted, their posts were kept.
    pub id: MemberId,
    pub name: String,
}

impl MemberRef {
    /// The author deleted their account; there is no profile to link to.
    pub fn is_former(&self) -> bool {
        self.id.as_str().is_empty()
    }

    /// The name to show: `former` ("Oud-lid") once the account is gone.
    pub fn display_name<'a>(&'a self, former: &'a str) -> &'a str {
        if self.is_former() {
            former
        } else {
            &self.name
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(name: &str) -> Member {
        Member {
            id: MemberId::from("m1"),
            name: name.to_owned(),
            avatar: None,
            organisation: None,
            job_title: None,
            bio: None,
            expertise: vec![],
            province: None,
            links: MemberLinks::default(),
            joined_at: Timestamp::parse("2024-01-01T00:00:00Z").unwrap(),
            visibility: BTreeMap::new(),
        }
    }

    #[test]
    fn initials_skip_lowercase_particles() {
        assert_eq!(member("Anne-Marie de Vries").initials(), "AV");
        assert_eq!(member("Özlem van den Berg").initials(), "ÖB");
        assert_eq!(member("Sanne").initials(), "S");
    }

    #[test]
    fn a_member_without_optional_fields_parses() {
        let json = r#"{"id":"m9","name":"Jan Jansen","joined_at":"2023-05-01T09:00:00Z"}"#;
        let parsed: Member = serde_json::from_str(json).unwrap();
        assert_eq!(parsed.name, "Jan Jansen");
        assert!(parsed.links.is_empty());
        assert!(parsed.expertise.is_empty());
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(web_url(" https://eva.nl/x "), Some("https://eva.nl/x"));
        assert_eq!(web_url("HTTP://eva.nl"), Some("HTTP://eva.nl"));
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "//evil.nl",
            "https://a\u{7}b",
            "é",
        ] {
            assert_eq!(web_url(bad), None, "{bad}");
        }
    }
}
