//! Read-only adapter over `data/*.json` files in model shape, served by any web
//! server or CDN. Each file is fetched once; search, filters and paging run in
//! the browser over the loaded data.

use super::cache::Cached;
use super::http::{get_json, join};
use super::{Backend, BackendError, Capabilities, EventQuery, PostQuery};
use crate::model::directory::{DirectoryIndex, DirectoryResult, MemberQuery};
use crate::model::event::agenda_order;
use crate::model::post::{matches_search, sort_feed};
use crate::model::text::{fold, words};
use crate::model::{
    Comment, Event, EventId, KindFilter, Member, MemberId, MemberRef, Membership, MembershipStatus, Organisation, Page,
    Post, PostId, Theme, ThemeId, ThemeMember, ThemeRef,
};
use async_trait::async_trait;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// The static JSON adapter.
pub struct StaticJson {
    base_url: String,
    organisations: Cached<Vec<Organisation>>,
    directory: Cached<DirectoryIndex>,
    themes: Cached<Vec<Theme>>,
    memberships: Cached<Vec<Membership>>,
    posts: Cached<Vec<Post>>,
    comments: Cached<Vec<Comment>>,
    events: Cached<Vec<Event>>,
}

impl StaticJson {
    /// `base_url` is the folder holding the files, e.g. `data/` or `https://cdn.example/netwerk/data/`.
    pub fn new(base_url: impl Into<String>) -> Self {
        StaticJson {
            base_url: base_url.into(),
            organisations: Cached::new(),
            directory: Cached::new(),
            themes: Cached::new(),
            memberships: Cached::new(),
            posts: Cached::new(),
            comments: Cached::new(),
            events: Cached::new(),
        }
    }

    async fn load<T: DeserializeOwned>(&self, cell: &Cached<T>, file: &str) -> Result<Arc<T>, BackendError> {
        cell.get_or_load(get_json::<T>(&join(&self.base_url, file))).await
    }

    async fn directory(&self) -> Result<Arc<DirectoryIndex>, BackendError> {
        self.directory
            .get_or_load(async {
                // All files at once: the directory is the page people wait for most.
                let members_url = join(&self.base_url, "members.json");
                let (organisations, members, themes, memberships) = futures::future::try_join4(
                    self.organisations(),
                    get_json::<Vec<Member>>(&members_url),
                    self.themes(),
                    self.load(&self.memberships, "memberships.json"),
                )
                .await?;
                let themes: Vec<ThemeRef> = themes.iter().map(Theme::as_ref).collect();
                Ok(DirectoryIndex::new(members, &organisations, &themes, &memberships))
            })
            .await
    }

    async fn all_posts(&self) -> Result<Arc<Vec<Post>>, BackendError> {
        self.posts
            .get_or_load(async {
                let mut posts: Vec<Post> = get_json(&join(&self.base_url, "posts.json")).await?;
                posts.retain(|p| !p.hidden);
                sort_feed(&mut posts);
                Ok(posts)
            })
            .await
    }
}

#[async_trait(?Send)]
impl Backend for StaticJson {
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            can_write: false,
            realtime: false,
            auth: false,
        }
    }

    async fn organisations(&self) -> Result<Arc<Vec<Organisation>>, BackendError> {
        self.load(&self.organisations, "organisations.json").await
    }

    async fn members(&self, query: &MemberQuery) -> Result<DirectoryResult, BackendError> {
        Ok(self.directory().await?.search(query))
    }

    async fn member(&self, id: &MemberId) -> Result<Member, BackendError> {
        self.directory()
            .await?
            .get(id.as_str())
            .cloned()
            .ok_or(BackendError::NotFound)
    }

    async fn member_themes(&self, id: &MemberId) -> Result<Vec<ThemeRef>, BackendError> {
        let memberships = self.load(&self.memberships, "memberships.json").await?;
        let themes = self.themes().await?;
        let mut refs: Vec<ThemeRef> = memberships
            .iter()
            .filter(|m| &m.member == id && m.status == MembershipStatus::Active)
            .filter_map(|m| themes.iter().find(|t| t.id == m.theme).map(Theme::as_ref))
            .collect();
        refs.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(refs)
    }

    async fn themes(&self) -> Result<Arc<Vec<Theme>>, BackendError> {
        self.load(&self.themes, "themes.json").await
    }

    async fn theme(&self, slug: &str) -> Result<Theme, BackendError> {
        self.themes()
            .await?
            .iter()
            .find(|t| t.slug == slug)
            .cloned()
            .ok_or(BackendError::NotFound)
    }

    async fn theme_members(&self, theme: &ThemeId) -> Result<Vec<ThemeMember>, BackendError> {
        // The files hold what the host published; a mirror has no requests to decide.
        let (memberships, directory) =
            futures::future::try_join(self.load(&self.memberships, "memberships.json"), self.directory()).await?;
        Ok(memberships
            .iter()
            .filter(|m| &m.theme == theme && m.status == MembershipStatus::Active)
            .filter_map(|m| {
                let member = directory.get(m.member.as_str())?;
                Some(ThemeMember {
                    membership: m.id.clone(),
                    member: MemberRef {
                        id: member.id.clone(),
                        name: member.name.clone(),
                    },
                    role: m.role,
                    status: m.status,
                    since: m.created_at,
                })
            })
            .collect())
    }

    async fn posts(&self, query: &PostQuery) -> Result<Page<Post>, BackendError> {
        let posts = self.all_posts().await?;
        let words: Vec<String> = words(&query.text).collect();
        let matching: Vec<Post> = posts
            .iter()
            .filter(|p| {
                query
                    .theme
                    .as_ref()
                    .is_none_or(|t| p.theme.as_ref().is_some_and(|pt| &pt.id == t))
            })
            .filter(|p| {
                query
                    .themes
                    .as_ref()
                    .is_none_or(|ids| p.theme.as_ref().is_some_and(|pt| ids.contains(&pt.id)))
            })
            .filter(|p| query.author.as_ref().is_none_or(|a| &p.author.id == a))
            .filter(|p| query.event.as_ref().is_none_or(|e| p.event.as_ref() == Some(e)))
            .filter(|p| query.kind.is_none_or(|k| k.matches(p)))
            .filter(|p| {
                query
                    .tag
                    .as_deref()
                    .map(fold)
                    .is_none_or(|tag| p.tags.iter().any(|t| fold(t) == tag))
            })
            .filter(|p| matches_search(p, &words))
            .cloned()
            .collect();
        let mut matching = matching;
        if query.kind == Some(KindFilter::OpenQuestions) {
            // the one waiting longest first
            matching.sort_by(|a, b| a.created_at.cmp(&b.created_at).then_with(|| a.id.0.cmp(&b.id.0)));
        }
        Ok(Page::slice(matching, query.page))
    }

    async fn post(&self, id: &PostId) -> Result<Post, BackendError> {
        self.all_posts()
            .await?
            .iter()
            .find(|p| &p.id == id)
            .cloned()
            .ok_or(BackendError::NotFound)
    }

    async fn comments(&self, post: &PostId) -> Result<Vec<Comment>, BackendError> {
        let comments = self.load(&self.comments, "comments.json").await?;
        Ok(comments.iter().filter(|c| &c.post == post).cloned().collect())
    }

    async fn events(&self, query: &EventQuery) -> Result<Page<Event>, BackendError> {
        let events = self.load(&self.events, "events.json").await?;
        let now = crate::clock::now();
        let mut matching: Vec<Event> = events
            .iter()
            .filter(|e| {
                query
                    .theme
                    .as_ref()
                    .is_none_or(|t| e.theme.as_ref().is_some_and(|et| &et.id == t))
            })
            .filter(|e| !query.upcoming_only || !e.is_past(now))
            .filter(|e| query.place.is_none_or(|place| place.fits(e)))
            .cloned()
            .collect();
        agenda_order(&mut matching, now);
        Ok(Page::slice(matching, query.page))
    }

    async fn event(&self, id: &EventId) -> Result<Event, BackendError> {
        let events = self.load(&self.events, "events.json").await?;
        events
            .iter()
            .find(|e| &e.id == id)
            .cloned()
            .ok_or(BackendError::NotFound)
    }
}
