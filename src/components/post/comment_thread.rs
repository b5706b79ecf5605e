//! The comments under a post, replies one level deep: "Reageer" for a new comment,
//! "Beantwoorden" under each comment, "Verwijderen" for one's own. Under a question its
//! chosen answer comes first, marked; whoever may choose sees "Dit is het antwoord".

use super::{CommentForm, ReportButton};
use crate::backend::BackendError;
use crate::components::account::LoginPrompt;
use crate::components::common::async_view;
use crate::components::form::{ErrorSummary, FormState, SubmitButton, TextField};
use crate::components::markdown::Markdown;
use crate::components::member::AuthorLink;
use crate::model::account::{codes, FieldErrors};
use crate::model::outbox::OutboxAction;
use crate::model::post::thread_answer_first;
use crate::model::{Comment, CommentId, ContentTarget, PostId};
use crate::state::{backend_resource, use_backend, use_live, use_outbox, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use stylers::style;

/// A question's answer as its thread shows it.
#[derive(Clone, Copy)]
pub struct QuestionAnswer {
    /// The chosen answer, if any.
    pub accepted: Signal<Option<CommentId>>,
    /// Whether this reader may choose: the asker, a moderator of the question's theme.
    pub may_choose: Signal<bool>,
    /// Chooses an answer, or takes the choice back with `None`.
    pub choose: Callback<Option<CommentId>>,
}

#[component]
pub fn CommentThread(
    post: PostId,
    /// Set for a question.
    answer: Option<QuestionAnswer>,
    /// The post's comment count as it was just loaded. With none there is nothing to
    /// fetch at first: the request is skipped (PocketBase slows down a client that keeps
    /// asking for empty lists, and under a rush one office's proxy is one client).
    /// A later load (a live change, a sent comment) always asks.
    comment_count: u32,
) -> impl IntoView {
    let texts = use_texts();
    let session = use_session();
    let can_write = use_backend().capabilities().auth;
    let known_empty = StoredValue::new(comment_count == 0);
    let comments = backend_resource({
        let post = post.clone();
        move |backend| {
            let post = post.clone();
            let skip = known_empty.get_value();
            known_empty.set_value(false);
            async move {
                if skip {
                    return Ok(Vec::new());
                }
                backend.comments(&post).await
            }
        }
    });
    let changed = Callback::new(move |()| comments.refetch());
    // Comments by others appear in place; after the stream was down, all are fetched again.
    if let Some(live) = use_live() {
        let post = post.clone();
        Effect::new(move |previous: Option<(Option<u64>, u32)>| {
            let change = live
                .comments_changed
                .with(|c| c.as_ref().filter(|(p, _)| *p == post).map(|(_, n)| *n));
            let reconnects = live.reconnects.get();
            if previous.is_some_and(|p| p != (change, reconnects)) {
                comments.refetch();
            }
            (change, reconnects)
        });
    }
    // A comment written offline appears once the outbox delivered it.
    if let Some(outbox) = use_outbox() {
        let post = post.clone();
        outbox.on_delivered(
            move |action| matches!(action, OutboxAction::Comment { draft } if draft.post == post),
            move || comments.refetch(),
        );
    }
    let new_comment = {
        let post = post.clone();
        move || {
            if !can_write {
                return None;
            }
            Some(if session.writer().is_some() {
                view! {
                    <CommentForm post=post.clone() label=texts.comment_label.to_owned() button=texts.comment_submit
                        on_sent=move |_| changed.run(())/>
                }
                .into_any()
            } else {
                view! { <LoginPrompt/> }.into_any()
            })
        }
    };
    view! {
        <section aria-labelledby="reacties">
            <h2 id="reacties">{texts.comments_heading}</h2>
            {async_view(comments, move |comments| {
                if comments.is_empty() {
                    return view! { <p>{texts.comments_none}</p> }.into_any();
                }
                let accepted = answer.and_then(|a| a.accepted.get());
                let items = thread_answer_first(&comments, accepted.as_ref())
                    .into_iter()
                    .map(|(comment, replies)| {
                        let replies: Vec<Comment> = replies.into_iter().cloned().collect();
                        let is_answer = accepted.as_ref() == Some(&comment.id);
                        view! { <CommentItem comment=comment.clone() replies changed answer is_answer/> }
                    })
                    .collect_view();
                view! { <ol class="kp-comments" aria-label=texts.comments_heading>{items}</ol> }.into_any()
            })}
            {new_comment}
        </section>
    }
}

#[component]
fn CommentItem(
    comment: Comment,
    replies: Vec<Comment>,
    changed: Callback<()>,
    /// Set under a question.
    answer: Option<QuestionAnswer>,
    /// This comment is the question's chosen answer.
    is_answer: bool,
) -> impl IntoView {
    let texts = use_texts();
    let session = use_session();
    let replying = RwSignal::new(false);
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
        .kp-comment--answer {
            border-inline-start-color: var(--color-primary);
            border-inline-start-width: 6px;
        }
        .kp-comment__answer-mark {
            font-weight: 700;
            color: var(--color-primary);
            margin: 0;
        }
    };
    let mark = is_answer.then(|| view! { class=class, <p class="kp-comment__answer-mark">{texts.answer_mark}</p> });
    let choose = answer.map(|answer| {
        let id = comment.id.clone();
        move || {
            answer.may_choose.get().then(|| {
                let id = id.clone();
                let (label, choice) = if is_answer {
                    (texts.answer_unchoose, None)
                } else {
                    (texts.answer_choose, Some(id))
                };
                view! {
                    <button type="button" class="kp-link-button" on:click=move |_| answer.choose.run(choice.clone())>
                        {label}
                    </button>
                }
            })
        }
    });
    let replies = (!replies.is_empty()).then(|| {
        let items = replies
            .into_iter()
            .map(|reply| view! { class=class, <li class="kp-comment"><CommentBody comment=reply changed/></li> })
            .collect_view();
        view! { class=class, <ol class="kp-comment__replies" aria-label=texts.comment_replies_label>{items}</ol> }
    });
    let reply = {
        let comment = comment.clone();
        move || {
            session.account()?;
            let form = replying.get().then(|| {
                let label = (texts.reply_label)(comment.author.display_name(texts.former_member));
                view! {
                    <CommentForm post=comment.post.clone() parent=comment.id.clone() label button=texts.reply_submit
                        on_sent=move |_| {
                            replying.set(false);
                            changed.run(());
                        }/>
                }
            });
            Some(view! {
                <button type="button" class="kp-link-button" aria-expanded=move || replying.get().to_string()
                    on:click=move |_| replying.update(|r| *r = !*r)>
                    {texts.reply_open}
                </button>
                {form}
            })
        }
    };
    view! { class=class,
        <li class="kp-comment" class:kp-comment--answer=is_answer>
            {mark}
            <CommentBody comment=comment.clone() changed/>
            {choose}
            {reply}
            {replies}
        </li>
    }
}

/// Author, time and text of one comment, and "Verwijderen" for its author.
#[component]
fn CommentBody(comment: Comment, changed: Callback<()>) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let failed = RwSignal::new(None::<&'static str>);
    let mine = {
        let author = comment.author.id.clone();
        move || session.account().is_some_and(|a| a.id == author)
    };
    let comment_is_former = comment.author.is_former();
    let id = comment.id.clone();
    let delete = move |_| {
        if !window()
            .confirm_with_message(texts.comment_delete_confirm)
            .unwrap_or(false)
        {
            return;
        }
        let backend = backend.clone();
        let id = id.clone();
        spawn_local(async move {
            match backend.delete_comment(&id).await {
                Ok(()) => changed.run(()),
                Err(error) => {
                    if error == BackendError::Unauthorized {
                        session.expire(&backend);
                    }
                    failed.set(Some(texts.error(&error)));
                }
            }
        });
    };
    let editing = RwSignal::new(false);
    let edited = comment.updated_at.map(|_| view! { " (" {texts.post_edited} ")" });
    let text = {
        let (id, body) = (comment.id.clone(), comment.body.clone());
        move || {
            if editing.get() {
                view! {
                    <CommentEditor id=id.clone() body=body.clone()
                        on_saved=move |()| {
                            editing.set(false);
                            changed.run(());
                        }
                        on_cancel=move |()| editing.set(false)/>
                }
                .into_any()
            } else {
                view! { <Markdown source=body.clone()/> }.into_any()
            }
        }
    };
    view! {
        <p class="kp-hint">
            <AuthorLink author=comment.author.clone()/>
            " · "
            <time datetime=comment.created_at.to_rfc3339()>{texts.date_time(comment.created_at)}</time>
            {edited}
        </p>
        {text}
        {
            let mine = mine.clone();
            move || (mine() && !editing.get()).then(|| view! {
                <button type="button" class="kp-link-button" on:click=move |_| editing.set(true)>{texts.comment_edit}</button>
            })
        }
        {
            let mine = mine.clone();
            move || mine().then(|| {
                let delete = delete.clone();
                view! { <button type="button" class="kp-link-button" on:click=delete>{texts.comment_delete}</button> }
            })
        }
        {
            let target = ContentTarget::Comment(comment.id.clone());
            move || (!mine() && !comment_is_former).then(|| view! { <ReportButton target=target.clone()/> })
        }
        {move || failed.get().map(|text| view! { <p role="alert" class="kp-field__error">{text}</p> })}
    }
}

/// Changing the text of my own comment in place.
#[component]
fn CommentEditor(
    id: CommentId,
    body: String,
    #[prop(into)] on_saved: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let form = FormState::new();
    let text = RwSignal::new(body);
    let field: Oco<'static, str> = format!("bewerk-{id}").into();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = text.get_untracked();
        let mut errors = FieldErrors::new();
        if body.trim().is_empty() {
            errors.insert("body".into(), codes::REQUIRED.into());
        }
        if !form.begin(errors) {
            return;
        }
        let backend = backend.clone();
        let id = id.clone();
        spawn_local(async move {
            let result = backend.update_comment(&id, &body).await;
            if result == Err(BackendError::Unauthorized) {
                session.expire(&backend);
            }
            if form.finish(result).is_some() {
                on_saved.run(());
            }
        });
    };
    view! {
        <form class="kp-form" novalidate aria-label=texts.comment_edit_title on:submit=on_submit>
            <ErrorSummary problems=form.problems(Vec::new())/>
            <TextField id=field label=texts.comment_edit_title input_type="text" autocomplete="off" rows=4
                value=text error=form.field_error("body")/>
            <div class="kp-actions">
                <SubmitButton label=texts.save busy=form.busy()/>
                <button type="button" class="kp-button kp-button--secondary" on:click=move |_| on_cancel.run(())>
                    {texts.cancel}
                </button>
            </div>
        </form>
    }
}
