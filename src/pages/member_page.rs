//! `/members/:id`: a profile with exactly the fields this viewer may see.

use super::NotFoundPage;
use crate::backend::{BackendError, PostQuery};
use crate::components::common::{async_view, EmptyState, ErrorView, Loading, PageHeading};
use crate::components::embed::{EmbedButton, EmbedChoice};
use crate::components::markdown::Markdown;
use crate::components::member::Avatar;
use crate::model::directory::MemberQuery;
use crate::model::embed::Widget;
use crate::model::member::web_url;
use crate::model::{Member, MemberId, PageRequest};
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use stylers::style;

const RECENT_POSTS: u32 = 5;

#[component]
pub fn MemberPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| MemberId(params.read().get("id").unwrap_or_default()));
    let member = backend_resource(move |backend| {
        let id = id.get();
        async move {
            let member = backend.member(&id).await?;
            let organisation = match &member.organisation {
                Some(org) => backend.organisations().await?.iter().find(|o| &o.id == org).cloned(),
                None => None,
            };
            Ok::<_, BackendError>((member, organisation))
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match member.await {
                    Ok((member, organisation)) => view! { <Profile member organisation=organisation.map(|o| o.name)/> }.into_any(),
                    Err(BackendError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(error) => view! { <ErrorView error retry=move |_| member.refetch()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Profile(member: Member, organisation: Option<String>) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-profile__head {
            display: flex;
            gap: var(--space-m);
            align-items: center;
            margin-block-end: var(--space-m);
        }
        .kp-profile__head :deep(h1) {
            margin: 0;
        }
        .kp-profile__job {
            font-size: 1.125rem;
            margin: 0;
        }
        .kp-profile dl {
            display: grid;
            grid-template-columns: max-content 1fr;
            gap: var(--space-2xs) var(--space-m);
        }
        .kp-profile dt {
            font-weight: 700;
        }
    };
    let id = member.id.clone();
    let posts = backend_resource(move |backend| {
        let query = PostQuery {
            author: Some(id.clone()),
            page: PageRequest::new(1, RECENT_POSTS),
            ..Default::default()
        };
        async move { backend.posts(&query).await }
    });
    let id = member.id.clone();
    let themes = backend_resource(move |backend| {
        let id = id.clone();
        async move { backend.member_themes(&id).await }
    });
    let organisation_link = member.organisation.clone().zip(organisation).map(|(id, name)| {
        let colleagues = MemberQuery {
            organisation: Some(id),
            ..Default::default()
        };
        view! { <a href=format!("members{}", colleagues.to_search())>{name}</a> }
    });
    let expertise = (!member.expertise.is_empty()).then(|| {
        let tags = member
            .expertise
            .iter()
            .cloned()
            .map(|tag| {
                let peers = MemberQuery {
                    expertise: Some(tag.clone()),
                    ..Default::default()
                };
                let href = format!("members{}", peers.to_search());
                view! { <li class="kp-tag"><a href=href>{tag}</a></li> }
            })
            .collect_view();
        view! {
            <dt>{texts.member_expertise}</dt>
            <dd><ul class="kp-tags" role="list" aria-label=texts.member_expertise>{tags}</ul></dd>
        }
    });
    let links = (!member.links.is_empty()).then(|| {
        let items = [
            (texts.link_website, member.links.website.clone()),
            (texts.link_linkedin, member.links.linkedin.clone()),
            (texts.link_mastodon, member.links.mastodon.clone()),
        ]
        .into_iter()
        .filter_map(|(label, url)| {
            url.as_deref()
                .and_then(web_url)
                .map(|url| view! { <li><a href=url.to_owned() rel="noopener nofollow ugc">{label}</a></li> })
        })
        .collect_view();
        view! {
            <section aria-labelledby="profiel-contact">
                <h2 id="profiel-contact">{texts.member_contact}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    view! { class=class,
        <article class="kp-profile">
            <div class="kp-profile__head">
                <Avatar member=member.clone() size=96/>
                <div>
                    <PageHeading text=member.name.clone()/>
                    {member.job_title.clone().map(|job| view! { class=class, <p class="kp-profile__job">{job}</p> })}
                </div>
            </div>
            <dl>
                {organisation_link.map(|link| view! { <dt>{texts.member_organisation}</dt><dd>{link}</dd> })}
                {member.province.map(|p| view! { <dt>{texts.member_province}</dt><dd>{p.name()}</dd> })}
                {expertise}
            </dl>
            <p class="kp-hint">{(texts.member_since)(&texts.date(member.joined_at))}</p>
            {member.bio.clone().map(|bio| view! { <Markdown source=bio/> })}
            <section aria-labelledby="profiel-themas">
                <h2 id="profiel-themas">{texts.member_themes}</h2>
                {async_view(themes, move |themes| {
                    if themes.is_empty() {
                        return view! { <p>{texts.member_no_themes}</p> }.into_any();
                    }
                    view! {
                        <ul>
                            {themes.into_iter().map(|t| view! { <li><a href=format!("themes/{}", t.slug)>{t.name}</a></li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </section>
            <section aria-labelledby="profiel-bijdragen">
                <h2 id="profiel-bijdragen">{texts.member_recent_posts}</h2>
                {async_view(posts, move |page| {
                    if page.items.is_empty() {
                        return view! { <EmptyState message=texts.member_no_posts/> }.into_any();
                    }
                    view! {
                        <ul>
                            {page.items.into_iter().map(|p| view! { <li><a href=format!("wall/{}", p.id)>{p.title}</a></li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </section>
            {links}
            <EmbedButton choices=vec![EmbedChoice {
                label: texts.embed.snippet_member,
                widget: Widget::Member(member.id.clone()),
            }]/>
        </article>
    }
}
