//! The PocketBase adapter: the whole [`Backend`] over PocketBase's REST API.
//!
//! - Profiles of others come from the `public_profiles` / `member_profiles` views, which
//!   leave out what their owner does not show this viewer (the auth collection itself is
//!   owner-only). Authors of a page of posts or comments are named in one extra request
//!   for the whole page, never one per row.
//! - The session token travels in the `Authorization` header; the state layer remembers
//!   it across reloads.

pub mod directory;
pub mod filter;
mod groups;
pub mod live;
mod meetings;
pub mod records;
pub mod wire;

use super::cache::Cached;
use super::http::{self, decode, Body, Method};
use super::{
    Backend, BackendError, Capabilities, EventQuery, LiveEvent, PostQuery, ALREADY_REACTED, ALREADY_SENT, EVENT_FULL,
};
use crate::model::account::{
    codes, EmailChangeConfirm, EmailChangeRequest, FormerMemberPosts, PasswordReset, PasswordResetRequest,
};
use crate::model::directory::{DirectoryResult, MemberQuery};
use crate::model::event::agenda_order;
use crate::model::text::query_string;
use crate::model::{
    Account, AvatarUpload, Comment, CommentDraft, CommentId, ContentTarget, Credentials, Event, EventId, EventInput,
    KindFilter, Member, MemberId, Membership, MembershipId, MembershipStatus, Organisation, Page, PageRequest, Post,
    PostDraft, PostId, PostKind, ProfileUpdate, Province, ReactionKind, Registration, ReportReason, RsvpStatus,
    Session, Theme, ThemeAccess, ThemeDraft, ThemeId, ThemeMember, ThemeRef, ThemeRole, Timestamp,
};
use async_trait::async_trait;
use filter::Filter;
use records::{
    AuthorNames, PbAuth, PbComment, PbEvent, PbId, PbMembership, PbName, PbOrganisation, PbPost, PbProfile, PbReaction,
    PbTheme, PbThemeRef,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, RwLock};
use wire::{map_error, PbList};

/// PocketBase's largest page.
const MAX_PER_PAGE: u32 = 1000;
/// Words of a wall search sent to the server; more make a slow query, not a better one.
const MAX_SEARCH_WORDS: usize = 8;
/// For internal lists; [`PageRequest::new`] caps pages at what a reader wants to scroll.
const ALL_ON_ONE_PAGE: PageRequest = PageRequest {
    page: 1,
    per_page: MAX_PER_PAGE,
};

/// The PocketBase adapter.
pub struct PocketBase {
    /// The server's origin, without a trailing slash; empty for the app's own origin.
    base: String,
    session: RwLock<Option<Session>>,
    /// Organisations change rarely and every directory page names them.
    organisations: Cached<Vec<Organisation>>,
}

/// One list request.
struct ListRequest<'a> {
    collection: &'a str,
    filter: Option<Filter>,
    sort: &'a str,
    page: PageRequest,
    expand: Option<&'a str>,
    fields: Option<&'a str>,
}

impl<'a> ListRequest<'a> {
    fn new(collection: &'a str) -> Self {
        ListRequest {
            collection,
            filter: None,
            sort: "",
            page: ALL_ON_ONE_PAGE,
            expand: None,
            fields: None,
        }
    }

    fn path(&self) -> String {
        let mut params = vec![
            ("page", self.page.page.to_string()),
            ("perPage", self.page.per_page.to_string()),
        ];
        if let Some(filter) = self.filter.as_ref().and_then(Filter::render) {
            params.push(("filter", filter));
        }
        if !self.sort.is_empty() {
            params.push(("sort", self.sort.to_owned()));
        }
        if let Some(expand) = self.expand {
            params.push(("expand", expand.to_owned()));
        }
        if let Some(fields) = self.fields {
            params.push(("fields", fields.to_owned()));
        }
        // No list needs PocketBase's count, and it is the expensive part: on the wall a
        // COUNT cost ~300 ms a page and the list ~3 ms, on the profile views the count
        // doubles a list of authors. PocketBase then answers `totalItems: -1`.
        params.push(("skipTotal", "1".to_owned()));
        format!("/api/collections/{}/records{}", self.collection, query_string(&params))
    }
}

/// A successful answer's body, decoded by the caller into the record type it expects:
/// one request path serves every record type.
struct Answer {
    path: String,
    text: String,
}

impl Answer {
    fn new(path: &str, text: String) -> Self {
        Answer {
            path: path.to_owned(),
            text,
        }
    }

    fn decode<T: DeserializeOwned>(&self) -> Result<T, BackendError> {
        decode(&self.path, &self.text)
    }
}

impl PocketBase {
    /// `url` is the server's address; empty or `/` for the origin the app is served from.
    pub fn new(url: &str) -> Self {
        PocketBase {
            base: url.trim().trim_end_matches('/').to_owned(),
            session: RwLock::new(None),
            organisations: Cached::new(),
        }
    }

    fn token(&self) -> Option<String> {
        self.session().map(|s| s.token)
    }

    /// The logged-in member, or `Unauthorized`.
    fn me(&self) -> Result<Account, BackendError> {
        self.session().map(|s| s.account).ok_or(BackendError::Unauthorized)
    }

    /// Profiles as this viewer may see them.
    fn profiles_view(&self) -> &'static str {
        if self.session().is_some() {
            "member_profiles"
        } else {
            "public_profiles"
        }
    }

    async fn call(&self, method: Method, path: &str, body: Body) -> Result<String, BackendError> {
        self.call_as(self.token().as_deref(), method, path, body).await
    }

    /// A request with this token, or none.
    async fn call_as(
        &self,
        token: Option<&str>,
        method: Method,
        path: &str,
        body: Body,
    ) -> Result<String, BackendError> {
        let url = format!("{}{path}", self.base);
        let reply = http::send(method, &url, token, body).await?;
        if reply.is_success() {
            Ok(reply.text)
        } else {
            Err(map_error(reply.status, &reply.text))
        }
    }

    async fn get(&self, path: &str) -> Result<Answer, BackendError> {
        let text = self.call(Method::Get, path, Body::Empty).await?;
        Ok(Answer::new(path, text))
    }

    async fn send_json(&self, method: Method, path: &str, body: serde_json::Value) -> Result<Answer, BackendError> {
        let text = self.call(method, path, Body::Json(body.to_string())).await?;
        Ok(Answer::new(path, text))
    }

    async fn delete(&self, collection: &str, id: &str) -> Result<(), BackendError> {
        let path = record_path(collection, id)?;
        self.call(Method::Delete, &path, Body::Empty).await.map(drop)
    }

    async fn list(&self, request: &ListRequest<'_>) -> Result<Answer, BackendError> {
        self.get(&request.path()).await
    }

    /// Every record of a list, page after page (for short lists such as themes).
    async fn list_all<T: DeserializeOwned>(&self, mut request: ListRequest<'_>) -> Result<Vec<T>, BackendError> {
        let mut items = Vec::new();
        request.page = ALL_ON_ONE_PAGE;
        loop {
            let page: PbList<T> = self.list(&request).await?.decode()?;
            let fetched = page.items.len();
            items.extend(page.items);
            // Without a count, only a page that is not full is known to be the last.
            if fetched < MAX_PER_PAGE as usize {
                return Ok(items);
            }
            request.page.page += 1;
        }
    }

    /// The names of these authors, in one request.
    async fn author_names(&self, ids: impl IntoIterator<Item = &str>) -> Result<AuthorNames, BackendError> {
        // A former member's kept posts have no author to name.
        let ids: BTreeSet<&str> = ids.into_iter().filter(|id| !id.is_empty()).collect();
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let mut request = ListRequest::new(self.profiles_view());
        request.page = PageRequest {
            page: 1,
            per_page: ids.len() as u32,
        };
        request.fields = Some("id,name");
        request.filter = Some(Filter::Any(ids.iter().map(|id| Filter::eq("id", *id)).collect()));
        let list: PbList<PbName> = self.list(&request).await?.decode()?;
        Ok(list.items.into_iter().map(|n| (n.id, n.name)).collect())
    }

    async fn with_authors(&self, list: PbList<PbPost>) -> Result<Page<Post>, BackendError> {
        let names = self.author_names(list.items.iter().map(|p| p.author.as_str())).await?;
        let items = list
            .items
            .into_iter()
            .map(|p| p.into_post(&names))
            .collect::<Result<Vec<_>, _>>()?;
        // Without a count (skipTotal) a full page means "there may be more": the wall only
        // asks has_next().
        let total = u32::try_from(list.total_items).unwrap_or_else(|_| {
            let len = items.len() as u32;
            list.page.saturating_sub(1) * list.per_page + len + u32::from(len >= list.per_page)
        });
        Ok(Page {
            items,
            page: list.page,
            per_page: list.per_page,
            total,
        })
    }

    fn remember(&self, auth: PbAuth) -> Session {
        let session = Session {
            token: auth.token,
            account: auth.record.into(),
        };
        self.set_session(Some(session.clone()));
        session
    }

    /// My one record in `collection` that matches `condition`, if any (reactions, RSVPs
    /// and memberships are unique per member and target).
    async fn mine<T: DeserializeOwned>(
        &self,
        collection: &str,
        fields: &'static str,
        condition: Filter,
    ) -> Result<Option<T>, BackendError> {
        let me = self.me()?;
        let mut request = ListRequest::new(collection);
        request.page = PageRequest::new(1, 1);
        request.fields = Some(fields);
        request.filter = Some(Filter::All(vec![Filter::eq("member", me.id.as_str()), condition]));
        let list: PbList<T> = self.list(&request).await?.decode()?;
        Ok(list.items.into_iter().next())
    }

    /// My reaction to a target, if any.
    async fn my_reaction(&self, target: &ContentTarget) -> Result<Option<PbReaction>, BackendError> {
        self.mine("reactions", "id,kind", target_filter(target)).await
    }

    /// The id of my record in `collection` whose `field` is `id`.
    async fn my_record_in(
        &self,
        collection: &str,
        field: &'static str,
        id: &str,
    ) -> Result<Option<String>, BackendError> {
        let found: Option<PbId> = self.mine(collection, "id", Filter::eq(field, id)).await?;
        Ok(found.map(|r| r.id))
    }
}

fn target_filter(target: &ContentTarget) -> Filter {
    match target {
        ContentTarget::Post(post) => Filter::eq("target_post", post.as_str()),
        ContentTarget::Comment(comment) => Filter::eq("target_comment", comment.as_str()),
    }
}

/// The URL path of one record. Ids go into the path, so one that cannot exist is `NotFound`.
fn record_path(collection: &str, id: &str) -> Result<String, BackendError> {
    Ok(format!("/api/collections/{collection}/records/{}", path_segment(id)?))
}

/// The logged-in member's own record, the only member record they may read or change.
fn my_record_path(me: &Account) -> Result<String, BackendError> {
    record_path("members", me.id.as_str())
}

/// Record ids go into URL paths; PocketBase ids are `[a-z0-9]`, anything else cannot exist.
fn path_segment(id: &str) -> Result<&str, BackendError> {
    if !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        Ok(id)
    } else {
        Err(BackendError::NotFound)
    }
}

/// PocketBase compares dates as text in its own layout: `2026-11-27 05:00:00.000Z`.
fn pb_time(at: Timestamp) -> String {
    let iso = at.to_rfc3339();
    format!("{}.000Z", iso.trim_end_matches('Z').replacen('T', " ", 1))
}

/// What PocketBase says when a relation names a record that does not exist (any more).
const MISSING_RECORD: &str = "validation_missing_rel_records";

/// The errors of creating a post, comment or reaction, in the contract's terms.
/// Posts and comments have no unique field but their id: with an id of the writer's
/// choosing, "not unique" means an earlier send of the same thing arrived. A missing
/// related record (the post was deleted meanwhile) is `NotFound`.
fn creation_error(error: BackendError, chosen_id: bool) -> BackendError {
    match error {
        BackendError::Conflict(_) if chosen_id => BackendError::Conflict(ALREADY_SENT.into()),
        BackendError::Validation(fields) if fields.values().any(|code| code == MISSING_RECORD) => {
            BackendError::NotFound
        }
        other => other,
    }
}

fn post_body(draft: &PostDraft) -> serde_json::Value {
    json!({
        "kind": draft.kind.as_str(),
        "title": draft.title.trim(),
        "body": draft.body,
        "tags": draft.tags,
    })
}

#[async_trait(?Send)]
impl Backend for PocketBase {
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            can_write: true,
            realtime: true,
            auth: true,
        }
    }

    async fn organisations(&self) -> Result<Arc<Vec<Organisation>>, BackendError> {
        self.organisations
            .get_or_load(async {
                let mut request = ListRequest::new("organisations");
                request.sort = "name";
                let wire: Vec<PbOrganisation> = self.list_all(request).await?;
                wire.into_iter().map(Organisation::try_from).collect()
            })
            .await
    }

    async fn members(&self, query: &MemberQuery) -> Result<DirectoryResult, BackendError> {
        let (reply, organisations) =
            futures::future::try_join(self.get(&directory::url(query)), self.organisations()).await?;
        let reply: directory::PbDirectory = reply.decode()?;
        let (page, facets) = reply.into_parts(&self.base)?;
        let organisations = organisations
            .iter()
            .filter(|o| page.items.iter().any(|m| m.organisation.as_ref() == Some(&o.id)))
            .cloned()
            .collect();
        Ok(DirectoryResult {
            page,
            facets,
            organisations,
        })
    }

    async fn member(&self, id: &MemberId) -> Result<Member, BackendError> {
        if self.session().is_some_and(|s| &s.account.id == id) {
            return self.my_profile().await;
        }
        let path = record_path(self.profiles_view(), id.as_str())?;
        self.get(&path).await?.decode::<PbProfile>()?.into_member(&self.base)
    }

    async fn member_themes(&self, id: &MemberId) -> Result<Vec<ThemeRef>, BackendError> {
        #[derive(Deserialize)]
        struct Expand {
            theme: Option<PbThemeRef>,
        }
        #[derive(Deserialize)]
        struct Row {
            expand: Option<Expand>,
        }
        let mut request = ListRequest::new("memberships");
        request.filter = Some(Filter::All(vec![
            Filter::eq("member", id.as_str()),
            Filter::eq("status", "active"),
        ]));
        request.expand = Some("theme");
        let rows: Vec<Row> = self.list_all(request).await?;
        let mut themes: Vec<ThemeRef> = rows
            .into_iter()
            .filter_map(|r| r.expand?.theme.map(ThemeRef::from))
            .collect();
        themes.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(themes)
    }

    async fn themes(&self) -> Result<Arc<Vec<Theme>>, BackendError> {
        let mut request = ListRequest::new("themes");
        request.sort = "name";
        let wire: Vec<PbTheme> = self.list_all(request).await?;
        Ok(Arc::new(
            wire.into_iter().map(Theme::try_from).collect::<Result<_, _>>()?,
        ))
    }

    async fn theme_members(&self, theme: &ThemeId) -> Result<Vec<ThemeMember>, BackendError> {
        self.theme_members_of(theme).await
    }

    async fn theme(&self, slug: &str) -> Result<Theme, BackendError> {
        let mut request = ListRequest::new("themes");
        request.page = PageRequest::new(1, 1);
        request.filter = Some(Filter::eq("slug", slug));
        let list: PbList<PbTheme> = self.list(&request).await?.decode()?;
        list.items
            .into_iter()
            .next()
            .ok_or(BackendError::NotFound)
            .and_then(Theme::try_from)
    }

    async fn posts(&self, query: &PostQuery) -> Result<Page<Post>, BackendError> {
        let mut parts = Vec::new();
        if let Some(theme) = &query.theme {
            parts.push(Filter::eq("theme", theme.as_str()));
        }
        if let Some(author) = &query.author {
            parts.push(Filter::eq("author", author.as_str()));
        }
        if let Some(event) = &query.event {
            parts.push(Filter::eq("event", event.as_str()));
        }
        match query.kind {
            Some(KindFilter::Only(kind)) => parts.push(Filter::eq("kind", kind.as_str())),
            Some(KindFilter::OpenQuestions) => {
                parts.push(Filter::eq("kind", PostKind::Question.as_str()));
                parts.push(Filter::eq("accepted_answer", ""));
            }
            None => {}
        }
        if let Some(themes) = &query.themes {
            if themes.is_empty() {
                return Ok(Page::slice(Vec::new(), query.page));
            }
            parts.push(Filter::Any(
                themes.iter().map(|t| Filter::eq("theme", t.as_str())).collect(),
            ));
        }
        if let Some(tag) = &query.tag {
            // Tags are a JSON list stored as text: the quoted tag is a whole element.
            parts.push(Filter::contains("tags", format!("\"{}\"", tag.trim())));
        }
        for word in query.text.split_whitespace().take(MAX_SEARCH_WORDS) {
            parts.push(Filter::Any(
                ["title", "body", "tags"]
                    .into_iter()
                    .map(|field| Filter::contains(field, word))
                    .collect(),
            ));
        }
        let mut request = ListRequest::new("posts");
        request.filter = Some(Filter::All(parts));
        // A theme pins posts to the top of its own wall.
        request.sort = if query.kind == Some(KindFilter::OpenQuestions) {
            // the one waiting longest first
            "created,id"
        } else if query.theme.is_some() {
            "-pinned,-created,id"
        } else {
            "-created,id"
        };
        request.page = query.page;
        request.expand = Some("theme");
        let list = self.list(&request).await?.decode()?;
        self.with_authors(list).await
    }

    async fn post(&self, id: &PostId) -> Result<Post, BackendError> {
        let path = format!("{}?expand=theme", record_path("posts", id.as_str())?);
        let post: PbPost = self.get(&path).await?.decode()?;
        let names = self.author_names([post.author.as_str()]).await?;
        post.into_post(&names)
    }

    async fn comments(&self, post: &PostId) -> Result<Vec<Comment>, BackendError> {
        let mut request = ListRequest::new("comments");
        request.filter = Some(Filter::eq("post", post.as_str()));
        request.sort = "created,id";
        let wire: Vec<PbComment> = self.list_all(request).await?;
        let names = self.author_names(wire.iter().map(|c| c.author.as_str())).await?;
        wire.into_iter().map(|c| c.into_comment(&names)).collect()
    }

    async fn events(&self, query: &EventQuery) -> Result<Page<Event>, BackendError> {
        let now = crate::clock::now();
        let mut parts = Vec::new();
        if let Some(theme) = &query.theme {
            parts.push(Filter::eq("theme", theme.as_str()));
        }
        if query.upcoming_only {
            parts.push(Filter::GreaterOrEqual("ends_at", pb_time(now).into()));
        }
        let mut request = ListRequest::new("events");
        request.filter = Some(Filter::All(parts));
        request.sort = "starts_at,id";
        request.expand = Some("theme");
        // A network has tens of meetings a year: order them here, upcoming first, then past.
        let wire: Vec<PbEvent> = self.list_all(request).await?;
        let mut events = wire.into_iter().map(Event::try_from).collect::<Result<Vec<_>, _>>()?;
        if let Some(place) = query.place {
            events.retain(|e| place.fits(e));
        }
        agenda_order(&mut events, now);
        Ok(Page::slice(events, query.page))
    }

    async fn event(&self, id: &EventId) -> Result<Event, BackendError> {
        let path = format!("{}?expand=theme", record_path("events", id.as_str())?);
        Event::try_from(self.get(&path).await?.decode::<PbEvent>()?)
    }

    // ── Accounts ──

    fn session(&self) -> Option<Session> {
        self.session.read().ok().and_then(|s| s.clone())
    }

    fn set_session(&self, session: Option<Session>) {
        if let Ok(mut slot) = self.session.write() {
            *slot = session;
        }
    }

    async fn register(&self, registration: &Registration) -> Result<Session, BackendError> {
        let errors = registration.check();
        if !errors.is_empty() {
            return Err(BackendError::Validation(errors));
        }
        let body = json!({
            "name": registration.name.trim(),
            "email": registration.email.trim(),
            "password": registration.password,
            "passwordConfirm": registration.password,
            "organisation": registration.organisation.as_ref().map(|o| o.as_str()).unwrap_or_default(),
            "emailVisibility": false,
        });
        let created = self
            .send_json(Method::Post, "/api/collections/members/records", body)
            .await;
        match created {
            Ok(_) => {}
            // The only unique field of a new member is the email address.
            Err(BackendError::Conflict(_)) => {
                return Err(BackendError::Validation(BTreeMap::from([(
                    "email".to_owned(),
                    codes::TAKEN.to_owned(),
                )])))
            }
            Err(other) => return Err(other),
        }
        let session = self
            .log_in(&Credentials {
                email: registration.email.trim().to_owned(),
                password: registration.password.clone(),
            })
            .await?;
        // The mail that confirms the address; registering has succeeded either way (the
        // profile page offers to send it again).
        if let Err(error) = self.request_verification().await {
            leptos::logging::warn!("verification mail not requested: {error}");
        }
        Ok(session)
    }

    async fn log_in(&self, credentials: &Credentials) -> Result<Session, BackendError> {
        let errors = credentials.check();
        if !errors.is_empty() {
            return Err(BackendError::Validation(errors));
        }
        // Without the current token, which may be the very one that expired; a failed
        // attempt leaves the current session as it was.
        let path = "/api/collections/members/auth-with-password";
        let body = json!({ "identity": credentials.email.trim(), "password": credentials.password });
        let result = self
            .call_as(None, Method::Post, path, Body::Json(body.to_string()))
            .await
            .and_then(|text| decode::<PbAuth>(path, &text));
        match result {
            Ok(auth) => Ok(self.remember(auth)),
            // PocketBase does not say which of the two was wrong, and should not.
            Err(BackendError::Validation(_)) => Err(BackendError::Validation(BTreeMap::from([(
                "password".to_owned(),
                codes::WRONG_CREDENTIALS.to_owned(),
            )]))),
            Err(other) => Err(other),
        }
    }

    async fn request_password_reset(&self, request: &PasswordResetRequest) -> Result<(), BackendError> {
        let errors = request.check();
        if !errors.is_empty() {
            return Err(BackendError::Validation(errors));
        }
        let path = "/api/collections/members/request-password-reset";
        let body = json!({ "email": request.email.trim() });
        self.call_as(None, Method::Post, path, Body::Json(body.to_string()))
            .await
            .map(drop)
    }

    async fn confirm_password_reset(&self, reset: &PasswordReset) -> Result<(), BackendError> {
        let errors = reset.check();
        if !errors.is_empty() {
            return Err(BackendError::Validation(errors));
        }
        let path = "/api/collections/members/confirm-password-reset";
        let body =
            json!({ "token": reset.token.trim(), "password": reset.password, "passwordConfirm": reset.password });
        self.call_as(None, Method::Post, path, Body::Json(body.to_string()))
            .await
            .map(drop)
    }

    async fn request_verification(&self) -> Result<(), BackendError> {
        let me = self.me()?;
        let path = "/api/collections/members/request-verification";
        let body = json!({ "email": me.email });
        self.call_as(None, Method::Post, path, Body::Json(body.to_string()))
            .await
            .map(drop)
    }

    async fn confirm_verification(&self, token: &str) -> Result<(), BackendError> {
        if token.trim().is_empty() {
            return Err(BackendError::Validation(BTreeMap::from([(
                "token".to_owned(),
                codes::INVALID_TOKEN.to_owned(),
            )])));
        }
        let path = "/api/collections/members/confirm-verification";
        let body = json!({ "token": token.trim() });
        self.call_as(None, Method::Post, path, Body::Json(body.to_string()))
            .await
            .map(drop)
    }

    async fn request_email_change(&self, request: &EmailChangeRequest) -> Result<(), BackendError> {
        let errors = request.check();
        if !errors.is_empty() {
            return Err(BackendError::Validation(errors));
        }
        self.me()?;
        let body = json!({ "newEmail": request.new_email.trim() });
        self.send_json(Method::Post, "/api/collections/members/request-email-change", body)
            .await
            .map(drop)
            .map_err(|error| error.renamed_field("newEmail", "email"))
    }

    async fn confirm_email_change(&self, confirm: &EmailChangeConfirm) -> Result<(), BackendError> {
        let errors = confirm.check();
        if !errors.is_empty() {
            return Err(BackendError::Validation(errors));
        }
        let path = "/api/collections/members/confirm-email-change";
        let body = json!({ "token": confirm.token.trim(), "password": confirm.password });
        self.call_as(None, Method::Post, path, Body::Json(body.to_string()))
            .await
            .map(drop)?;
        // PocketBase ended every session of this member: this one too.
        self.set_session(None);
        Ok(())
    }

    async fn refresh_session(&self) -> Result<Session, BackendError> {
        if self.session().is_none() {
            return Err(BackendError::Unauthorized);
        }
        let result = self
            .send_json(Method::Post, "/api/collections/members/auth-refresh", json!({}))
            .await
            .and_then(|answer| answer.decode::<PbAuth>());
        match result {
            Ok(auth) => Ok(self.remember(auth)),
            Err(error @ (BackendError::Unauthorized | BackendError::Forbidden | BackendError::NotFound)) => {
                self.set_session(None);
                Err(if error == BackendError::Forbidden {
                    BackendError::Unauthorized
                } else {
                    error
                })
            }
            Err(other) => Err(other),
        }
    }

    async fn my_profile(&self) -> Result<Member, BackendError> {
        let me = self.me()?;
        let path = my_record_path(&me)?;
        self.get(&path).await?.decode::<PbProfile>()?.into_member(&self.base)
    }

    async fn update_profile(&self, update: &ProfileUpdate) -> Result<Member, BackendError> {
        let me = self.me()?;
        let body = json!({
            "name": update.name.trim(),
            "organisation": update.organisation.as_ref().map(|o| o.as_str()).unwrap_or_default(),
            "job_title": update.job_title.trim(),
            "bio": update.bio,
            "expertise": update.expertise,
            "province": update.province.map(Province::as_str).unwrap_or_default(),
            "links": update.links,
            "visibility": update.visibility,
        });
        let path = my_record_path(&me)?;
        let member = self
            .send_json(Method::Patch, &path, body)
            .await?
            .decode::<PbProfile>()?
            .into_member(&self.base)?;
        if let Some(mut session) = self.session() {
            session.account.name = member.name.clone();
            self.set_session(Some(session));
        }
        Ok(member)
    }

    async fn upload_avatar(&self, avatar: &AvatarUpload) -> Result<Member, BackendError> {
        let me = self.me()?;
        let form = avatar_form(avatar)?;
        let path = my_record_path(&me)?;
        let text = self.call(Method::Patch, &path, Body::Form(form)).await?;
        decode::<PbProfile>(&path, &text)?.into_member(&self.base)
    }

    fn live_url(&self) -> Option<String> {
        Some(format!("{}/api/realtime", self.base))
    }

    fn live_topics(&self) -> &'static [&'static str] {
        live::TOPICS
    }

    fn live_connection(&self, event: &str, data: &str) -> Option<String> {
        live::connection(event, data)
    }

    async fn live_subscribe(&self, connection: &str) -> Result<(), BackendError> {
        let body = json!({ "clientId": connection, "subscriptions": live::TOPICS });
        self.send_json(Method::Post, "/api/realtime", body).await.map(drop)
    }

    fn live_event(&self, topic: &str, data: &str) -> Option<LiveEvent> {
        live::event(topic, data)
    }

    async fn report(&self, target: &ContentTarget, reason: ReportReason, note: &str) -> Result<(), BackendError> {
        let me = self.me()?;
        let (post, comment) = match target {
            ContentTarget::Post(p) => (p.as_str(), ""),
            ContentTarget::Comment(c) => ("", c.as_str()),
        };
        let body = json!({
            "reporter": me.id.as_str(),
            "target_post": post,
            "target_comment": comment,
            "reason": reason.as_str(),
            "note": note.trim(),
        });
        match self
            .send_json(Method::Post, "/api/collections/reports/records", body)
            .await
        {
            Ok(_) => Ok(()),
            // One report per member and target: the unique index answers a second one.
            Err(BackendError::Validation(fields)) if fields.values().any(|c| c == codes::TAKEN) => {
                Err(BackendError::Conflict("already_reported".into()))
            }
            Err(other) => Err(other),
        }
    }

    async fn my_moderated_themes(&self) -> Result<Vec<ThemeId>, BackendError> {
        let Some(session) = self.session() else {
            return Ok(Vec::new());
        };
        #[derive(Deserialize)]
        struct Moderated {
            #[serde(default)]
            moderated_themes: Vec<String>,
        }
        let path = format!("{}?fields=moderated_themes", my_record_path(&session.account)?);
        let mine: Moderated = self.get(&path).await?.decode()?;
        Ok(mine.moderated_themes.into_iter().map(ThemeId).collect())
    }

    async fn my_memberships(&self) -> Result<Vec<Membership>, BackendError> {
        self.memberships_of_mine().await
    }

    async fn may_create_themes(&self) -> Result<bool, BackendError> {
        self.theme_creation_allowed().await
    }

    async fn create_theme(&self, draft: &ThemeDraft) -> Result<Theme, BackendError> {
        self.me()?;
        self.save_theme(None, draft).await
    }

    async fn update_theme(&self, id: &ThemeId, draft: &ThemeDraft) -> Result<Theme, BackendError> {
        self.me()?;
        self.save_theme(Some(id), draft).await
    }

    async fn approve_membership(&self, id: &MembershipId) -> Result<(), BackendError> {
        self.patch_membership(id, json!({ "status": "active" })).await
    }

    async fn set_theme_role(&self, id: &MembershipId, role: ThemeRole) -> Result<(), BackendError> {
        self.set_role(id, role).await
    }

    async fn remove_membership(&self, id: &MembershipId) -> Result<(), BackendError> {
        self.drop_membership(id).await
    }

    async fn invite_to_theme(&self, theme: &ThemeId, member: &MemberId) -> Result<(), BackendError> {
        self.me()?;
        self.add_member(theme, member).await
    }

    async fn create_event(&self, input: &EventInput) -> Result<Event, BackendError> {
        self.me()?;
        self.save_event(None, input).await
    }

    async fn update_event(&self, id: &EventId, input: &EventInput) -> Result<Event, BackendError> {
        self.me()?;
        self.save_event(Some(id), input).await
    }

    async fn set_post_hidden(&self, id: &PostId, hidden: bool) -> Result<Post, BackendError> {
        let path = format!("{}?expand=theme", record_path("posts", id.as_str())?);
        let post: PbPost = self
            .send_json(Method::Patch, &path, json!({ "hidden": hidden }))
            .await?
            .decode()?;
        let names = self.author_names([post.author.as_str()]).await?;
        post.into_post(&names)
    }

    async fn accept_answer(&self, post: &PostId, answer: Option<&CommentId>) -> Result<Post, BackendError> {
        let path = format!("{}?expand=theme", record_path("posts", post.as_str())?);
        let body = json!({ "accepted_answer": answer.map(CommentId::as_str).unwrap_or_default() });
        let post: PbPost = self.send_json(Method::Patch, &path, body).await?.decode()?;
        let names = self.author_names([post.author.as_str()]).await?;
        post.into_post(&names)
    }

    async fn export_my_data(&self) -> Result<String, BackendError> {
        self.me()?;
        self.call(Method::Get, "/api/knooppunt/export", Body::Empty).await
    }

    async fn delete_account(&self, posts: FormerMemberPosts) -> Result<(), BackendError> {
        self.me()?;
        let body = json!({ "posts": posts.as_str() });
        self.send_json(Method::Post, "/api/knooppunt/account/delete", body)
            .await?;
        self.set_session(None);
        Ok(())
    }

    // ── Writes ──

    async fn create_post(&self, draft: &PostDraft) -> Result<Post, BackendError> {
        let me = self.me()?;
        let mut body = post_body(draft);
        body["author"] = json!(me.id.as_str());
        body["theme"] = json!(draft.theme.as_ref().map(|t| t.as_str()).unwrap_or_default());
        body["event"] = json!(draft.event.as_ref().map(|e| e.as_str()).unwrap_or_default());
        if let Some(id) = &draft.id {
            body["id"] = json!(id.as_str());
        }
        let post: PbPost = self
            .send_json(Method::Post, "/api/collections/posts/records?expand=theme", body)
            .await
            .map_err(|error| creation_error(error, draft.id.is_some()))?
            .decode()?;
        post.into_post(&AuthorNames::from([(me.id.0, me.name)]))
    }

    async fn update_post(&self, id: &PostId, draft: &PostDraft) -> Result<Post, BackendError> {
        let path = format!("{}?expand=theme", record_path("posts", id.as_str())?);
        self.send_json(Method::Patch, &path, post_body(draft)).await?;
        // Read back: the trigger that stamps `edited` runs after the answer was made.
        self.post(id).await
    }

    async fn delete_post(&self, id: &PostId) -> Result<(), BackendError> {
        self.delete("posts", id.as_str()).await
    }

    async fn create_comment(&self, draft: &CommentDraft) -> Result<Comment, BackendError> {
        let me = self.me()?;
        let mut body = json!({
            "post": draft.post.as_str(),
            "parent": draft.parent.as_ref().map(|c| c.as_str()).unwrap_or_default(),
            "author": me.id.as_str(),
            "body": draft.body,
        });
        if let Some(id) = &draft.id {
            body["id"] = json!(id.as_str());
        }
        let comment: PbComment = self
            .send_json(Method::Post, "/api/collections/comments/records", body)
            .await
            .map_err(|error| creation_error(error, draft.id.is_some()))?
            .decode()?;
        comment.into_comment(&AuthorNames::from([(me.id.0, me.name)]))
    }

    async fn update_comment(&self, id: &CommentId, body: &str) -> Result<Comment, BackendError> {
        let path = record_path("comments", id.as_str())?;
        let comment: PbComment = self
            .send_json(Method::Patch, &path, json!({ "body": body }))
            .await?
            .decode()?;
        let names = self.author_names([comment.author.as_str()]).await?;
        comment.into_comment(&names)
    }

    async fn delete_comment(&self, id: &CommentId) -> Result<(), BackendError> {
        self.delete("comments", id.as_str()).await
    }

    async fn my_reactions(&self, post: &PostId) -> Result<Vec<ReactionKind>, BackendError> {
        if self.session().is_none() {
            return Ok(Vec::new());
        }
        let mine = self.my_reaction(&ContentTarget::Post(post.clone())).await?;
        Ok(mine
            .and_then(|r| ReactionKind::ALL.into_iter().find(|k| k.as_str() == r.kind))
            .into_iter()
            .collect())
    }

    async fn set_reaction(&self, target: &ContentTarget, kind: ReactionKind, on: bool) -> Result<(), BackendError> {
        let me = self.me()?;
        let existing = self.my_reaction(target).await?;
        match (existing, on) {
            // One reaction per member and target: another kind replaces mine.
            (Some(mine), true) if mine.kind != kind.as_str() => {
                let path = record_path("reactions", &mine.id)?;
                self.send_json(Method::Patch, &path, json!({ "kind": kind.as_str() }))
                    .await
                    .map(drop)
            }
            (Some(_), true) => Err(BackendError::Conflict(ALREADY_REACTED.into())),
            (None, true) => {
                let (post, comment) = match target {
                    ContentTarget::Post(p) => (p.as_str(), ""),
                    ContentTarget::Comment(c) => ("", c.as_str()),
                };
                let body = json!({
                    "member": me.id.as_str(),
                    "target_post": post,
                    "target_comment": comment,
                    "kind": kind.as_str(),
                });
                self.send_json(Method::Post, "/api/collections/reactions/records", body)
                    .await
                    .map(drop)
                    .map_err(|error| creation_error(error, false))
            }
            (Some(mine), false) if mine.kind == kind.as_str() => self.delete("reactions", &mine.id).await,
            // Taking back what I did not give changes nothing.
            (_, false) => Ok(()),
        }
    }

    async fn join_theme(&self, theme: &ThemeId) -> Result<MembershipStatus, BackendError> {
        let me = self.me()?;
        let path = record_path("themes", theme.as_str())?;
        let found = Theme::try_from(self.get(&path).await?.decode::<PbTheme>()?)?;
        let status = match found.access {
            ThemeAccess::Open => MembershipStatus::Active,
            ThemeAccess::OnRequest => MembershipStatus::Pending,
            ThemeAccess::InviteOnly => return Err(BackendError::Forbidden),
        };
        let body = json!({
            "theme": theme.as_str(),
            "member": me.id.as_str(),
            "role": "member",
            "status": if status == MembershipStatus::Active { "active" } else { "pending" },
        });
        let created: PbMembership = self
            .send_json(Method::Post, "/api/collections/memberships/records", body)
            .await?
            .decode()?;
        Ok(if created.status == "active" {
            MembershipStatus::Active
        } else {
            MembershipStatus::Pending
        })
    }

    async fn leave_theme(&self, theme: &ThemeId) -> Result<(), BackendError> {
        match self.my_record_in("memberships", "theme", theme.as_str()).await? {
            Some(id) => self.drop_membership(&MembershipId(id)).await,
            None => Ok(()),
        }
    }

    async fn my_rsvp(&self, event: &EventId) -> Result<Option<RsvpStatus>, BackendError> {
        if self.session().is_none() {
            return Ok(None);
        }
        #[derive(Deserialize)]
        struct Mine {
            status: String,
        }
        let mine: Option<Mine> = self
            .mine("rsvps", "id,status", Filter::eq("event", event.as_str()))
            .await?;
        Ok(mine.and_then(|m| RsvpStatus::parse(&m.status)))
    }

    async fn rsvp(&self, event: &EventId, status: RsvpStatus) -> Result<(), BackendError> {
        let me = self.me()?;
        let result = match self.my_record_in("rsvps", "event", event.as_str()).await? {
            Some(id) => {
                let path = record_path("rsvps", &id)?;
                self.send_json(Method::Patch, &path, json!({ "status": status.as_str() }))
                    .await
            }
            None => {
                let body = json!({ "event": event.as_str(), "member": me.id.as_str(), "status": status.as_str() });
                self.send_json(Method::Post, "/api/collections/rsvps/records", body)
                    .await
            }
        };
        match result {
            Ok(_) => Ok(()),
            // pb_hooks/capacity.pb.js words a full meeting as a field error on `status`.
            Err(BackendError::Validation(fields)) if fields.get("status").is_some_and(|c| c == EVENT_FULL) => {
                Err(BackendError::Conflict(EVENT_FULL.into()))
            }
            Err(other) => Err(other),
        }
    }
}

/// A `multipart/form-data` body with the avatar file.
fn avatar_form(avatar: &AvatarUpload) -> Result<web_sys::FormData, BackendError> {
    let broken = |e: wasm_bindgen::JsValue| BackendError::Network(format!("{e:?}"));
    let bytes = js_sys::Uint8Array::from(avatar.bytes.as_slice());
    let parts = js_sys::Array::of1(&bytes);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&avatar.mime_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(broken)?;
    let form = web_sys::FormData::new().map_err(broken)?;
    form.append_with_blob_and_filename("avatar", &blob, &avatar.file_name)
        .map_err(broken)?;
    Ok(form)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_paths_encode_filter_sort_and_paging() {
        let mut request = ListRequest::new("posts");
        request.filter = Some(Filter::All(vec![
            Filter::eq("theme", "abc"),
            Filter::eq("kind", "blog"),
        ]));
        request.sort = "-created,id";
        request.page = PageRequest::new(2, 20);
        request.expand = Some("theme");
        assert_eq!(
            request.path(),
            "/api/collections/posts/records?page=2&perPage=20&filter=%28theme%20%3D%20%27abc%27%20%26%26%20kind%20%3D%20%27blog%27%29&sort=-created%2Cid&expand=theme&skipTotal=1"
        );
        let bare = ListRequest::new("themes");
        assert_eq!(
            bare.path(),
            "/api/collections/themes/records?page=1&perPage=1000&skipTotal=1"
        );
    }

    #[test]
    fn ids_that_cannot_exist_never_reach_a_url() {
        assert_eq!(path_segment("abc123"), Ok("abc123"));
        for bad in ["", "../members", "a/b", "a?b", "a b", &"x".repeat(65)] {
            assert_eq!(path_segment(bad), Err(BackendError::NotFound), "{bad}");
        }
    }

    #[test]
    fn times_compare_in_pocketbase_layout() {
        let at = Timestamp::parse("2026-11-27T05:00:00Z").unwrap();
        assert_eq!(pb_time(at), "2026-11-27 05:00:00.000Z");
    }

    #[test]
    fn the_server_url_loses_its_trailing_slash() {
        assert_eq!(PocketBase::new("http://127.0.0.1:8090/").base, "http://127.0.0.1:8090");
        assert_eq!(PocketBase::new("/").base, "");
        assert_eq!(PocketBase::new("").base, "");
    }
}
