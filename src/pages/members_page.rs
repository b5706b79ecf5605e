//! `/members`: the member directory with search, province filter and paging, all in the URL.

use crate::components::common::{EmptyState, ErrorView, Loading, PageHeading, Pager};
use crate::components::member::MemberCard;
use crate::model::directory::MemberQuery;
use crate::model::{Organisation, OrganisationId, Province};
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::collections::HashMap;
use std::sync::Arc;
use stylers::style;

#[component]
pub fn MembersPage() -> impl IntoView {
    let texts = use_texts();
    let params = use_query_map();
    let query = Memo::new(move |_| MemberQuery::from_params(|key| params.read().get(key)));
    let results = backend_resource(move |backend| {
        let query = query.get();
        async move { backend.members(&query).await }
    });
    let organisations = backend_resource(|backend| async move { backend.organisations().await });

    // Typing pushes one history entry per search, then refines it in place, so "back"
    // returns to the previous search rather than to each keystroke.
    let typing = StoredValue::new(false);
    let navigate = use_navigate();
    let go = move |next: MemberQuery, replace: bool| {
        navigate(
            &format!("/members{}", next.to_search()),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let on_search = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let next = MemberQuery {
                text,
                ..query.get_untracked()
            }
            .with_page(1);
            go(next, typing.get_value());
            typing.set_value(true);
        }
    };
    let on_province = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            typing.set_value(false);
            let province = Province::parse(&event_target_value(&ev));
            go(
                MemberQuery {
                    province,
                    ..query.get_untracked()
                }
                .with_page(1),
                false,
            );
        }
    };

    let class = style! {
        .kp-directory__filters {
            display: flex;
            flex-wrap: wrap;
            gap: var(--space-m);
            align-items: end;
            margin-block-end: var(--space-m);
        }
        .kp-directory__filters input {
            min-width: min(28rem, 100%);
        }
        .kp-directory__count {
            font-weight: 700;
            margin-block: var(--space-s);
        }
    };

    let count_text = move || {
        results
            .map(|r| r.as_ref().ok().map(|r| (texts.members_count)(r.page.total)))
            .flatten()
    };
    let province_options = move || {
        let counts = results
            .map(|r| r.as_ref().ok().map(|r| r.province_counts.clone()))
            .flatten()
            .unwrap_or_default();
        let selected = query.read().province;
        Province::ALL
            .into_iter()
            .map(|province| {
                let count = counts.iter().find(|(p, _)| *p == province).map_or(0, |(_, n)| *n);
                let label = format!("{} ({})", province.name(), texts.number(count));
                view! { <option value=province.as_str() selected=selected == Some(province)>{label}</option> }
            })
            .collect_view()
    };

    view! { class=class,
        <Title text=texts.nav_members/>
        <PageHeading text=texts.nav_members/>
        <search class="kp-directory__filters">
            <div class="kp-field">
                <label for="zoek-leden">{texts.members_search_label}</label>
                <input
                    id="zoek-leden"
                    type="search"
                    autocomplete="off"
                    aria-describedby="zoek-leden-hint"
                    prop:value=move || query.read().text.clone()
                    on:input=on_search
                    on:blur=move |_| typing.set_value(false)
                />
                <span id="zoek-leden-hint" class="kp-hint">{texts.members_search_hint}</span>
            </div>
            <div class="kp-field">
                <label for="provincie">{texts.members_province_label}</label>
                <select id="provincie" on:change=on_province>
                    <option value="" selected=move || query.read().province.is_none()>{texts.members_all_provinces}</option>
                    {province_options}
                </select>
            </div>
        </search>
        <p class="kp-directory__count" role="status">{count_text}</p>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                let organisations = organisations.await.unwrap_or_default();
                match results.await {
                    Err(error) => view! { <ErrorView error retry=move |_| results.refetch()/> }.into_any(),
                    Ok(result) if result.page.items.is_empty() => {
                        view! { <EmptyState message=texts.members_none hint=texts.members_none_hint/> }.into_any()
                    }
                    Ok(result) => {
                        let by_id = organisation_lookup(&organisations);
                        let pages = result.page.page_count();
                        let current = query.get_untracked();
                        view! { class=class,
                            <ul class="kp-grid" aria-label=texts.nav_members>
                                {result
                                    .page
                                    .items
                                    .into_iter()
                                    .map(|member| {
                                        let organisation = member.organisation.as_ref().and_then(|id| by_id.get(id).cloned());
                                        view! { <MemberCard member organisation/> }
                                    })
                                    .collect_view()}
                            </ul>
                            <Pager page=result.page.page pages href=move |n| format!("/members{}", current.with_page(n).to_search())/>
                        }
                        .into_any()
                    }
                }
            })}
        </Transition>
    }
}

fn organisation_lookup(organisations: &Arc<Vec<Organisation>>) -> HashMap<OrganisationId, Organisation> {
    organisations.iter().map(|o| (o.id.clone(), o.clone())).collect()
}
