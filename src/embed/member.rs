//! `/embed/member/:id`: one member's card with what this viewer may see of the profile:
//! the backend leaves out what the member keeps from visitors, as on the member page.

use super::frame::{may_read, EmbedFrame, MembersOnlyNote};
use super::lists::loaded;
use crate::backend::BackendError;
use crate::components::member::Avatar;
use crate::model::text::percent_encode;
use crate::model::{Member, MemberId};
use crate::state::{backend_resource, use_config, use_texts};
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn MemberWidget(id: MemberId) -> impl IntoView {
    let texts = use_texts();
    let heading = RwSignal::new(texts.nav_members.to_owned());
    let more = format!("members/{}", percent_encode(id.as_str()));
    let body = if may_read(use_config().features.public_directory) {
        view! { <MemberDetails id heading/> }.into_any()
    } else {
        view! { <MembersOnlyNote message=texts.directory_members_only/> }.into_any()
    };
    view! { <EmbedFrame heading more>{body}</EmbedFrame> }
}

#[component]
fn MemberDetails(id: MemberId, heading: RwSignal<String>) -> impl IntoView {
    let texts = use_texts();
    let member = backend_resource(move |backend| {
        let id = id.clone();
        async move {
            let member = backend.member(&id).await?;
            let organisation = match &member.organisation {
                Some(org) => backend
                    .organisations()
                    .await?
                    .iter()
                    .find(|o| &o.id == org)
                    .map(|o| o.name.clone()),
                None => None,
            };
            Ok::<_, BackendError>((member, organisation))
        }
    });
    Effect::new(move || {
        if let Some(Ok((member, _))) = member.get() {
            heading.set(member.name);
        }
    });
    loaded(member, texts.embed.member_not_found, |(member, organisation)| {
        view! { <MemberSummary member organisation/> }
    })
}

#[component]
fn MemberSummary(member: Member, organisation: Option<String>) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-member-summary {
            display: flex;
            gap: var(--space-m);
            align-items: flex-start;
        }
        .kp-member-summary p {
            margin: 0 0 var(--space-2xs);
        }
        .kp-member-summary__job {
            font-weight: 700;
        }
    };
    let expertise = (!member.expertise.is_empty()).then(|| {
        view! {
            <ul class="kp-tags" aria-label=texts.member_expertise>
                {member.expertise.iter().cloned().map(|tag| view! { <li class="kp-tag">{tag}</li> }).collect_view()}
            </ul>
        }
    });
    view! { class=class,
        <div class="kp-member-summary">
            <Avatar member=member.clone() size=64/>
            <div>
                {member.job_title.clone().map(|job| view! { class=class, <p class="kp-member-summary__job">{job}</p> })}
                {organisation.map(|name| view! { <p>{name}</p> })}
                {member.province.map(|p| view! { <p>{p.name()}</p> })}
                {expertise}
            </div>
        </div>
    }
}
