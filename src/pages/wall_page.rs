//! `/wall`: the knowledge wall, newest first, paged through the URL; logged-in members
//! write here ("Deel je kennis"), visitors are told how to take part.

use crate::backend::PostQuery;
use crate::components::account::LoginPrompt;
use crate::components::common::{EmptyState, ErrorView, Loading, PageHeading, Pager};
use crate::components::post::{Composer, PostCard};
use crate::model::{PageRequest, Post};
use crate::state::{backend_resource, use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const POSTS_PER_PAGE: u32 = 20;

#[component]
pub fn WallPage() -> impl IntoView {
    let texts = use_texts();
    let params = use_query_map();
    let page = Memo::new(move |_| params.read().get("pagina").and_then(|p| p.parse().ok()).unwrap_or(1u32));
    let posts = backend_resource(move |backend| {
        let query = PostQuery {
            page: PageRequest::new(page.get(), POSTS_PER_PAGE),
            ..Default::default()
        };
        async move { backend.posts(&query).await }
    });
    // Tags on the wall so far, offered by the composer.
    let known_tags = RwSignal::new(Vec::<String>::new());
    let posted = RwSignal::new(None::<Post>);
    let can_write = use_backend().capabilities().auth;
    let session = use_session();
    let compose = move || {
        if !can_write {
            return None;
        }
        Some(if session.account().is_some() || session.expired().is_some() {
            view! {
                <Composer
                    on_posted=move |post: Post| {
                        posted.set(Some(post));
                        posts.refetch();
                    }
                    tag_suggestions=known_tags
                />
            }
            .into_any()
        } else {
            view! { <LoginPrompt/> }.into_any()
        })
    };
    view! {
        <PageHeading text=texts.nav_wall/>
        <p>{texts.wall_intro}</p>
        {compose}
        <p role="status">
            {move || posted.get().map(|post| view! {
                {texts.post_posted} " " <a href=format!("/wall/{}", post.id)>{post.title}</a>
            })}
        </p>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match posts.await {
                    Err(error) => view! { <ErrorView error retry=move |_| posts.refetch()/> }.into_any(),
                    Ok(result) if result.items.is_empty() => view! { <EmptyState message=texts.wall_none/> }.into_any(),
                    Ok(result) => {
                        known_tags.update(|known| {
                            for tag in result.items.iter().flat_map(|p| &p.tags) {
                                if !known.contains(tag) {
                                    known.push(tag.clone());
                                }
                            }
                            known.sort();
                        });
                        let pages = result.page_count();
                        view! {
                            <ul class="kp-stack" aria-label=texts.nav_wall>
                                {result.items.into_iter().map(|post| view! { <PostCard post/> }).collect_view()}
                            </ul>
                            <Pager page=result.page pages href=|n| format!("/wall?pagina={n}")/>
                        }
                        .into_any()
                    }
                }
            })}
        </Transition>
    }
}
