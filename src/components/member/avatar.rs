//! A member's photo, or their initials when there is none.

use crate::model::Member;
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn Avatar(
    member: Member,
    /// Diameter in pixels.
    #[prop(default = 48)]
    size: u32,
) -> impl IntoView {
    let class = style! {
        .kp-avatar {
            display: inline-grid;
            place-items: center;
            border-radius: 50%;
            background: var(--color-primary-surface);
            color: var(--color-primary-text);
            font-weight: 700;
            overflow: hidden;
            flex: none;
            object-fit: cover;
        }
    };
    let dimension = format!("width: {size}px; height: {size}px; font-size: {}px", size * 2 / 5);
    // Decorative: the name is always written beside it.
    match member.avatar {
        Some(src) => view! { class=class,
            <img class="kp-avatar" src=src alt="" style=dimension width=size height=size loading="lazy"/>
        }
        .into_any(),
        None => view! { class=class,
            <span class="kp-avatar" style=dimension aria-hidden="true">{member.initials()}</span>
        }
        .into_any(),
    }
}
