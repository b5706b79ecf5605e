//! The list widgets: a theme's (or the whole) wall, upcoming meetings, and the themes.
//! They use the app's own cards and respect the host's switches as the app does.

use super::frame::{may_read, EmbedFrame, JoinLink, MembersOnlyNote};
use crate::backend::{optional_theme, BackendError, EventQuery, PostQuery};
use crate::components::common::{async_view_or, EmptyState};
use crate::components::event::EventCard;
use crate::components::post::PostCard;
use crate::components::theme::ThemeCard;
use crate::model::text::{fold, percent_encode};
use crate::model::{Event, PageRequest, Post, Theme};
use crate::state::{backend_resource, use_config, use_session, use_texts};
use leptos::prelude::*;

/// A widget shows the newest few; the rest is one click away in the app.
const WIDGET_POSTS: u32 = 5;
const WIDGET_EVENTS: u32 = 5;

/// The app page of a theme, or `all` without one.
fn more_href(theme: Option<&str>, all: &str) -> String {
    theme.map_or_else(|| all.to_owned(), |slug| format!("themes/{}", percent_encode(slug)))
}

#[component]
pub fn WallWidget(theme: Option<String>) -> impl IntoView {
    let texts = use_texts();
    let heading = RwSignal::new(texts.nav_wall.to_owned());
    let more = more_href(theme.as_deref(), "wall");
    let body = if may_read(use_config().features.public_wall) {
        view! { <WallPosts theme heading/> }.into_any()
    } else {
        view! { <MembersOnlyNote message=texts.wall_members_only/> }.into_any()
    };
    view! { <EmbedFrame heading more>{body}</EmbedFrame> }
}

#[component]
fn WallPosts(theme: Option<String>, heading: RwSignal<String>) -> impl IntoView {
    let texts = use_texts();
    let posts = backend_resource(move |backend| {
        let slug = theme.clone();
        async move {
            let theme = optional_theme(backend.as_ref(), slug.as_deref()).await?;
            let query = PostQuery {
                theme: theme.as_ref().map(|t| t.id.clone()),
                page: PageRequest::new(1, WIDGET_POSTS),
                ..Default::default()
            };
            let page = backend.posts(&query).await?;
            Ok::<_, BackendError>((theme, page.items))
        }
    });
    Effect::new(move || {
        if let Some(Ok((Some(theme), _))) = posts.get() {
            heading.set((texts.embed.wall_of)(&theme.name));
        }
    });
    loaded(
        posts,
        texts.embed.theme_not_found,
        move |(_, posts): (Option<Theme>, Vec<Post>)| {
            let list = if posts.is_empty() {
                view! { <EmptyState message=texts.embed.no_posts/> }.into_any()
            } else {
                view! {
                    <ul class="kp-stack" aria-label=texts.nav_wall>
                        {posts.into_iter().map(|post| view! { <PostCard post/> }).collect_view()}
                    </ul>
                }
                .into_any()
            };
            view! { {list} <JoinLink/> }
        },
    )
}

#[component]
pub fn EventsWidget(theme: Option<String>) -> impl IntoView {
    let texts = use_texts();
    let heading = RwSignal::new(texts.embed.events.to_owned());
    let more = more_href(theme.as_deref(), "events");
    let body = if use_config().features.meetings {
        view! { <UpcomingEvents theme heading/> }.into_any()
    } else {
        view! { <p>{texts.embed.meetings_off}</p> }.into_any()
    };
    view! { <EmbedFrame heading more>{body}</EmbedFrame> }
}

#[component]
fn UpcomingEvents(theme: Option<String>, heading: RwSignal<String>) -> impl IntoView {
    let texts = use_texts();
    let events = backend_resource(move |backend| {
        let slug = theme.clone();
        async move {
            let theme = optional_theme(backend.as_ref(), slug.as_deref()).await?;
            let query = EventQuery {
                theme: theme.as_ref().map(|t| t.id.clone()),
                upcoming_only: true,
                page: PageRequest::new(1, WIDGET_EVENTS),
                ..Default::default()
            };
            let page = backend.events(&query).await?;
            Ok::<_, BackendError>((theme, page.items))
        }
    });
    Effect::new(move || {
        if let Some(Ok((Some(theme), _))) = events.get() {
            heading.set((texts.embed.events_of)(&theme.name));
        }
    });
    loaded(
        events,
        texts.embed.theme_not_found,
        move |(_, events): (Option<Theme>, Vec<Event>)| {
            let list = if events.is_empty() {
                view! { <EmptyState message=texts.embed.no_events/> }.into_any()
            } else {
                view! {
                    <ul class="kp-stack" aria-label=texts.embed.events>
                        {events.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}
                    </ul>
                }
                .into_any()
            };
            view! { {list} <JoinLink/> }
        },
    )
}

#[component]
pub fn ThemesWidget() -> impl IntoView {
    let texts = use_texts();
    let themes = backend_resource(|backend| async move { backend.themes().await });
    view! {
        <EmbedFrame heading=Signal::stored(texts.nav_themes.to_owned()) more="themes">
            {loaded(themes, texts.themes_none, move |themes| {
                if themes.is_empty() {
                    return view! { <EmptyState message=texts.themes_none/> }.into_any();
                }
                let mut sorted: Vec<Theme> = themes.as_ref().clone();
                sorted.sort_by_key(|t| fold(&t.name));
                view! {
                    <ul class="kp-stack" aria-label=texts.nav_themes>
                        {sorted.into_iter().map(|theme| view! { <ThemeCard theme/> }).collect_view()}
                    </ul>
                }
                .into_any()
            })}
        </EmbedFrame>
    }
}

/// The three states of a widget's data: loading; not found (`not_found`), members only
/// or another error with a retry; the content.
pub fn loaded<T, V>(
    resource: LocalResource<Result<T, BackendError>>,
    not_found: &'static str,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    let texts = use_texts();
    let session = use_session();
    let explain = move |error: BackendError| match error {
        BackendError::NotFound => Ok(view! { <p>{not_found}</p> }.into_any()),
        BackendError::Forbidden | BackendError::Unauthorized if session.account().is_none() => {
            Ok(view! { <MembersOnlyNote message=texts.error(&error)/> }.into_any())
        }
        other => Err(other),
    };
    async_view_or(resource, explain, render)
}
