//! Theme groups: self-organised groups around one subject.

use super::ids::ThemeId;
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

/// One member's place in one theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    pub id: String,
    pub theme: ThemeId,
    pub member: super::ids::MemberId,
    pub role: ThemeRole,
    pub status: MembershipStatus,
    pub created_at: Timestamp,
}
