//! `/wall/:id`: one post with its comments, replies one level deep.

use super::NotFoundPage;
use crate::backend::BackendError;
use crate::components::common::{async_view, ErrorView, Loading, PageHeading};
use crate::components::markdown::Markdown;
use crate::components::member::AuthorLink;
use crate::components::post::PostMeta;
use crate::model::post::thread;
use crate::model::{Comment, Post, PostId};
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
    let id = post.id.clone();
    let comments = backend_resource(move |backend| {
        let id = id.clone();
        async move { backend.comments(&id).await }
    });
    let class = style! {
        .kp-post__reactions {
            display: flex;
            flex-wrap: wrap;
            gap: var(--space-m);
            list-style: none;
            padding: 0;
            color: var(--color-text-muted);
        }
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
            <ul class="kp-post__reactions" aria-label=texts.post_reactions_label>
                <li>{texts.post_reaction_like} ": " {reactions.like}</li>
                <li>{texts.post_reaction_insightful} ": " {reactions.insightful}</li>
                <li>{texts.post_reaction_thanks} ": " {reactions.thanks}</li>
            </ul>
        </article>
        <section aria-labelledby="reacties">
            <h2 id="reacties">{texts.comments_heading}</h2>
            {async_view(comments, move |comments| {
                if comments.is_empty() {
                    return view! { <p>{texts.comments_none}</p> }.into_any();
                }
                let items = thread(&comments)
                    .into_iter()
                    .map(|(comment, replies)| {
                        let replies: Vec<Comment> = replies.into_iter().cloned().collect();
                        view! { <CommentItem comment=comment.clone() replies/> }
                    })
                    .collect_view();
                view! { <ol class="kp-comments">{items}</ol> }.into_any()
            })}
        </section>
    }
}

#[component]
fn CommentItem(comment: Comment, replies: Vec<Comment>) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-comment {
            list-style: none;
            border-inline-start-width: 3px;

            border-inline-start-style: solid;

            border-inline-start-color: var(--color-border);
            padding-inline-start: var(--space-m);
            margin-block: var(--space-m);
        }
        .kp-comment__replies {
            padding-inline-start: var(--space-m);
        }
    };
    let replies = (!replies.is_empty()).then(|| {
        let items = replies
            .into_iter()
            .map(|reply| view! { class=class, <li class="kp-comment"><CommentBody comment=reply/></li> })
            .collect_view();
        view! { class=class, <ol class="kp-comment__replies" aria-label=texts.comment_replies_label>{items}</ol> }
    });
    view! { class=class,
        <li class="kp-comment">
            <CommentBody comment/>
            {replies}
        </li>
    }
}

/// Author, time and text of one comment.
#[component]
fn CommentBody(comment: Comment) -> impl IntoView {
    let texts = use_texts();
    view! {
        <p class="kp-hint">
            <AuthorLink author=comment.author.clone()/>
            " · "
            <time datetime=comment.created_at.to_rfc3339()>{texts.date_time(comment.created_at)}</time>
        </p>
        <Markdown source=comment.body/>
    }
}
