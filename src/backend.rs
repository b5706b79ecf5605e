//! The one door to data: the [`Backend`] trait, its errors and capabilities.
//! Views call these methods and never see a backend's wire format.

pub mod http;
pub mod pocketbase;
pub mod static_json;

use crate::model::directory::{DirectoryResult, MemberQuery};
use crate::model::{
    Comment, Event, EventId, Member, MemberId, Organisation, Page, PageRequest, Post, PostId, PostKind, Theme, ThemeId,
    ThemeRef,
};
use async_trait::async_trait;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// What an adapter can do, so the UI hides what would fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Capabilities {
    pub can_write: bool,
    pub realtime: bool,
    pub auth: bool,
}

/// Everything that can go wrong talking to a backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// No answer: offline, DNS, CORS, connection refused.
    Network(String),
    /// Not logged in, or the session expired.
    Unauthorized,
    /// Logged in, but not allowed.
    Forbidden,
    NotFound,
    /// The input was refused; field name → reason.
    Validation(BTreeMap<String, String>),
    /// Clashes with the current state (already reacted, meeting full).
    Conflict(String),
    /// This backend cannot write.
    ReadOnly,
    /// The server failed, or answered something that is not the contract.
    Server(String),
}

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Network(why) => write!(f, "network error: {why}"),
            Self::Unauthorized => f.write_str("not logged in"),
            Self::Forbidden => f.write_str("not allowed"),
            Self::NotFound => f.write_str("not found"),
            Self::Validation(fields) => {
                f.write_str("invalid input:")?;
                for (field, message) in fields {
                    write!(f, " {field}: {message};")?;
                }
                Ok(())
            }
            Self::Conflict(why) => write!(f, "conflict: {why}"),
            Self::ReadOnly => f.write_str("this backend is read-only"),
            Self::Server(why) => write!(f, "server error: {why}"),
        }
    }
}

impl std::error::Error for BackendError {}

/// Filters for the knowledge wall.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PostQuery {
    pub theme: Option<ThemeId>,
    pub author: Option<MemberId>,
    pub kind: Option<PostKind>,
    pub page: PageRequest,
}

/// Filters for meetings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventQuery {
    pub theme: Option<ThemeId>,
    /// Only meetings that have not ended yet.
    pub upcoming_only: bool,
    pub page: PageRequest,
}

/// The data source, chosen at run time from `config.json`.
///
/// `?Send` because browser futures are not `Send`; the trait itself is `Send + Sync`
/// so an `Arc<dyn Backend>` can live in a Leptos context.
#[async_trait(?Send)]
pub trait Backend: Send + Sync {
    fn capabilities(&self) -> Capabilities;

    async fn organisations(&self) -> Result<Arc<Vec<Organisation>>, BackendError>;
    async fn members(&self, query: &MemberQuery) -> Result<DirectoryResult, BackendError>;
    async fn member(&self, id: &MemberId) -> Result<Member, BackendError>;
    /// The themes a member is an active member of.
    async fn member_themes(&self, id: &MemberId) -> Result<Vec<ThemeRef>, BackendError>;

    async fn themes(&self) -> Result<Arc<Vec<Theme>>, BackendError>;
    async fn theme(&self, slug: &str) -> Result<Theme, BackendError>;

    async fn posts(&self, query: &PostQuery) -> Result<Page<Post>, BackendError>;
    async fn post(&self, id: &PostId) -> Result<Post, BackendError>;
    async fn comments(&self, post: &PostId) -> Result<Vec<Comment>, BackendError>;

    async fn events(&self, query: &EventQuery) -> Result<Page<Event>, BackendError>;
    async fn event(&self, id: &EventId) -> Result<Event, BackendError>;
}
