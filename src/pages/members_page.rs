//! `/members`: the member directory with search, province filter and paging, all in the URL.

use crate::components::common::{EmptyState, ErrorView, Loading, PageHeading, Pager};
use crate::components::member::MemberCard;
use crate::model::directory::{MemberQuery, MemberSort};
use crate::model::Province;
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
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
    // What the filters show (total and per-province counts), kept outside the resource so
    // reading it never suspends the page: the heading and search box render at once.
    let summary = RwSignal::new(None::<Summary>);

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
    let on_sort = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            typing.set_value(false);
            let sort = MemberSort::parse(&event_target_value(&ev)).unwrap_or_default();
            go(
                MemberQuery {
                    sort,
                    ..query.get_untracked()
                }
                .with_page(1),
                false,
            );
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

    let count_text = move || summary.read().as_ref().map(|s| (texts.members_count)(s.total));
    // Reached from a profile's organisation link: say so, and offer the way back.
    let organisation_scope = move || {
        let name = summary.read().as_ref().and_then(|s| s.organisation.clone())?;
        let everyone = MemberQuery {
            organisation: None,
            ..query.get()
        }
        .with_page(1);
        Some(view! {
            <p>
                {(texts.members_only_organisation)(&name)} " "
                <a href=format!("/members{}", everyone.to_search())>{texts.members_all_organisations}</a>
            </p>
        })
    };
    // Reached from an expertise tag on a profile.
    let expertise_scope = move || {
        let current = query.get();
        let tag = current.expertise.clone()?;
        let everyone = MemberQuery {
            expertise: None,
            ..current
        }
        .with_page(1);
        Some(view! {
            <p>
                {(texts.members_only_expertise)(&tag)} " "
                <a href=format!("/members{}", everyone.to_search())>{texts.members_all_expertise}</a>
            </p>
        })
    };
    let province_options = move || {
        let counts = summary
            .read()
            .as_ref()
            .map(|s| s.province_counts.clone())
            .unwrap_or_default();
        let selected = query.read().province;
        Province::ALL
            .into_iter()
            .map(|province| {
                let count = counts.iter().find(|(p, _)| *p == province).map_or(0, |(_, n)| *n);
                let label = format!("{} ({})", province.name(), texts.number(count));
                view! { <option value=province.as_str() prop:selected=selected == Some(province)>{label}</option> }
            })
            .collect_view()
    };

    view! { class=class,
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
                    <option value="" prop:selected=move || query.read().province.is_none()>
                        {texts.members_all_provinces}
                    </option>
                    {province_options}
                </select>
            </div>
            <div class="kp-field">
                <label for="sortering">{texts.members_sort_label}</label>
                <select id="sortering" on:change=on_sort>
                    {[(MemberSort::Name, texts.members_sort_name), (MemberSort::Newest, texts.members_sort_newest)]
                        .into_iter()
                        .map(|(sort, label)| {
                            view! {
                                <option value=sort.as_str() prop:selected=move || query.read().sort == sort>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </search>
        {organisation_scope}
        {expertise_scope}
        <p class="kp-directory__count" role="status">{count_text}</p>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                let result = match results.await {
                    Ok(result) => result,
                    Err(error) => {
                        summary.set(None);
                        return view! { <ErrorView error retry=move |_| results.refetch()/> }.into_any();
                    }
                };
                let organisation = query.get_untracked().organisation.map(|id| {
                    result.organisations.iter().find(|o| o.id == id).map_or_else(|| id.to_string(), |o| o.name.clone())
                });
                summary.set(Some(Summary {
                    total: result.page.total,
                    province_counts: result.province_counts.clone(),
                    organisation,
                }));
                if result.page.items.is_empty() {
                    return view! { <EmptyState message=texts.members_none hint=texts.members_none_hint/> }.into_any();
                }
                let pages = result.page.page_count();
                let current = query.get_untracked();
                let cards = result
                    .page
                    .items
                    .iter()
                    .map(|member| {
                        let organisation = result.organisation_of(member).cloned();
                        view! { <MemberCard member=member.clone() organisation/> }
                    })
                    .collect_view();
                view! {
                    <ul class="kp-grid" aria-label=texts.nav_members>{cards}</ul>
                    <Pager
                        page=result.page.page
                        pages
                        href=move |n| format!("/members{}", current.with_page(n).to_search())
                    />
                }
                .into_any()
            })}
        </Transition>
    }
}

/// What the filters show about the current results.
#[derive(Clone)]
struct Summary {
    total: u32,
    province_counts: Vec<(Province, u32)>,
    /// The organisation the list is limited to, by name.
    organisation: Option<String>,
}
