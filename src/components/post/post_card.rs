//! A post in a feed: title (link), meta line, a short excerpt and counts.

use super::PostMeta;
use crate::model::markdown::{parse, plain_text};
use crate::model::Post;
use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;

/// Excerpts stop near this many characters, at a word boundary.
const EXCERPT_CHARS: usize = 220;

#[component]
pub fn PostCard(post: Post) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-post-card {
            padding: var(--space-m);
            border: 1px solid var(--color-border);
            border-radius: var(--radius);
            background: var(--color-surface);
        }
        .kp-post-card h3 {
            margin: 0 0 var(--space-xs);
            font-size: 1.125rem;
        }
        .kp-post-card__counts {
            color: var(--color-text-muted);
            font-size: 0.875rem;
        }
    };
    let href = format!("wall/{}", post.id);
    let excerpt = excerpt(&plain_text(&parse(&post.body)));
    let counts = (texts.post_comment_count)(post.comment_count);
    let title = post.title.clone();
    view! { class=class,
        <li class="kp-post-card">
            <h3><a href=href>{title}</a></h3>
            <PostMeta post=post/>
            <p>{excerpt}</p>
            <p class="kp-post-card__counts">{counts}</p>
        </li>
    }
}

fn excerpt(text: &str) -> String {
    if text.chars().count() <= EXCERPT_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}\u{2026}", at_word.trim_end_matches([',', '.', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn short_text_is_kept_whole() {
        assert_eq!(excerpt("Kort."), "Kort.");
    }

    #[test]
    fn long_text_stops_at_a_word_with_an_ellipsis() {
        let long = "woord ".repeat(100);
        let cut = excerpt(&long);
        assert!(cut.ends_with("woord\u{2026}"), "{cut}");
        assert!(cut.chars().count() <= 221);
    }
}
