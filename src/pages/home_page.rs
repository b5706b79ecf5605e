//! `/`: what the network is, the latest posts, upcoming meetings and a few themes.

use crate::backend::{EventQuery, PostQuery};
use crate::components::account::MembersOnly;
use crate::components::common::{async_view, EmptyState, PageHeading};
use crate::components::event::EventCard;
use crate::components::post::PostCard;
use crate::components::theme::ThemeCard;
use crate::model::PageRequest;
use crate::state::{backend_resource, use_config, use_texts};
use leptos::prelude::*;

const LATEST_POSTS: u32 = 5;
const UPCOMING_EVENTS: u32 = 3;
const FEATURED_THEMES: usize = 6;

#[component]
pub fn HomePage() -> impl IntoView {
    let texts = use_texts();
    let config = use_config();
    let features = config.features;
    let themes = backend_resource(|backend| async move { backend.themes().await });
    view! {
        <PageHeading text=config.site_name.clone()/>
        {config.tagline.clone().map(|tagline| view! { <p class="kp-lead">{tagline}</p> })}
        <p>{texts.home_intro}</p>
        <div class="kp-home">
            <section aria-labelledby="home-posts">
                <h2 id="home-posts">{texts.home_latest_posts}</h2>
                <MembersOnly public=features.public_wall message=texts.wall_members_only>
                    <LatestPosts/>
                </MembersOnly>
            </section>
            {features.meetings.then(|| view! { <UpcomingEvents/> })}
        </div>
        <section aria-labelledby="home-themes">
            <h2 id="home-themes">{texts.home_themes}</h2>
            {async_view(themes, move |themes| {
                let mut featured = themes.as_ref().clone();
                featured.sort_by_key(|t| std::cmp::Reverse(t.member_count));
                featured.truncate(FEATURED_THEMES);
                view! {
                    <ul class="kp-grid" role="list">
                        {featured.into_iter().map(|theme| view! { <ThemeCard theme/> }).collect_view()}
                    </ul>
                }
            })}
            <p><a href="themes">{texts.all_themes}</a></p>
        </section>
    }
}

#[component]
fn LatestPosts() -> impl IntoView {
    let texts = use_texts();
    let posts = backend_resource(|backend| async move {
        let query = PostQuery {
            page: PageRequest::new(1, LATEST_POSTS),
            ..Default::default()
        };
        backend.posts(&query).await
    });
    // While loading, the list holds a screen's height, so the meetings and themes below do
    // not jump down when the posts come (Lighthouse measured a layout shift of 0.115). CSS
    // sees the loading state (`:has(.kp-loading)`): reading the resource here would
    // suspend the whole site until the posts came.
    view! {
        <div class="kp-home__posts">
        {async_view(posts, move |page| {
            if page.items.is_empty() {
                return view! { <EmptyState message=texts.wall_none/> }.into_any();
            }
            view! {
                <ul class="kp-stack" role="list">
                    {page.items.into_iter().map(|post| view! { <PostCard post/> }).collect_view()}
                </ul>
            }
            .into_any()
        })}
        </div>
        <p><a href="wall">{texts.all_posts}</a></p>
    }
}

#[component]
fn UpcomingEvents() -> impl IntoView {
    let texts = use_texts();
    let events = backend_resource(|backend| async move {
        let query = EventQuery {
            upcoming_only: true,
            page: PageRequest::new(1, UPCOMING_EVENTS),
            ..Default::default()
        };
        backend.events(&query).await
    });
    view! {
        <section aria-labelledby="home-events">
            <h2 id="home-events">{texts.home_upcoming_events}</h2>
            {async_view(events, move |page| {
                if page.items.is_empty() {
                    return view! { <EmptyState message=texts.events_none/> }.into_any();
                }
                view! {
                    <ul class="kp-stack" role="list">
                        {page.items.into_iter().map(|event| view! { <EventCard event/> }).collect_view()}
                    </ul>
                }
                .into_any()
            })}
            <p><a href="events">{texts.all_events}</a></p>
        </section>
    }
}
