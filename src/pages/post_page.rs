//! `/wall/:id`: one post with its comments, replies one level deep.

use super::NotFoundPage;
use crate::backend::BackendError;
use crate::components::common::{ErrorView, Loading, PageHeading};
use crate::components::markdown::Markdown;
use crate::components::post::{CommentThread, PostMeta, ReactionBar};
use crate::model::{Post, PostId};
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use stylers::style;

#[component]
pub fn PostPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| PostId(params.read().get("id").unwrap_or_default()));
    let post = backend_resource(move |backend| {
        let id = id.get();
        async move { backend.post(&id).await }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match post.await {
                    Ok(post) => view! { <PostDetails post/> }.into_any(),
                    Err(BackendError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(error) => view! { <ErrorView error retry=move |_| post.refetch()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PostDetails(post: Post) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-post__tags {
            margin-block: var(--space-m);
        }
    };
    let reactions = post.reactions;
    let tags = (!post.tags.is_empty()).then(|| {
        let items = post
            .tags
            .iter()
            .map(|tag| view! { <li class="kp-tag">{tag.clone()}</li> })
            .collect_view();
        view! { class=class, <ul class="kp-tags kp-post__tags" aria-label=texts.post_tags>{items}</ul> }
    });
    view! { class=class,
        <article class="kp-post">
            <PageHeading text=post.title.clone()/>
            <PostMeta post=post.clone()/>
            <Markdown source=post.body.clone()/>
            {tags}
            <ReactionBar post=post.id.clone() counts=reactions/>
        </article>
        <CommentThread post=post.id.clone()/>
    }
}
