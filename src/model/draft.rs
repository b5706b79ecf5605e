//! What a member sends: new posts and comments, reactions, profile changes.
//! The backend fills in the author, counters and times itself.

use super::ids::{CommentId, OrganisationId, PostId, ThemeId};
use super::member::{MemberLinks, Visibility};
use super::organisation::Province;
use super::post::PostKind;
use std::collections::BTreeMap;

/// A post as written in the composer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostDraft {
    pub kind: PostKind,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub tags: Vec<String>,
    pub theme: Option<ThemeId>,
}

/// A comment, or a reply to one (one level deep).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentDraft {
    pub post: PostId,
    pub parent: Option<CommentId>,
    pub body: String,
}

/// What a reaction is given to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReactionTarget {
    Post(PostId),
    Comment(CommentId),
}

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

/// A new profile photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AvatarUpload {
    pub file_name: String,
    /// `image/png`, `image/jpeg`, ...
    pub mime_type: String,
    pub bytes: Vec<u8>,
}
