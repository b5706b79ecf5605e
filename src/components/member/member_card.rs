//! One member in the directory: photo, name (a link to the profile), job and organisation.

use super::Avatar;
use crate::model::{Member, Organisation};
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn MemberCard(
    member: Member,
    /// The member's organisation, when they show it.
    organisation: Option<Organisation>,
) -> impl IntoView {
    let class = style! {
        .kp-member-card {
            display: flex;
            gap: var(--space-s);
            align-items: center;
            padding: var(--space-s);
            border: 1px solid var(--color-border);
            border-radius: var(--radius);
            background: var(--color-surface);
        }
        .kp-member-card :deep(.kp-member-card__name) {
            font-weight: 700;
        }
        .kp-member-card__meta {
            color: var(--color-text-muted);
            font-size: 0.9375rem;
        }
    };
    let href = format!("members/{}", member.id);
    let name = member.name.clone();
    let job_title = member.job_title.clone();
    view! { class=class,
        <li class="kp-member-card">
            <Avatar member=member/>
            <div>
                <a href=href class="kp-member-card__name">{name}</a>
                {job_title.map(|job| view! { class=class, <div class="kp-member-card__meta">{job}</div> })}
                {organisation.map(|org| view! { class=class, <div class="kp-member-card__meta">{org.name}</div> })}
            </div>
        </li>
    }
}
