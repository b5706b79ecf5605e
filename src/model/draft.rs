//! What a member sends: new posts and comments, reactions, profile changes.
//! The backend fills in the author, counters and times itself.

use super::account::{codes, FieldErrors, MAX_NAME_CHARS};
use super::ids::{CommentId, EventId, OrganisationId, PostId, ThemeId};
use super::member::{web_url, Member, MemberLinks, Visibility};
use super::organisation::Province;
use super::post::PostKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A post as written in the composer; kept in the browser while it is being written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostDraft {
    pub kind: PostKind,
    pub title: String,
    /// Markdown.
    pub body: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub theme: Option<ThemeId>,
    /// The meeting this post reports on (kind `report`), in the meeting's theme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// The id the new post gets, chosen by the writer when it is sent: sending it again
    /// after an answer got lost is refused as a duplicate instead of posting it twice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<PostId>,
}

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_BODY_CHARS: usize = 50_000;
pub const MAX_POST_TAGS: usize = 10;

impl Default for PostDraft {
    fn default() -> Self {
        PostDraft {
            kind: PostKind::Knowledge,
            title: String::new(),
            body: String::new(),
            tags: Vec::new(),
            theme: None,
            event: None,
            id: None,
        }
    }
}

impl PostDraft {
    /// Nothing typed yet: no draft worth keeping.
    pub fn is_blank(&self) -> bool {
        self.title.trim().is_empty() && self.body.trim().is_empty() && self.tags.is_empty()
    }

    /// What to fix before sending; empty when the post may be sent.
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        let title = self.title.trim();
        if title.is_empty() {
            errors.insert("title".into(), codes::REQUIRED.into());
        } else if title.chars().count() > MAX_TITLE_CHARS {
            errors.insert("title".into(), codes::TOO_LONG.into());
        }
        if self.body.trim().is_empty() {
            errors.insert("body".into(), codes::REQUIRED.into());
        } else if self.body.chars().count() > MAX_BODY_CHARS {
            errors.insert("body".into(), codes::TOO_LONG.into());
        }
        if self.tags.len() > MAX_POST_TAGS {
            errors.insert("tags".into(), TOO_MANY_TAGS.into());
        } else if self.tags.iter().any(|t| t.chars().count() > MAX_TAG_CHARS) {
            errors.insert("tags".into(), codes::TOO_LONG.into());
        }
        errors
    }
}

/// A comment, or a reply to one (one level deep).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentDraft {
    pub post: PostId,
    pub parent: Option<CommentId>,
    pub body: String,
    /// The id the new comment gets, chosen by the writer (see [`PostDraft::id`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<CommentId>,
}

/// A post or a comment: what a reaction is given to, or a report is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentTarget {
    Post(PostId),
    Comment(CommentId),
}

/// Why a post or comment is reported to the moderators ("Melden").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportReason {
    Spam,
    Offensive,
    Incorrect,
    Privacy,
    Other,
}

impl ReportReason {
    pub const ALL: [ReportReason; 5] = [Self::Spam, Self::Offensive, Self::Incorrect, Self::Privacy, Self::Other];

    /// The backend's value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Spam => "spam",
            Self::Offensive => "ongepast",
            Self::Incorrect => "onjuist",
            Self::Privacy => "privacy",
            Self::Other => "anders",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == value)
    }
}

/// The longest note with a report.
pub const MAX_REPORT_NOTE_CHARS: usize = 1000;

/// Every editable field of one's own profile, with who may see each.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProfileUpdate {
    pub name: String,
    pub organisation: Option<OrganisationId>,
    pub job_title: String,
    pub bio: String,
    pub expertise: Vec<String>,
    pub province: Option<Province>,
    pub links: MemberLinks,
    pub visibility: BTreeMap<String, Visibility>,
}

/// The profile fields whose visibility a member chooses, by their key in
/// [`Member::visibility`]. The name is always shown: it identifies an author.
pub const VISIBILITY_FIELDS: [&str; 7] = [
    "avatar",
    "organisation",
    "job_title",
    "province",
    "bio",
    "expertise",
    "links",
];

pub const MAX_JOB_TITLE_CHARS: usize = 160;
pub const MAX_BIO_CHARS: usize = 10_000;
pub const MAX_TAGS: usize = 20;
pub const MAX_TAG_CHARS: usize = 60;
pub const MAX_LINK_CHARS: usize = 500;
/// Reason code for a link that is not a web address (PocketBase's own code for URLs).
pub const INVALID_URL: &str = "validation_invalid_url";
/// Reason code for more tags than [`MAX_TAGS`].
pub const TOO_MANY_TAGS: &str = "validation_too_many_tags";
/// A theme address that is not lower-case letters and digits joined by dashes.
pub const VALIDATION_INVALID_SLUG: &str = "validation_invalid_slug";

impl ProfileUpdate {
    /// The form filled in from a member's own profile.
    pub fn from_member(member: &Member) -> Self {
        ProfileUpdate {
            name: member.name.clone(),
            organisation: member.organisation.clone(),
            job_title: member.job_title.clone().unwrap_or_default(),
            bio: member.bio.clone().unwrap_or_default(),
            expertise: member.expertise.clone(),
            province: member.province,
            links: member.links.clone(),
            visibility: VISIBILITY_FIELDS
                .iter()
                .map(|&field| {
                    let level = member.visibility.get(field).copied().unwrap_or_default();
                    (field.to_owned(), level)
                })
                .collect(),
        }
    }

    /// Who may see `field`; [`Visibility::Members`] when not chosen.
    pub fn visibility_of(&self, field: &str) -> Visibility {
        self.visibility.get(field).copied().unwrap_or_default()
    }

    /// What to fix before saving, keyed by form field (`website`, `linkedin`, `mastodon`
    /// for the links); empty when the profile may be saved.
    pub fn check(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.insert("name".into(), codes::REQUIRED.into());
        } else if name.chars().count() > MAX_NAME_CHARS {
            errors.insert("name".into(), codes::TOO_LONG.into());
        }
        if self.job_title.trim().chars().count() > MAX_JOB_TITLE_CHARS {
            errors.insert("job_title".into(), codes::TOO_LONG.into());
        }
        if self.bio.chars().count() > MAX_BIO_CHARS {
            errors.insert("bio".into(), codes::TOO_LONG.into());
        }
        if self.expertise.len() > MAX_TAGS {
            errors.insert("expertise".into(), TOO_MANY_TAGS.into());
        } else if self.expertise.iter().any(|t| t.chars().count() > MAX_TAG_CHARS) {
            errors.insert("expertise".into(), codes::TOO_LONG.into());
        }
        let links = [
            ("website", &self.links.website),
            ("linkedin", &self.links.linkedin),
            ("mastodon", &self.links.mastodon),
        ];
        for (field, link) in links {
            let Some(link) = link.as_deref() else { continue };
            if link.chars().count() > MAX_LINK_CHARS {
                errors.insert(field.into(), codes::TOO_LONG.into());
            } else if web_url(link).is_none() {
                errors.insert(field.into(), INVALID_URL.into());
            }
        }
        errors
    }
}

/// Expertise as typed in one box, separated by commas or new lines: trimmed, empty ones
/// dropped, and a tag given twice (ignoring case and accents) kept once.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in text.split([',', '\n', ';']).map(str::trim).filter(|t| !t.is_empty()) {
        let key = super::text::fold(tag);
        if !tags.iter().any(|t| super::text::fold(t) == key) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

/// A new profile photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AvatarUpload {
    pub file_name: String,
    /// `image/png`, `image/jpeg`, ...
    pub mime_type: String,
    pub bytes: Vec<u8>,
}

/// Why a photo cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AvatarProblem {
    /// Not one of [`AvatarUpload::TYPES`].
    WrongType,
    /// Larger than [`AvatarUpload::MAX_BYTES`].
    TooLarge,
    Empty,
}

impl AvatarUpload {
    /// The image types the backend stores (the same list as its schema).
    pub const TYPES: [&str; 4] = ["image/jpeg", "image/png", "image/webp", "image/gif"];
    pub const MAX_BYTES: u64 = 2 * 1024 * 1024;

    /// Checks a chosen file by its type and size before it is read or sent.
    pub fn check(mime_type: &str, size: u64) -> Result<(), AvatarProblem> {
        if !Self::TYPES.contains(&mime_type) {
            Err(AvatarProblem::WrongType)
        } else if size == 0 {
            Err(AvatarProblem::Empty)
        } else if size > Self::MAX_BYTES {
            Err(AvatarProblem::TooLarge)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MemberId, Timestamp};

    fn valid() -> ProfileUpdate {
        ProfileUpdate {
            name: "José Bakker".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_profile_needs_a_name_and_fields_within_their_limits() {
        assert!(valid().check().is_empty());
        let blank = ProfileUpdate {
            name: "  ".into(),
            ..valid()
        };
        assert_eq!(blank.check()["name"], codes::REQUIRED);
        let long = ProfileUpdate {
            job_title: "x".repeat(MAX_JOB_TITLE_CHARS + 1),
            bio: "é".repeat(MAX_BIO_CHARS + 1),
            ..valid()
        };
        let errors = long.check();
        assert_eq!(errors["job_title"], codes::TOO_LONG);
        assert_eq!(errors["bio"], codes::TOO_LONG);
        let exactly = ProfileUpdate {
            bio: "é".repeat(MAX_BIO_CHARS),
            ..valid()
        };
        assert!(exactly.check().is_empty(), "the limit counts characters, not bytes");
    }

    #[test]
    fn links_must_be_web_addresses() {
        let update = ProfileUpdate {
            links: MemberLinks {
                website: Some("https://bakker.nl".into()),
                linkedin: Some("javascript:alert(1)".into()),
                mastodon: Some("social.overheid.nl/@jose".into()),
            },
            ..valid()
        };
        let errors = update.check();
        assert!(!errors.contains_key("website"));
        assert_eq!(errors["linkedin"], INVALID_URL);
        assert_eq!(errors["mastodon"], INVALID_URL);
    }

    #[test]
    fn too_many_or_too_long_tags_are_refused() {
        let many = ProfileUpdate {
            expertise: (0..=MAX_TAGS).map(|i| format!("tag {i}")).collect(),
            ..valid()
        };
        assert_eq!(many.check()["expertise"], TOO_MANY_TAGS);
        let long = ProfileUpdate {
            expertise: vec!["x".repeat(MAX_TAG_CHARS + 1)],
            ..valid()
        };
        assert_eq!(long.check()["expertise"], codes::TOO_LONG);
    }

    #[test]
    fn tags_are_split_trimmed_and_kept_once() {
        assert_eq!(
            parse_tags(" Open data, Woo;\nwoo , ,ÖPEN DATA, Omgevingswet "),
            ["Open data", "Woo", "Omgevingswet"]
        );
        assert!(parse_tags(" , ").is_empty());
    }

    #[test]
    fn the_form_starts_from_the_profile_with_every_visibility_filled_in() {
        let member = Member {
            id: MemberId::from("m1"),
            name: "Eva".into(),
            avatar: None,
            organisation: None,
            job_title: Some("Jurist".into()),
            bio: None,
            expertise: vec!["Woo".into()],
            province: None,
            links: MemberLinks::default(),
            joined_at: Timestamp::parse("2024-01-01T00:00:00Z").unwrap(),
            visibility: [("job_title".to_owned(), Visibility::Public)].into(),
        };
        let form = ProfileUpdate::from_member(&member);
        assert_eq!(form.job_title, "Jurist");
        assert_eq!(form.visibility_of("job_title"), Visibility::Public);
        assert_eq!(form.visibility_of("bio"), Visibility::Members, "unset means members");
        assert_eq!(form.visibility.len(), VISIBILITY_FIELDS.len());
    }

    #[test]
    fn a_post_needs_a_title_and_a_text_within_their_limits() {
        let post = PostDraft {
            title: "Omgevingsplan in de praktijk".into(),
            body: "Zo deden wij het.".into(),
            ..Default::default()
        };
        assert!(post.check().is_empty());
        let empty = PostDraft::default();
        assert!(empty.is_blank());
        let errors = empty.check();
        assert_eq!(errors["title"], codes::REQUIRED);
        assert_eq!(errors["body"], codes::REQUIRED);
        let long = PostDraft {
            title: "t".repeat(MAX_TITLE_CHARS + 1),
            tags: (0..=MAX_POST_TAGS).map(|i| i.to_string()).collect(),
            ..post.clone()
        };
        let errors = long.check();
        assert_eq!(errors["title"], codes::TOO_LONG);
        assert_eq!(errors["tags"], TOO_MANY_TAGS);
    }

    #[test]
    fn a_draft_survives_storage() {
        let draft = PostDraft {
            kind: PostKind::Question,
            title: "Wie heeft ervaring met de Woo?".into(),
            body: "**Vraag**".into(),
            tags: vec!["Woo".into()],
            theme: Some(ThemeId::from("t1")),
            event: Some(EventId::from("e1")),
            id: Some(PostId::from("abcdefghij12345")),
        };
        let stored = serde_json::to_string(&draft).unwrap();
        assert_eq!(serde_json::from_str::<PostDraft>(&stored).unwrap(), draft);
    }

    #[test]
    fn photos_are_checked_by_type_and_size() {
        assert_eq!(AvatarUpload::check("image/png", 10_000), Ok(()));
        assert_eq!(AvatarUpload::check("image/png", AvatarUpload::MAX_BYTES), Ok(()));
        assert_eq!(
            AvatarUpload::check("image/jpeg", AvatarUpload::MAX_BYTES + 1),
            Err(AvatarProblem::TooLarge)
        );
        assert_eq!(
            AvatarUpload::check("image/svg+xml", 100),
            Err(AvatarProblem::WrongType),
            "SVG can carry script"
        );
        assert_eq!(
            AvatarUpload::check("application/pdf", 100),
            Err(AvatarProblem::WrongType)
        );
        assert_eq!(AvatarUpload::check("image/png", 0), Err(AvatarProblem::Empty));
    }
}
