//! The one door to data: the [`Backend`] trait, its errors and capabilities.
//! Views call these methods and never see a backend's wire format.

pub mod cache;
pub mod http;
pub mod pocketbase;
pub mod static_json;

use crate::model::account::{
    EmailChangeConfirm, EmailChangeRequest, FormerMemberPosts, PasswordReset, PasswordResetRequest,
};
use crate::model::directory::{DirectoryResult, MemberQuery};
use crate::model::{
    AvatarUpload, Comment, CommentDraft, CommentId, ContentTarget, Credentials, Event, EventId, EventInput, KindFilter,
    MeetingPlace, Member, MemberId, Membership, MembershipId, MembershipStatus, Organisation, Page, PageRequest, Post,
    PostDraft, PostId, ProfileUpdate, ReactionKind, Registration, ReportReason, RsvpStatus, Session, Theme, ThemeDraft,
    ThemeId, ThemeMember, ThemeRef, ThemeRole,
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

/// A change another member made, as a live backend reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveEvent {
    /// A new post on the wall.
    PostCreated { post: PostId, author: MemberId },
    /// A comment on this post was added, changed or removed.
    CommentsChanged { post: PostId, author: MemberId },
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
    /// Asked too often from here (PocketBase's rate limit, HTTP 429): wait, then try again.
    TooMany,
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
            Self::TooMany => f.write_str("too many requests"),
            Self::Server(why) => write!(f, "server error: {why}"),
        }
    }
}

impl std::error::Error for BackendError {}

impl BackendError {
    /// The same error with a field's complaint filed under the form's name for it, for
    /// forms whose field names differ from the backend's (`name` of a theme is
    /// `theme_name`, worded unlike a person's name).
    pub fn renamed_field(self, from: &str, to: &str) -> Self {
        match self {
            Self::Validation(mut fields) => {
                if let Some(code) = fields.remove(from) {
                    fields.insert(to.to_owned(), code);
                }
                Self::Validation(fields)
            }
            other => other,
        }
    }
}

/// Filters for the knowledge wall.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PostQuery {
    pub theme: Option<ThemeId>,
    /// Posts in any of these themes ("Mijn thema's"); an empty list matches nothing.
    pub themes: Option<Vec<ThemeId>>,
    pub author: Option<MemberId>,
    pub kind: Option<KindFilter>,
    /// One tag, matched whole without regard to case.
    pub tag: Option<String>,
    /// Words to find in the title, the text or the tags.
    pub text: String,
    /// Reports on this meeting.
    pub event: Option<EventId>,
    pub page: PageRequest,
}

/// Filters for meetings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventQuery {
    pub theme: Option<ThemeId>,
    /// Only meetings that have not ended yet.
    pub upcoming_only: bool,
    /// Only online meetings, or only those with a location.
    pub place: Option<MeetingPlace>,
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
    /// A theme's members and open requests, as far as this viewer may see them
    /// (`Forbidden` when they may see none).
    async fn theme_members(&self, theme: &ThemeId) -> Result<Vec<ThemeMember>, BackendError>;

    async fn posts(&self, query: &PostQuery) -> Result<Page<Post>, BackendError>;
    async fn post(&self, id: &PostId) -> Result<Post, BackendError>;
    async fn comments(&self, post: &PostId) -> Result<Vec<Comment>, BackendError>;

    async fn events(&self, query: &EventQuery) -> Result<Page<Event>, BackendError>;
    async fn event(&self, id: &EventId) -> Result<Event, BackendError>;

    // ── Live changes, for backends whose capabilities say `realtime`. ──

    /// The address of the server-sent event stream.
    fn live_url(&self) -> Option<String> {
        None
    }
    /// The names of the stream's events that carry changes, after the stream said hello.
    fn live_topics(&self) -> &'static [&'static str] {
        &[]
    }
    /// Reads the connection id from the stream's first event (`PB_CONNECT` for PocketBase).
    fn live_connection(&self, _event: &str, _data: &str) -> Option<String> {
        None
    }
    /// Asks the server to send changes on `connection`, as the logged-in member may see them.
    async fn live_subscribe(&self, _connection: &str) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// One change from the stream, or `None` for what the app does not follow.
    fn live_event(&self, _topic: &str, _data: &str) -> Option<LiveEvent> {
        None
    }

    // ── Accounts. A read-only backend has none: the defaults say so. ──

    /// The session requests are sent with, if any.
    fn session(&self) -> Option<Session> {
        None
    }
    /// Uses a session remembered from an earlier visit (or forgets it with `None`).
    fn set_session(&self, _session: Option<Session>) {}
    async fn register(&self, _registration: &Registration) -> Result<Session, BackendError> {
        Err(BackendError::ReadOnly)
    }
    async fn log_in(&self, _credentials: &Credentials) -> Result<Session, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// "Wachtwoord vergeten?": mails a link to choose a new password if the address is a
    /// member's. The answer is the same whether or not it is, so nobody learns who is one.
    async fn request_password_reset(&self, _request: &PasswordResetRequest) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Sets the new password with the token from that link; the link works once.
    async fn confirm_password_reset(&self, _reset: &PasswordReset) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Mails the logged-in member a link that confirms their address.
    async fn request_verification(&self) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Confirms an address with the token from that link.
    async fn confirm_verification(&self, _token: &str) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Mails the new address a link that confirms the change; nothing changes before.
    async fn request_email_change(&self, _request: &EmailChangeRequest) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Changes the address with the token from that link and the member's password. The
    /// backend ends the member's sessions: they log in again with the new address.
    async fn confirm_email_change(&self, _confirm: &EmailChangeConfirm) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Exchanges the current token for a fresh one; `Unauthorized` when it expired.
    async fn refresh_session(&self) -> Result<Session, BackendError> {
        Err(BackendError::Unauthorized)
    }
    fn log_out(&self) {
        self.set_session(None);
    }
    /// The logged-in member's own profile, every field and its visibility.
    async fn my_profile(&self) -> Result<Member, BackendError> {
        Err(BackendError::Unauthorized)
    }
    async fn update_profile(&self, _update: &ProfileUpdate) -> Result<Member, BackendError> {
        Err(BackendError::ReadOnly)
    }
    async fn upload_avatar(&self, _avatar: &AvatarUpload) -> Result<Member, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Everything the backend stores about the logged-in member, as a JSON document to save.
    async fn export_my_data(&self) -> Result<String, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Deletes the logged-in member's account and personal data; their posts and comments
    /// go or stay as `posts` says. The session ends with it.
    async fn delete_account(&self, _posts: FormerMemberPosts) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }

    // ── Writes, as the logged-in member. ──

    /// A draft with an `id` that exists already is a `Conflict` with [`ALREADY_SENT`].
    async fn create_post(&self, _draft: &PostDraft) -> Result<Post, BackendError> {
        Err(BackendError::ReadOnly)
    }
    async fn update_post(&self, _id: &PostId, _draft: &PostDraft) -> Result<Post, BackendError> {
        Err(BackendError::ReadOnly)
    }
    async fn delete_post(&self, _id: &PostId) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Like `create_post`, a comment's chosen `id` makes a second send an [`ALREADY_SENT`]
    /// conflict; a comment on a post that is gone is `NotFound`.
    async fn create_comment(&self, _draft: &CommentDraft) -> Result<Comment, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Changes the text of my comment.
    async fn update_comment(&self, _id: &CommentId, _body: &str) -> Result<Comment, BackendError> {
        Err(BackendError::ReadOnly)
    }
    async fn delete_comment(&self, _id: &CommentId) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// My reactions to a post (not its comments).
    async fn my_reactions(&self, _post: &PostId) -> Result<Vec<ReactionKind>, BackendError> {
        Ok(Vec::new())
    }
    /// Gives (`on`) or takes back one reaction; giving one twice is a `Conflict`.
    async fn set_reaction(&self, _target: &ContentTarget, _kind: ReactionKind, _on: bool) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Joins an open theme (active) or asks to join one on request (pending).
    async fn join_theme(&self, _theme: &ThemeId) -> Result<MembershipStatus, BackendError> {
        Err(BackendError::ReadOnly)
    }
    async fn leave_theme(&self, _theme: &ThemeId) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Reports a post or comment to the moderators of its theme; reporting the same thing
    /// twice is a `Conflict`.
    async fn report(&self, _target: &ContentTarget, _reason: ReportReason, _note: &str) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// The themes I moderate (or own).
    async fn my_moderated_themes(&self) -> Result<Vec<ThemeId>, BackendError> {
        Ok(Vec::new())
    }
    /// My memberships of themes and my requests to join, in every theme.
    async fn my_memberships(&self) -> Result<Vec<Membership>, BackendError> {
        Ok(Vec::new())
    }
    /// Whether I may start a new theme (the host decides: every member, or admins only).
    async fn may_create_themes(&self) -> Result<bool, BackendError> {
        Ok(false)
    }
    /// Starts a theme; I become its owner. A slug in use is a `Validation` error on `slug`.
    async fn create_theme(&self, _draft: &ThemeDraft) -> Result<Theme, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Changes a theme's page (moderators); its slug stays.
    async fn update_theme(&self, _id: &ThemeId, _draft: &ThemeDraft) -> Result<Theme, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Admits a request to join (moderators).
    async fn approve_membership(&self, _id: &MembershipId) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Gives a member another role in the theme (moderators; only owners make owners).
    async fn set_theme_role(&self, _id: &MembershipId, _role: ThemeRole) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Removes a member, or declines a request (moderators). Removing the last owner is a
    /// `Conflict` with [`LAST_OWNER`].
    async fn remove_membership(&self, _id: &MembershipId) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Adds a member to a theme, whatever its access (moderators).
    async fn invite_to_theme(&self, _theme: &ThemeId, _member: &MemberId) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Plans a meeting of a theme (its moderators).
    async fn create_event(&self, _input: &EventInput) -> Result<Event, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Changes a meeting (the moderators of its theme).
    async fn update_event(&self, _id: &EventId, _input: &EventInput) -> Result<Event, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Hides a post from everyone but its author and the theme's moderators, or shows it again.
    async fn set_post_hidden(&self, _id: &PostId, _hidden: bool) -> Result<Post, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// Chooses a question's answer (a top-level comment on it), or takes it back with
    /// `None`: for its asker and the moderators of its theme.
    async fn accept_answer(&self, _post: &PostId, _answer: Option<&CommentId>) -> Result<Post, BackendError> {
        Err(BackendError::ReadOnly)
    }
    /// My answer to a meeting, if I gave one.
    async fn my_rsvp(&self, _event: &EventId) -> Result<Option<RsvpStatus>, BackendError> {
        Ok(None)
    }
    /// Sets my answer to a meeting; "going" to a full meeting is a `Conflict`.
    async fn rsvp(&self, _event: &EventId, _status: RsvpStatus) -> Result<(), BackendError> {
        Err(BackendError::ReadOnly)
    }
}

/// The theme with this slug, or `None` without a slug: for lists "of one theme, or all".
pub async fn optional_theme(backend: &dyn Backend, slug: Option<&str>) -> Result<Option<Theme>, BackendError> {
    match slug {
        Some(slug) => backend.theme(slug).await.map(Some),
        None => Ok(None),
    }
}

/// The `Conflict` when leaving or removing would leave a theme without an owner.
pub const LAST_OWNER: &str = "last_owner";
/// The `Conflict` when a post or comment with the writer's chosen id exists already:
/// an earlier send arrived, though its answer may have been lost.
pub const ALREADY_SENT: &str = "already_sent";
/// The `Conflict` when the member gave this reaction already.
pub const ALREADY_REACTED: &str = "already_reacted";
/// The `Conflict` when a meeting has no places left.
pub const EVENT_FULL: &str = "event_full";
