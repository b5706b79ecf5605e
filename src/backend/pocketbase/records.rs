//! PocketBase record shapes and their conversion into the model.
//!
//! JSON fields (`expertise`, `tags`, `links`, `reactions`, `visibility`) are written by
//! members themselves, so they are read leniently: one member storing an odd shape must
//! not break a page that lists everyone.

use crate::backend::BackendError;
use crate::model::{
    Account, Comment, CommentId, Event, EventId, Member, MemberId, MemberLinks, MemberRef, Membership, MembershipId,
    MembershipStatus, Organisation, OrganisationId, OrganisationKind, Post, PostId, PostKind, Province, Reactions,
    Theme, ThemeAccess, ThemeId, ThemeMember, ThemeRef, ThemeRole, Timestamp, Visibility,
};
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Parses a PocketBase time (`2026-11-27 05:23:18.123Z`).
fn time(field: &str, text: &str) -> Result<Timestamp, BackendError> {
    Timestamp::parse(text).map_err(|e| BackendError::Server(format!("{field}: {e}")))
}

/// PocketBase writes an unset text or relation as `""`.
fn non_empty(text: String) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// A JSON list of strings; anything else counts as empty.
fn string_list(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

fn links(value: &Value) -> MemberLinks {
    let get = |key: &str| {
        value
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .and_then(non_empty)
    };
    MemberLinks {
        website: get("website"),
        linkedin: get("linkedin"),
        mastodon: get("mastodon"),
    }
}

fn visibility(value: &Value) -> BTreeMap<String, Visibility> {
    let Value::Object(map) = value else {
        return BTreeMap::new();
    };
    map.iter()
        .filter_map(|(field, level)| Some((field.clone(), serde_json::from_value(level.clone()).ok()?)))
        .collect()
}

fn count(value: &Value, key: &str) -> u32 {
    value
        .get(key)
        .and_then(Value::as_u64)
        .map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX))
}

fn reactions(value: &Value) -> Reactions {
    Reactions {
        like: count(value, "like"),
        insightful: count(value, "insightful"),
        thanks: count(value, "thanks"),
    }
}

/// An enum value PocketBase stores as its snake_case name.
fn choice<T: serde::de::DeserializeOwned>(field: &str, value: &str) -> Result<T, BackendError> {
    serde_json::from_value(Value::String(value.to_owned()))
        .map_err(|_| BackendError::Server(format!("{field} has an unknown value {value:?}")))
}

/// Where files of the `members` collection are served.
pub fn avatar_url(base: &str, member: &str, file: &str) -> String {
    format!("{}/api/files/members/{member}/{file}", base.trim_end_matches('/'))
}

#[derive(Debug, Deserialize)]
pub struct PbOrganisation {
    pub id: String,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub province: String,
    #[serde(default)]
    pub website: String,
}

impl TryFrom<PbOrganisation> for Organisation {
    type Error = BackendError;
    fn try_from(wire: PbOrganisation) -> Result<Self, BackendError> {
        Ok(Organisation {
            id: OrganisationId(wire.id),
            name: wire.name,
            kind: choice::<OrganisationKind>("organisation.kind", &wire.kind)?,
            province: Province::parse(&wire.province),
            website: non_empty(wire.website),
        })
    }
}

/// A row of the `public_profiles` / `member_profiles` views, or a member's own record:
/// the fields this viewer may not see arrive empty.
#[derive(Debug, Deserialize)]
pub struct PbProfile {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub avatar: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub job_title: String,
    #[serde(default)]
    pub bio: String,
    #[serde(default)]
    pub expertise: Value,
    #[serde(default)]
    pub province: String,
    #[serde(default)]
    pub links: Value,
    /// The views call it `joined_at`; the member's own record `created`.
    #[serde(alias = "created")]
    pub joined_at: String,
    /// Only in the member's own record.
    #[serde(default)]
    pub visibility: Value,
}

impl PbProfile {
    pub fn into_member(self, base: &str) -> Result<Member, BackendError> {
        let avatar = non_empty(self.avatar).map(|file| avatar_url(base, &self.id, &file));
        Ok(Member {
            joined_at: time("joined_at", &self.joined_at)?,
            avatar,
            organisation: non_empty(self.organisation).map(OrganisationId),
            job_title: non_empty(self.job_title),
            bio: non_empty(self.bio),
            expertise: string_list(&self.expertise),
            province: Province::parse(&self.province),
            links: links(&self.links),
            visibility: visibility(&self.visibility),
            id: MemberId(self.id),
            name: self.name,
        })
    }
}

/// Just the name, for the authors of a page of posts or comments.
#[derive(Debug, Deserialize)]
pub struct PbName {
    pub id: String,
    pub name: String,
}

/// `auth-with-password` and `auth-refresh` answer with this.
#[derive(Debug, Deserialize)]
pub struct PbAuth {
    pub token: String,
    pub record: PbAccount,
}

#[derive(Debug, Deserialize)]
pub struct PbAccount {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub verified: bool,
}

impl From<PbAccount> for Account {
    fn from(wire: PbAccount) -> Self {
        Account {
            id: MemberId(wire.id),
            name: wire.name,
            email: wire.email,
            verified: wire.verified,
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct PbThemeRef {
    pub id: String,
    pub slug: String,
    pub name: String,
}

impl From<PbThemeRef> for ThemeRef {
    fn from(wire: PbThemeRef) -> Self {
        ThemeRef {
            id: ThemeId(wire.id),
            slug: wire.slug,
            name: wire.name,
        }
    }
}

/// `expand` of a record whose `theme` relation was expanded.
#[derive(Debug, Default, Deserialize)]
pub struct ThemeExpand {
    pub theme: Option<PbThemeRef>,
}

#[derive(Debug, Deserialize)]
pub struct PbTheme {
    pub id: String,
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub description: String,
    pub access: String,
    #[serde(default)]
    pub tags: Value,
    #[serde(default)]
    pub member_count: u32,
    pub created: String,
}

impl TryFrom<PbTheme> for Theme {
    type Error = BackendError;
    fn try_from(wire: PbTheme) -> Result<Self, BackendError> {
        Ok(Theme {
            access: choice::<ThemeAccess>("theme.access", &wire.access)?,
            created_at: time("theme.created", &wire.created)?,
            tags: string_list(&wire.tags),
            id: ThemeId(wire.id),
            slug: wire.slug,
            name: wire.name,
            summary: wire.summary,
            description: wire.description,
            member_count: wire.member_count,
        })
    }
}

#[derive(Debug, Deserialize)]
pub struct PbPost {
    pub id: String,
    pub author: String,
    pub kind: String,
    pub title: String,
    pub body: String,
    #[serde(default)]
    pub tags: Value,
    #[serde(default)]
    pub comment_count: u32,
    #[serde(default)]
    pub reactions: Value,
    #[serde(default)]
    pub pinned: bool,
    #[serde(default)]
    pub hidden: bool,
    pub created: String,
    /// When the author last changed the content (a trigger keeps it; moderation and
    /// counters do not touch it); empty when never.
    #[serde(default)]
    pub edited: String,
    /// The meeting this post reports on; `""` when none.
    #[serde(default)]
    pub event: String,
    /// A question's chosen answer (a comment id); `""` when none.
    #[serde(default)]
    pub accepted_answer: String,
    #[serde(default)]
    pub expand: ThemeExpand,
}

/// Authors' names by member id, fetched once per page.
pub type AuthorNames = HashMap<String, String>;

/// The name shown for an author whose profile is gone (deleted account).
pub const FORMER_MEMBER: &str = "Oud-lid";

fn author(id: String, names: &AuthorNames) -> MemberRef {
    let name = names.get(&id).cloned().unwrap_or_else(|| FORMER_MEMBER.to_owned());
    MemberRef { id: MemberId(id), name }
}

impl PbPost {
    pub fn into_post(self, names: &AuthorNames) -> Result<Post, BackendError> {
        let created_at = time("post.created", &self.created)?;
        Ok(Post {
            kind: choice::<PostKind>("post.kind", &self.kind)?,
            author: author(self.author, names),
            theme: self.expand.theme.map(ThemeRef::from),
            tags: string_list(&self.tags),
            created_at,
            updated_at: non_empty(self.edited).map(|t| time("post.edited", &t)).transpose()?,
            reactions: reactions(&self.reactions),
            id: PostId(self.id),
            title: self.title,
            body: self.body,
            comment_count: self.comment_count,
            pinned: self.pinned,
            hidden: self.hidden,
            event: non_empty(self.event).map(EventId),
            accepted_answer: non_empty(self.accepted_answer).map(CommentId),
        })
    }
}

#[derive(Debug, Deserialize)]
pub struct PbComment {
    pub id: String,
    pub post: String,
    pub author: String,
    pub body: String,
    #[serde(default)]
    pub parent: String,
    pub created: String,
    /// Only the author changes a comment (no counters live on it), so any later time is an edit.
    #[serde(default)]
    pub updated: String,
}

impl PbComment {
    pub fn into_comment(self, names: &AuthorNames) -> Result<Comment, BackendError> {
        let created_at = time("comment.created", &self.created)?;
        // Compared as written (`2026-11-27 05:23:18.123Z` sorts as text), since a model time
        // keeps whole seconds only. Only a later `updated` is an edit: a bulk import can
        // stamp `updated` a millisecond before `created`.
        let updated_at = if self.updated.is_empty() || self.updated <= self.created {
            None
        } else {
            Some(time("comment.updated", &self.updated)?)
        };
        Ok(Comment {
            updated_at,
            created_at,
            author: author(self.author, names),
            parent: non_empty(self.parent).map(CommentId),
            id: CommentId(self.id),
            post: PostId(self.post),
            body: self.body,
        })
    }
}

#[derive(Debug, Deserialize)]
pub struct PbEvent {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub starts_at: String,
    pub ends_at: String,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub online_url: String,
    #[serde(default)]
    pub capacity: u32,
    #[serde(default)]
    pub going_count: u32,
    #[serde(default)]
    pub expand: ThemeExpand,
}

impl TryFrom<PbEvent> for Event {
    type Error = BackendError;
    fn try_from(wire: PbEvent) -> Result<Self, BackendError> {
        Ok(Event {
            id: EventId(wire.id),
            theme: wire.expand.theme.map(ThemeRef::from),
            title: wire.title,
            description: wire.description,
            starts_at: time("event.starts_at", &wire.starts_at)?,
            ends_at: time("event.ends_at", &wire.ends_at)?,
            location: non_empty(wire.location),
            online_url: non_empty(wire.online_url),
            // 0 is how the schema stores "no limit".
            capacity: (wire.capacity > 0).then_some(wire.capacity),
            going_count: wire.going_count,
        })
    }
}

/// Any record, when only its id matters (looking up my reaction or RSVP to change it).
#[derive(Debug, Deserialize)]
pub struct PbId {
    pub id: String,
}

/// One of my reactions.
#[derive(Debug, Deserialize)]
pub struct PbReaction {
    pub id: String,
    pub kind: String,
}

/// A membership or a request to join.
#[derive(Debug, Deserialize)]
pub struct PbMembership {
    pub id: String,
    pub theme: String,
    pub member: String,
    pub role: String,
    pub status: String,
    pub created: String,
}

impl TryFrom<PbMembership> for Membership {
    type Error = BackendError;
    fn try_from(wire: PbMembership) -> Result<Self, BackendError> {
        Ok(Membership {
            role: choice::<ThemeRole>("membership.role", &wire.role)?,
            status: choice::<MembershipStatus>("membership.status", &wire.status)?,
            created_at: time("membership.created", &wire.created)?,
            id: MembershipId(wire.id),
            theme: ThemeId(wire.theme),
            member: MemberId(wire.member),
        })
    }
}

impl PbMembership {
    /// As a theme's member list shows it, with the name this viewer may see.
    pub fn into_theme_member(self, names: &AuthorNames) -> Result<ThemeMember, BackendError> {
        let membership = Membership::try_from(self)?;
        Ok(ThemeMember {
            member: author(membership.member.0, names),
            membership: membership.id,
            role: membership.role,
            status: membership.status,
            since: membership.created_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_is_edited_only_when_updated_after_it_was_made() {
        let comment = |created: &str, updated: &str| {
            let row = format!(
                r#"{{"id":"c1","post":"p1","author":"m1","body":"Hoi","created":"{created}","updated":"{updated}"}}"#
            );
            serde_json::from_str::<PbComment>(&row)
                .unwrap()
                .into_comment(&AuthorNames::new())
                .unwrap()
        };
        assert_eq!(
            comment("2026-11-27 05:23:18.123Z", "2026-11-27 05:23:18.123Z").updated_at,
            None
        );
        assert_eq!(
            comment("2026-11-27 05:23:18.123Z", "2026-11-27 05:23:18.121Z").updated_at,
            None
        );
        assert!(comment("2026-11-27 05:23:18.123Z", "2026-11-28 09:00:00.000Z")
            .updated_at
            .is_some());
    }

    #[test]
    fn a_profile_with_hidden_fields_has_them_absent() {
        let row = r#"{"id":"abc","name":"José Bakker","avatar":"","organisation":"","organisation_name":"",
            "job_title":"","bio":"","expertise":null,"province":"","links":null,"joined_at":"2025-01-02 10:00:00.000Z"}"#;
        let member = serde_json::from_str::<PbProfile>(row)
            .unwrap()
            .into_member("http://pb")
            .unwrap();
        assert_eq!(member.name, "José Bakker");
        assert!(member.job_title.is_none() && member.organisation.is_none() && member.province.is_none());
        assert!(member.expertise.is_empty() && member.links.is_empty() && member.avatar.is_none());
        assert_eq!(member.joined_at, Timestamp::parse("2025-01-02T10:00:00Z").unwrap());
    }

    #[test]
    fn a_full_profile_keeps_every_field() {
        let row = r#"{"id":"abc","name":"Eva","avatar":"eva_x1.png","organisation":"org1",
            "job_title":"Adviseur","bio":"**Hoi**","expertise":["Woo","  ",3,"Omgevingswet"],"province":"utrecht",
            "links":{"website":"https://eva.nl","mastodon":""},"created":"2025-01-02 10:00:00Z",
            "visibility":{"bio":"hidden","job_title":"public","x":"nonsense"}}"#;
        let member = serde_json::from_str::<PbProfile>(row)
            .unwrap()
            .into_member("http://pb/")
            .unwrap();
        assert_eq!(
            member.avatar.as_deref(),
            Some("http://pb/api/files/members/abc/eva_x1.png")
        );
        assert_eq!(member.expertise, vec!["Woo", "Omgevingswet"]);
        assert_eq!(member.province, Some(Province::Utrecht));
        assert_eq!(member.links.website.as_deref(), Some("https://eva.nl"));
        assert!(member.links.mastodon.is_none());
        assert_eq!(member.visibility.get("bio"), Some(&Visibility::Hidden));
        assert_eq!(member.visibility.get("job_title"), Some(&Visibility::Public));
        assert!(!member.visibility.contains_key("x"));
    }

    #[test]
    fn odd_json_written_by_a_member_does_not_break_the_list() {
        let row = r#"{"id":"abc","name":"Eva","expertise":{"a":1},"links":"https://x","visibility":[1],
            "joined_at":"2025-01-02 10:00:00Z"}"#;
        let member = serde_json::from_str::<PbProfile>(row).unwrap().into_member("").unwrap();
        assert!(member.expertise.is_empty() && member.links.is_empty() && member.visibility.is_empty());
    }

    #[test]
    fn a_comment_is_edited_only_when_its_times_differ() {
        let comment = |updated: &str| PbComment {
            id: "c1".into(),
            post: "p1".into(),
            author: "m1".into(),
            body: "Tekst".into(),
            parent: String::new(),
            created: "2026-11-27 09:41:12.123Z".into(),
            updated: updated.into(),
        };
        let names = AuthorNames::new();
        let fresh = comment("2026-11-27 09:41:12.123Z").into_comment(&names).unwrap();
        assert_eq!(fresh.updated_at, None);
        let edited = comment("2026-11-27 09:41:12.900Z").into_comment(&names).unwrap();
        assert!(
            edited.updated_at.is_some(),
            "an edit within the same second still counts"
        );
        assert_eq!(comment("").into_comment(&names).unwrap().updated_at, None);
    }

    #[test]
    fn a_post_gets_its_author_name_and_theme() {
        let row = r#"{"id":"p1","author":"m1","theme":"t1","kind":"question","title":"Vraag","body":"Tekst",
            "tags":["woo"],"comment_count":2,"reactions":{"like":3,"thanks":1},"pinned":false,"hidden":false,
            "created":"2026-01-01 09:00:00.000Z","updated":"2026-01-01 09:00:30.000Z","edited":"",
            "expand":{"theme":{"id":"t1","slug":"open-data","name":"Open data","access":"open"}}}"#;
        let names = AuthorNames::from([("m1".to_owned(), "Eva".to_owned())]);
        let post = serde_json::from_str::<PbPost>(row).unwrap().into_post(&names).unwrap();
        assert_eq!(post.author.name, "Eva");
        assert_eq!(post.theme.map(|t| t.slug), Some("open-data".to_owned()));
        assert_eq!(post.kind, PostKind::Question);
        assert_eq!(
            (post.reactions.like, post.reactions.insightful, post.reactions.thanks),
            (3, 0, 1)
        );
        assert!(
            post.updated_at.is_none(),
            "updated by a counter or a moderator is not an edit"
        );
    }

    #[test]
    fn an_edited_post_and_a_gone_author_show_as_such() {
        let row = r#"{"id":"p1","author":"gone","theme":"","kind":"blog","title":"T","body":"B",
            "created":"2026-01-01 09:00:00Z","updated":"2026-01-02 09:00:00Z","edited":"2026-01-01 09:00:05.120Z"}"#;
        let post = serde_json::from_str::<PbPost>(row)
            .unwrap()
            .into_post(&AuthorNames::new())
            .unwrap();
        assert_eq!(post.author.name, FORMER_MEMBER);
        assert!(post.theme.is_none());
        assert!(post.updated_at.is_some());
    }

    #[test]
    fn unknown_enum_values_are_a_server_error() {
        let row = r#"{"id":"p1","author":"m","kind":"rant","title":"T","body":"B",
            "created":"2026-01-01 09:00:00Z","updated":"2026-01-01 09:00:00Z"}"#;
        let result = serde_json::from_str::<PbPost>(row)
            .unwrap()
            .into_post(&AuthorNames::new());
        assert!(matches!(result, Err(BackendError::Server(_))));
    }

    #[test]
    fn an_event_without_limit_has_no_capacity() {
        let row = r#"{"id":"e1","title":"Netwerkdag","starts_at":"2027-03-27 08:00:00.000Z",
            "ends_at":"2027-03-27 15:00:00.000Z","capacity":0,"going_count":4,"location":"Lelystad"}"#;
        let event = Event::try_from(serde_json::from_str::<PbEvent>(row).unwrap()).unwrap();
        assert_eq!(event.capacity, None);
        assert_eq!(event.location.as_deref(), Some("Lelystad"));
        assert!(event.online_url.is_none());
    }
}
