//! `/wall/:id`: one post with its comments, replies one level deep.

use super::NotFoundPage;
use crate::backend::BackendError;
use crate::components::common::{ErrorView, Loading, PageHeading};
use crate::components::markdown::Markdown;
use crate::components::post::{CommentThread, PostEditor, PostMeta, QuestionAnswer, ReactionBar, ReportButton};
use crate::model::wall::WallFilter;
use crate::model::{CommentId, ContentTarget, Post, PostId, PostKind};
use crate::state::{backend_resource, use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
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
    let backend = use_backend();
    let session = use_session();
    let navigate = use_navigate();
    let class = style! {
        .kp-post__tags {
            margin-block: var(--space-m);
        }
    };
    let id = post.id.clone();
    let current = RwSignal::new(post);
    let editing = RwSignal::new(false);
    let status = RwSignal::new(None::<&'static str>);
    let failed = RwSignal::new(None::<&'static str>);
    let mine = move || {
        current.with(|p| {
            session
                .account()
                .is_some_and(|a| a.id == p.author.id && !p.author.is_former())
        })
    };
    let delete = {
        let backend = backend.clone();
        move |_| {
            if !window()
                .confirm_with_message(texts.post_delete_confirm)
                .unwrap_or(false)
            {
                return;
            }
            let backend = backend.clone();
            let navigate = navigate.clone();
            let id = current.with_untracked(|p| p.id.clone());
            spawn_local(async move {
                match backend.delete_post(&id).await {
                    Ok(()) => navigate("/wall", Default::default()),
                    Err(error) => {
                        if error == BackendError::Unauthorized {
                            session.expire(&backend);
                        }
                        failed.set(Some(texts.error(&error)));
                    }
                }
            });
        }
    };
    // Moderators of the post's theme may hide it; the backend checks the same.
    let moderated = LocalResource::new({
        let backend = backend.clone();
        move || {
            let backend = backend.clone();
            session.account();
            async move { backend.my_moderated_themes().await.unwrap_or_default() }
        }
    });
    let moderates = move |post: &Post| {
        let themes = moderated.get().unwrap_or_default();
        post.theme.as_ref().is_some_and(|t| themes.contains(&t.id))
    };
    let hide = {
        let backend = backend.clone();
        move |hidden: bool| {
            let backend = backend.clone();
            let id = current.with_untracked(|p| p.id.clone());
            spawn_local(async move {
                match backend.set_post_hidden(&id, hidden).await {
                    Ok(post) => current.set(post),
                    Err(error) => {
                        if error == BackendError::Unauthorized {
                            session.expire(&backend);
                        }
                        failed.set(Some(texts.error(&error)));
                    }
                }
            });
        }
    };
    let article = move || {
        let post = current.get();
        if editing.get() {
            return view! {
                <PageHeading text=post.title.clone()/>
                <PostEditor
                    post
                    on_saved=move |saved: Post| {
                        current.set(saved);
                        editing.set(false);
                        status.set(Some(texts.post_saved));
                    }
                    on_cancel=move |()| editing.set(false)
                />
            }
            .into_any();
        }
        let tags = (!post.tags.is_empty()).then(|| {
            let items = post
                .tags
                .iter()
                .map(|tag| {
                    let href = format!(
                        "wall{}",
                        WallFilter {
                            tag: Some(tag.clone()),
                            ..Default::default()
                        }
                        .to_search()
                    );
                    view! { <li class="kp-tag"><a href=href>{tag.clone()}</a></li> }
                })
                .collect_view();
            view! { class=class, <ul class="kp-tags kp-post__tags" aria-label=texts.post_tags>{items}</ul> }
        });
        let hidden_notice = post
            .hidden
            .then(|| view! { <p class="kp-notice" role="note">{texts.post_hidden_notice}</p> });
        let moderation = moderates(&post).then(|| {
            let hide = hide.clone();
            let hidden = post.hidden;
            view! {
                <div class="kp-actions" role="group" aria-label=texts.moderation_label>
                    <button type="button" class="kp-button kp-button--secondary" on:click=move |_| hide(!hidden)>
                        {if hidden { texts.post_unhide } else { texts.post_hide }}
                    </button>
                </div>
            }
        });
        let report = (!mine() && session.account().is_some())
            .then(|| view! { <ReportButton target=ContentTarget::Post(post.id.clone())/> });
        let actions = mine().then(|| {
            let delete = delete.clone();
            view! {
                <div class="kp-actions" role="group" aria-label=texts.post_actions>
                    <button type="button" class="kp-button kp-button--secondary" on:click=move |_| {
                        status.set(None);
                        editing.set(true);
                    }>{texts.post_edit}</button>
                    <button type="button" class="kp-button kp-button--danger" on:click=delete>{texts.post_delete}</button>
                </div>
            }
        });
        view! { class=class,
            <PageHeading text=post.title.clone()/>
            <PostMeta post=post.clone()/>
            {hidden_notice}
            {actions}
            {moderation}
            <Markdown source=post.body.clone()/>
            {tags}
            {report}
        }
        .into_any()
    };
    // A question's answer is chosen by its asker or a moderator of its theme (the
    // backend's rule); the thread puts it first.
    let answer = current.with_untracked(|p| p.kind == PostKind::Question).then(|| {
        let backend = backend.clone();
        QuestionAnswer {
            accepted: Signal::derive(move || current.with(|p| p.accepted_answer.clone())),
            may_choose: Signal::derive(move || mine() || current.with(|p| moderates(p))),
            choose: Callback::new(move |answer: Option<CommentId>| {
                let backend = backend.clone();
                let id = current.with_untracked(|p| p.id.clone());
                status.set(None);
                failed.set(None);
                spawn_local(async move {
                    match backend.accept_answer(&id, answer.as_ref()).await {
                        Ok(post) => {
                            let said = if post.accepted_answer.is_some() {
                                texts.answer_chosen
                            } else {
                                texts.answer_unchosen
                            };
                            current.set(post);
                            status.set(Some(said));
                        }
                        Err(error) => {
                            if error == BackendError::Unauthorized {
                                session.expire(&backend);
                            }
                            failed.set(Some(texts.error(&error)));
                        }
                    }
                });
            }),
        }
    });
    view! {
        <article class="kp-post">
            {article}
            <p role="status">{move || status.get()}</p>
            {move || failed.get().map(|text| view! { <p role="alert" class="kp-field__error">{text}</p> })}
            <ReactionBar post=id.clone() counts=current.with_untracked(|p| p.reactions)/>
        </article>
        <CommentThread post=id comment_count=current.with_untracked(|p| p.comment_count) answer/>
    }
}
