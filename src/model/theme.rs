//! Theme groups: self-organised groups around one subject.

use super::account::{codes, FieldErrors};
use super::draft::{TOO_MANY_TAGS, VALIDATION_INVALID_SLUG};
use super::ids::{MembershipId, ThemeId};
use super::member::MemberRef;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Who may join a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeAccess {
    /// Anyone logged in joins at once.
    Open,
    /// A moderator approves each request.
    OnRequest,
    /// Only moderators add members.
    InviteOnly,
}

impl ThemeAccess {
    pub const ALL: [ThemeAccess; 3] = [Self::Open, Self::OnRequest, Self::InviteOnly];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::OnRequest => "on_request",
            Self::InviteOnly => "invite_only",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == value)
    }
}

/// A theme group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: ThemeId,
    /// URL-safe name: `/themes/:slug`.
    pub slug: String,
    pub name: String,
    pub summary: String,
    /// Markdown.
    pub description: String,
    pub access: ThemeAccess,
    #[serde(default)]
    pub tags: Vec<String>,
    pub member_count: u32,
    pub created_at: Timestamp,
}

impl Theme {
    pub fn as_ref(&self) -> ThemeRef {
        ThemeRef {
            id: self.id.clone(),
            slug: self.slug.clone(),
            name: self.name.clone(),
        }
    }
}

/// A short reference to a theme, as posts and meetings carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeRef {
    pub id: ThemeId,
    pub slug: String,
    pub name: String,
}

/// Turns a theme name into its slug: "Sociale media in overheidscommunicatie" → "sociale-media-in-overheidscommunicatie".
pub fn slugify(name: &str) -> String {
    let folded = super::text::fold(name);
    let mut slug = String::with_capacity(folded.len());
    for ch in folded.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_members_read_the_posts_of_a_theme_that_is_not_open() {
        for place in [MyPlace::Outside, MyPlace::Requested, MyPlace::Inside(ThemeRole::Member)] {
            assert!(place.reads_posts(ThemeAccess::Open), "{place:?}");
        }
        for access in [ThemeAccess::OnRequest, ThemeAccess::InviteOnly] {
            assert!(!MyPlace::Outside.reads_posts(access));
            assert!(!MyPlace::Requested.reads_posts(access), "a request is not a membership");
            for role in [ThemeRole::Member, ThemeRole::Moderator, ThemeRole::Owner] {
                assert!(MyPlace::Inside(role).reads_posts(access), "{role:?}");
            }
        }
    }

    #[test]
    fn slugs_are_folded_and_dashed() {
        assert_eq!(slugify("Ambtenaar 2.0 moet doorgaan"), "ambtenaar-2-0-moet-doorgaan");
        assert_eq!(slugify("Data en AI"), "data-en-ai");
        assert_eq!(slugify("Één overheid!"), "een-overheid");
    }
}

/// A member's role in a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeRole {
    Member,
    Moderator,
    Owner,
}

/// Whether a membership is in force or awaits a moderator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MembershipStatus {
    Active,
    Pending,
}

impl ThemeRole {
    /// Moderators and owners run the theme: requests, members, page, meetings.
    pub fn moderates(self) -> bool {
        matches!(self, Self::Moderator | Self::Owner)
    }
}

/// One member's place in one theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    pub id: MembershipId,
    pub theme: ThemeId,
    pub member: super::ids::MemberId,
    pub role: ThemeRole,
    pub status: MembershipStatus,
    pub created_at: Timestamp,
}

/// Where the logged-in member stands in one theme, which decides the buttons they get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MyPlace {
    Outside,
    /// Asked to join a theme on request; a moderator has not decided yet.
    Requested,
    Inside(ThemeRole),
}

impl MyPlace {
    /// From my membership of the theme, if I have one.
    pub fn of(membership: Option<&Membership>) -> Self {
        match membership {
            None => Self::Outside,
            Some(m) if m.status == MembershipStatus::Pending => Self::Requested,
            Some(m) => Self::Inside(m.role),
        }
    }

    pub fn moderates(self) -> bool {
        matches!(self, Self::Inside(role) if role.moderates())
    }

    /// Whether I read the posts of a theme with this access, as the backend's posts rule
    /// has it: all of an open theme's, of another theme only as its member. The rule
    /// decides; the theme page uses this not to ask for a wall whose answer is empty by
    /// rule, and to say why instead (asking costs SQLite a check of every post of the
    /// theme: issue 16's note).
    pub fn reads_posts(self, access: ThemeAccess) -> bool {
        access == ThemeAccess::Open || matches!(self, Self::Inside(_))
    }
}

/// A member of a theme as its member list shows them, or a request to join.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeMember {
    pub membership: MembershipId,
    pub member: MemberRef,
    pub role: ThemeRole,
    pub status: MembershipStatus,
    pub since: Timestamp,
}

/// Moderators and owners first (owners before moderators), then members, each by name;
/// requests are left out (they have their own list).
pub fn roster(members: &[ThemeMember]) -> Vec<ThemeMember> {
    let rank = |role: ThemeRole| match role {
        ThemeRole::Owner => 0,
        ThemeRole::Moderator => 1,
        ThemeRole::Member => 2,
    };
    let mut active: Vec<ThemeMember> = members
        .iter()
        .filter(|m| m.status == MembershipStatus::Active)
        .cloned()
        .collect();
    active.sort_by(|a, b| {
        rank(a.role)
            .cmp(&rank(b.role))
            .then_with(|| super::text::fold(&a.member.name).cmp(&super::text::fold(&b.member.name)))
    });
    active
}

pub const MAX_THEME_NAME_CHARS: usize = 160;
pub const MAX_THEME_SUMMARY_CHARS: usize = 500;
pub const MAX_THEME_DESCRIPTION_CHARS: usize = 20_000;
pub const MAX_THEME_SLUG_CHARS: usize = 80;
pub const MAX_THEME_TAGS: usize = 10;

/// A theme as its create or edit form holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeDraft {
    pub name: String,
    /// The address `/themes/:slug`; fixed once the theme exists.
    pub slug: String,
    pub summary: String,
    pub description: String,
    pub access: ThemeAccess,
    pub tags: Vec<String>,
}

impl ThemeDraft {
    pub fn from_theme(theme: &Theme) -> Self {
        ThemeDraft {
            name: theme.name.clone(),
            slug: theme.slug.clone(),
            summary: theme.summary.clone(),
            description: theme.description.clone(),
            access: theme.access,
            tags: theme.tags.clone(),
        }
    }

    /// What to fix before sending, keyed by form field (`theme_name`, `slug`, `summary`,
    /// `description`, `tags`); empty when the theme may be saved.
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.insert("theme_name".into(), codes::REQUIRED.into());
        } else if name.chars().count() > MAX_THEME_NAME_CHARS {
            errors.insert("theme_name".into(), codes::TOO_LONG.into());
        }
        if self.slug.is_empty() {
            // An empty slug comes from a name without letters or digits.
            if !name.is_empty() {
                errors.insert("slug".into(), VALIDATION_INVALID_SLUG.into());
            }
        } else if self.slug.len() > MAX_THEME_SLUG_CHARS {
            errors.insert("slug".into(), codes::TOO_LONG.into());
        } else if slugify(&self.slug) != self.slug {
            errors.insert("slug".into(), VALIDATION_INVALID_SLUG.into());
        }
        if self.summary.trim().chars().count() > MAX_THEME_SUMMARY_CHARS {
            errors.insert("summary".into(), codes::TOO_LONG.into());
        }
        if self.description.chars().count() > MAX_THEME_DESCRIPTION_CHARS {
            errors.insert("description".into(), codes::TOO_LONG.into());
        }
        if self.tags.len() > MAX_THEME_TAGS {
            errors.insert("tags".into(), TOO_MANY_TAGS.into());
        } else if self
            .tags
            .iter()
            .any(|t| t.chars().count() > super::draft::MAX_TAG_CHARS)
        {
            errors.insert("tags".into(), codes::TOO_LONG.into());
        }
        errors
    }
}

/// Themes whose name, summary or tags hold every word typed (start of a word, accents
/// ignored), and that carry `tag` when one is chosen.
pub fn matches_theme_search(theme: &Theme, text: &str, tag: Option<&str>) -> bool {
    if let Some(tag) = tag {
        let tag = super::text::fold(tag);
        if !theme.tags.iter().any(|t| super::text::fold(t) == tag) {
            return false;
        }
    }
    let haystack = format!("{} {} {}", theme.name, theme.summary, theme.tags.join(" "));
    let have: Vec<String> = super::text::words(&haystack).collect();
    super::text::words(text).all(|wanted| have.iter().any(|word| word.starts_with(wanted.as_str())))
}

/// Every tag of these themes once, ignoring case and accents, sorted.
pub fn theme_tags(themes: &[Theme]) -> Vec<String> {
    let mut seen = std::collections::BTreeMap::new();
    for tag in themes.iter().flat_map(|t| t.tags.iter()) {
        seen.entry(super::text::fold(tag)).or_insert_with(|| tag.clone());
    }
    seen.into_values().collect()
}

#[cfg(test)]
mod group_tests {
    use super::*;
    use crate::model::MemberId;

    fn theme(name: &str, tags: &[&str]) -> Theme {
        Theme {
            id: ThemeId::from(name),
            slug: slugify(name),
            name: name.into(),
            summary: "Samen leren over data".into(),
            description: String::new(),
            access: ThemeAccess::Open,
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            member_count: 0,
            created_at: Timestamp(0),
        }
    }

    fn draft() -> ThemeDraft {
        ThemeDraft {
            name: "Data en AI".into(),
            slug: "data-en-ai".into(),
            summary: String::new(),
            description: String::new(),
            access: ThemeAccess::Open,
            tags: Vec::new(),
        }
    }

    #[test]
    fn a_theme_needs_a_name_and_a_clean_slug() {
        assert!(draft().check().is_empty());
        let nameless = ThemeDraft {
            name: " ".into(),
            slug: String::new(),
            ..draft()
        };
        assert_eq!(
            nameless.check().get("theme_name").map(String::as_str),
            Some(codes::REQUIRED)
        );
        let odd = ThemeDraft {
            slug: "Data en AI".into(),
            ..draft()
        };
        assert_eq!(
            odd.check().get("slug").map(String::as_str),
            Some(VALIDATION_INVALID_SLUG)
        );
        let signs = ThemeDraft {
            name: "!!!".into(),
            slug: slugify("!!!"),
            ..draft()
        };
        assert_eq!(
            signs.check().get("slug").map(String::as_str),
            Some(VALIDATION_INVALID_SLUG)
        );
        let many = ThemeDraft {
            tags: (0..11).map(|i| format!("t{i}")).collect(),
            ..draft()
        };
        assert_eq!(many.check().get("tags").map(String::as_str), Some(TOO_MANY_TAGS));
    }

    #[test]
    fn search_matches_word_starts_without_accents_and_the_chosen_tag() {
        let t = theme("Privacy en AVG", &["Gegevensbescherming", "Ethiek"]);
        assert!(matches_theme_search(&t, "priv", None));
        assert!(matches_theme_search(&t, "gegevens ethiek", None));
        assert!(matches_theme_search(&t, "", Some("ethiek")));
        assert!(!matches_theme_search(&t, "vacy", None));
        assert!(!matches_theme_search(&t, "", Some("Klimaat")));
    }

    #[test]
    fn tags_are_listed_once_whatever_their_case() {
        let themes = [theme("A", &["Data", "Ethiek"]), theme("B", &["data", "Água"])];
        assert_eq!(theme_tags(&themes), ["Água", "Data", "Ethiek"]);
    }

    #[test]
    fn the_roster_puts_owners_and_moderators_first_and_leaves_requests_out() {
        let member = |name: &str, role, status| ThemeMember {
            membership: MembershipId::from(name),
            member: MemberRef {
                id: MemberId::from(name),
                name: name.into(),
            },
            role,
            status,
            since: Timestamp(0),
        };
        let list = [
            member("Anna", ThemeRole::Member, MembershipStatus::Active),
            member("Zeger", ThemeRole::Owner, MembershipStatus::Active),
            member("Bram", ThemeRole::Moderator, MembershipStatus::Active),
            member("Aart", ThemeRole::Member, MembershipStatus::Pending),
            member("Éva", ThemeRole::Member, MembershipStatus::Active),
        ];
        let names: Vec<String> = roster(&list).into_iter().map(|m| m.member.name).collect();
        assert_eq!(names, ["Zeger", "Bram", "Anna", "Éva"]);
    }

    #[test]
    fn my_place_follows_my_membership() {
        let mine = |role, status| Membership {
            id: MembershipId::from("m"),
            theme: ThemeId::from("t"),
            member: MemberId::from("me"),
            role,
            status,
            created_at: Timestamp(0),
        };
        assert_eq!(MyPlace::of(None), MyPlace::Outside);
        assert_eq!(
            MyPlace::of(Some(&mine(ThemeRole::Member, MembershipStatus::Pending))),
            MyPlace::Requested
        );
        assert!(MyPlace::of(Some(&mine(ThemeRole::Owner, MembershipStatus::Active))).moderates());
        assert!(!MyPlace::of(Some(&mine(ThemeRole::Member, MembershipStatus::Active))).moderates());
    }
}
