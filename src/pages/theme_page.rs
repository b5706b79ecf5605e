//! `/themes/:slug`: a theme's description, its people, its meetings and its wall, with
//! the buttons to join or leave and, for moderators, to run the group.

use super::NotFoundPage;
use crate::backend::{BackendError, EventQuery, PostQuery};
use crate::clock;
use crate::components::account::MembersOnly;
use crate::components::common::{async_view, EmptyState, ErrorView, Loading, PageHeading};
use crate::components::embed::{EmbedButton, EmbedChoice};
use crate::components::event::EventCard;
use crate::components::markdown::Markdown;
use crate::components::post::PostCard;
use crate::components::theme::{InviteForm, MembershipActions, MembershipRequests, Moderation, ThemeRoster};
use crate::model::embed::Widget;
use crate::model::{Event, MyPlace, PageRequest, Theme, ThemeAccess, ThemeId};
use crate::state::{backend_resource, use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

const THEME_POSTS: u32 = 10;
/// A theme has a handful of meetings a year; all of them fit one page.
const THEME_EVENTS: u32 = 100;

#[component]
pub fn ThemePage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let theme = backend_resource(move |backend| {
        let slug = slug.get();
        async move { backend.theme(&slug).await }
    });
    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match theme.await {
                    Ok(theme) => view! { <ThemeDetails theme/> }.into_any(),
                    Err(BackendError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(error) => view! { <ErrorView error retry=move |_| theme.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ThemeDetails(theme: Theme) -> impl IntoView {
    let texts = use_texts();
    let session = use_session();
    let features = crate::state::use_config().features;
    let meetings_on = features.meetings;
    // Every change to the group bumps this: my place, the people and the count reload.
    let version = RwSignal::new(0u32);
    let member_count = RwSignal::new(theme.member_count);
    let notice = RwSignal::new(None::<String>);
    let id = theme.id.clone();
    let slug = theme.slug.clone();

    let place = backend_resource({
        let id = id.clone();
        move |backend| {
            version.track();
            let id = id.clone();
            async move {
                let mine = backend.my_memberships().await?;
                Ok::<_, BackendError>(MyPlace::of(mine.iter().find(|m| m.theme == id)))
            }
        }
    });
    let place_now = Signal::derive(move || place.get().and_then(Result::ok));
    let people = backend_resource({
        let id = id.clone();
        move |backend| {
            version.track();
            let id = id.clone();
            async move { backend.theme_members(&id).await }
        }
    });
    let changed = Callback::new({
        let slug = slug.clone();
        let backend = use_backend();
        move |message: String| {
            notice.set(Some(message));
            version.update(|v| *v += 1);
            // The count comes from the backend, which keeps it.
            let backend = backend.clone();
            let slug = slug.clone();
            spawn_local(async move {
                if let Ok(fresh) = backend.theme(&slug).await {
                    member_count.set(fresh.member_count);
                }
            });
        }
    });
    let moderation = Moderation::new(changed);

    let moderates = move || place_now.get().is_some_and(MyPlace::moderates);
    let edit_href = format!("themes/{slug}/edit");
    let new_event_href = format!("themes/{slug}/events/new");
    let meetings_id = id.clone();
    let posts_id = id.clone();
    let roster_id = id.clone();

    view! {
        <PageHeading text=theme.name.clone()/>
        <p class="kp-lead">{theme.summary.clone()}</p>
        <p class="kp-hint">
            <span data-member-count=move || member_count.get().to_string()>{move || (texts.theme_member_count)(member_count.get())}</span>
            " · " {(texts.theme_access)(theme.access)}
        </p>
        <MembershipActions theme=id.clone() access=theme.access place=place_now on_changed=changed/>
        <p role="status" class="kp-notice" hidden=move || notice.read().is_none()>{move || notice.get()}</p>
        {move || moderates().then(|| view! { <p><a class="kp-button kp-button--secondary" href=edit_href.clone()>{texts.theme_edit}</a></p> })}
        <EmbedButton choices=theme_widgets(&slug, meetings_on)/>
        <section aria-labelledby="thema-over">
            <h2 id="thema-over">{texts.theme_about}</h2>
            <Markdown source=theme.description.clone()/>
        </section>
        <section aria-labelledby="thema-mensen">
            <h2 id="thema-mensen">{texts.theme_members}</h2>
            <Transition fallback=Loading>
                {move || {
                    let roster_id = roster_id.clone();
                    Suspend::new(async move {
                        let place = place.await.unwrap_or(MyPlace::Outside);
                        match people.await {
                            Ok(members) => {
                                let me = session.account().map(|a| a.id);
                                let present = members.iter().map(|m| m.member.id.clone()).collect();
                                view! {
                                    {place.moderates().then(|| view! { <MembershipRequests members=members.clone() moderation/> })}
                                    <ThemeRoster members place me moderation/>
                                    {place.moderates().then(|| view! { <InviteForm theme=roster_id present moderation/> })}
                                }
                                .into_any()
                            }
                            Err(BackendError::Forbidden) => {
                                let hint = if session.account().is_some() { texts.theme_members_hidden } else { texts.theme_members_login };
                                view! { <p class="kp-hint">{hint}</p> }.into_any()
                            }
                            Err(error) => view! { <ErrorView error retry=move |_| people.refetch()/> }.into_any(),
                        }
                    })
                }}
            </Transition>
        </section>
        // Loaded only when shown: a host may switch meetings off, and keep the wall for members.
        {meetings_on.then(|| view! { <ThemeMeetings theme=meetings_id new_event_href may_plan=Signal::derive(moderates)/> })}
        <section aria-labelledby="thema-bijdragen">
            <h2 id="thema-bijdragen">{texts.theme_posts}</h2>
            <MembersOnly public=features.public_wall message=texts.wall_members_only>
                <ThemeWall theme=posts_id.clone() access=theme.access place/>
            </MembersOnly>
        </section>
    }
}

/// The widgets of a theme an intranet may show: its wall, and its meetings when the
/// host keeps meetings.
fn theme_widgets(slug: &str, meetings_on: bool) -> Vec<EmbedChoice> {
    let texts = use_texts();
    let theme = Some(slug.to_owned());
    let mut choices = vec![EmbedChoice {
        label: texts.embed.snippet_wall,
        widget: Widget::Wall { theme: theme.clone() },
    }];
    if meetings_on {
        choices.push(EmbedChoice {
            label: texts.embed.snippet_events,
            widget: Widget::Events { theme },
        });
    }
    choices
}

/// The theme's meetings, upcoming then past, and "Nieuwe bijeenkomst" for its moderators.
#[component]
fn ThemeMeetings(theme: ThemeId, new_event_href: String, #[prop(into)] may_plan: Signal<bool>) -> impl IntoView {
    let texts = use_texts();
    let events = backend_resource(move |backend| {
        let query = EventQuery {
            theme: Some(theme.clone()),
            page: PageRequest::new(1, THEME_EVENTS),
            ..Default::default()
        };
        async move { backend.events(&query).await }
    });
    view! {
        <section aria-labelledby="thema-bijeenkomsten">
            <h2 id="thema-bijeenkomsten">{texts.theme_events}</h2>
            {move || may_plan.get().then(|| view! { <p><a class="kp-button" href=new_event_href.clone()>{texts.event_new}</a></p> })}
            {async_view(events, move |page| {
                let now = clock::now();
                let (past, upcoming): (Vec<Event>, Vec<Event>) = page.items.into_iter().partition(|e| e.is_past(now));
                view! {
                    <h3>{texts.theme_upcoming_events}</h3>
                    <EventList events=upcoming empty=texts.theme_no_events/>
                    <h3>{texts.theme_past_events}</h3>
                    <EventList events=past empty=texts.theme_no_past_events/>
                }
            })}
        </section>
    }
}

/// The theme's posts, for whoever may read them; for someone outside a theme that is not
/// open, a line saying they are for its members (the answer would be empty by rule).
#[component]
fn ThemeWall(
    theme: ThemeId,
    access: ThemeAccess,
    place: LocalResource<Result<MyPlace, BackendError>>,
) -> impl IntoView {
    let texts = use_texts();
    if access == ThemeAccess::Open {
        return view! { <ThemePosts theme/> }.into_any();
    }
    view! {
        <Transition fallback=Loading>
            {move || {
                let theme = theme.clone();
                Suspend::new(async move {
                    match place.await {
                        Ok(place) if !place.reads_posts(access) => {
                            view! { <p class="kp-hint">{texts.theme_posts_members_only}</p> }.into_any()
                        }
                        // Not known (an error): the backend's rule answers.
                        _ => view! { <ThemePosts theme/> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
    .into_any()
}

/// The newest posts of the theme's wall, pinned ones first.
#[component]
fn ThemePosts(theme: ThemeId) -> impl IntoView {
    let texts = use_texts();
    let posts = backend_resource(move |backend| {
        let query = PostQuery {
            theme: Some(theme.clone()),
            page: PageRequest::new(1, THEME_POSTS),
            ..Default::default()
        };
        async move { backend.posts(&query).await }
    });
    async_view(posts, move |page| {
        if page.items.is_empty() {
            return view! { <EmptyState message=texts.theme_no_posts/> }.into_any();
        }
        view! { <ul class="kp-stack" role="list">{page.items.into_iter().map(|post| view! { <PostCard post/> }).collect_view()}</ul> }.into_any()
    })
}

#[component]
fn EventList(events: Vec<Event>, empty: &'static str) -> impl IntoView {
    if events.is_empty() {
        return view! { <EmptyState message=empty/> }.into_any();
    }
    view! { <ul class="kp-stack" role="list">{events.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}</ul> }.into_any()
}
