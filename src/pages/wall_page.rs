//! `/wall`: the knowledge wall, newest first, paged through the URL.

use crate::backend::PostQuery;
use crate::components::common::{EmptyState, ErrorView, Loading, PageHeading, Pager};
use crate::components::post::PostCard;
use crate::model::PageRequest;
use crate::state::{backend_resource, use_texts};
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
    view! {
        <PageHeading text=texts.nav_wall/>
        <p>{texts.wall_intro}</p>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match posts.await {
                    Err(error) => view! { <ErrorView error retry=move |_| posts.refetch()/> }.into_any(),
                    Ok(result) if result.items.is_empty() => view! { <EmptyState message=texts.wall_none/> }.into_any(),
                    Ok(result) => {
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
