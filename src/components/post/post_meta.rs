//! The line under a post title: kind (and whether a question is answered), author, theme,
//! date, and the meeting a report is on.

use crate::components::member::AuthorLink;
use crate::model::{Post, PostKind};
use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn PostMeta(post: Post) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-post-meta {
            color: var(--color-text-muted);
            font-size: 0.9375rem;
        }
        .kp-post-meta__kind {
            display: inline-block;
            font-weight: 700;
            color: var(--color-primary);
            margin-inline-end: var(--space-xs);
        }
        .kp-post-meta__answer {
            display: inline-block;
            font-weight: 600;
            margin-inline-end: var(--space-xs);
        }
    };
    let answered = (post.kind == PostKind::Question).then(|| {
        let text = if post.is_open_question() {
            texts.question_open
        } else {
            texts.question_answered
        };
        view! { class=class, <span class="kp-post-meta__answer">"(" {text} ")"</span> }
    });
    let theme = post.theme.map(|theme| {
        let href = format!("themes/{}", theme.slug);
        view! { " " {texts.post_in_theme} " " <a href=href>{theme.name}</a> }
    });
    let edited = post.updated_at.map(|_| view! { " (" {texts.post_edited} ")" });
    let meeting = post.event.map(|event| {
        let href = format!("events/{event}");
        view! { " · " <a href=href>{texts.post_on_meeting}</a> }
    });
    view! { class=class,
        <p class="kp-post-meta">
            <span class="kp-post-meta__kind">{(texts.post_kind)(post.kind)}</span>
            {answered}
            {texts.post_by} " " <AuthorLink author=post.author/>
            {theme}
            " · "
            <time datetime=post.created_at.to_rfc3339()>{texts.date(post.created_at)}</time>
            {edited}
            {meeting}
        </p>
    }
}
