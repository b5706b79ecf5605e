//! `/members`: the member directory. Search, filters with counts, sort and page all
//! live in the URL, so a result list can be shared and "back" restores the previous one.

use crate::components::common::{EmptyState, ErrorView, Loading, PageHeading, Pager};
use crate::components::member::{FacetOption, FacetSelect, FilterChip, FilterChips, MemberCard};
use crate::i18n::Texts;
use crate::model::directory::{DirectoryFacets, DirectoryFilter, MemberQuery, MemberSort};
use crate::model::{OrganisationId, OrganisationKind, Province, ThemeId};
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
    // What the filters show, kept outside the resource so reading it never suspends the
    // page: the heading, search box and filters render at once and keep their focus.
    let summary = RwSignal::new(None::<Summary>);
    let loading = RwSignal::new(false);
    // The search text of the results on screen: lets a benchmark see when a keystroke's
    // results have arrived, also when they look the same as before.
    let shown_text = RwSignal::new(None::<String>);

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
    // Every filter and the sort: a new history entry, back on page 1.
    let choose = {
        let go = go.clone();
        move |change: &dyn Fn(&mut MemberQuery)| {
            typing.set_value(false);
            let mut next = query.get_untracked().with_page(1);
            change(&mut next);
            go(next, false);
        }
    };
    let on_sort = {
        let choose = choose.clone();
        move |ev: leptos::ev::Event| {
            let sort = MemberSort::parse(&event_target_value(&ev)).unwrap_or_default();
            choose(&|q| q.sort = sort);
        }
    };

    let facets = Signal::derive(move || summary.read().as_ref().map(|s| s.facets.clone()).unwrap_or_default());
    let province_options = Signal::derive(move || {
        facets
            .read()
            .provinces
            .iter()
            .map(|f| FacetOption {
                value: f.value.as_str().to_owned(),
                label: f.value.name().to_owned(),
                count: f.count,
            })
            .collect::<Vec<_>>()
    });
    let kind_options = Signal::derive(move || {
        facets
            .read()
            .kinds
            .iter()
            .map(|f| FacetOption {
                value: f.value.as_str().to_owned(),
                label: (texts.organisation_kind)(f.value).to_owned(),
                count: f.count,
            })
            .collect::<Vec<_>>()
    });
    let organisation_options = Signal::derive(move || {
        facets
            .read()
            .organisations
            .iter()
            .map(|f| FacetOption {
                value: f.value.to_string(),
                label: f.name.clone(),
                count: f.count,
            })
            .collect::<Vec<_>>()
    });
    let theme_options = Signal::derive(move || {
        facets
            .read()
            .themes
            .iter()
            .map(|f| FacetOption {
                value: f.value.to_string(),
                label: f.name.clone(),
                count: f.count,
            })
            .collect::<Vec<_>>()
    });
    let expertise_options = Signal::derive(move || {
        facets
            .read()
            .expertise
            .iter()
            .map(|f| FacetOption {
                value: f.value.clone(),
                label: f.value.clone(),
                count: f.count,
            })
            .collect::<Vec<_>>()
    });

    let class = style! {
        .kp-directory__search input {
            min-width: min(32rem, 100%);
        }
        .kp-directory__filters {
            display: grid;
            grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
            gap: var(--space-s) var(--space-m);
            align-items: start;
            margin-block: var(--space-m);
        }
        .kp-directory__filters :deep(select) {
            width: 100%;
        }
        .kp-directory__active {
            display: flex;
            flex-wrap: wrap;
            gap: var(--space-xs);
            align-items: center;
            list-style: none;
            padding: 0;
            margin-block: var(--space-s);
        }
        .kp-directory__count {
            font-weight: 700;
            margin-block: var(--space-s);
        }
        .kp-directory__results[aria-busy="true"] {
            opacity: 0.6;
        }
    };

    let count_text = move || summary.read().as_ref().map(|s| (texts.members_count)(s.total));
    let active_filters = move || {
        let chips = filter_chips(texts, &query.get(), &facets.get());
        (!chips.is_empty()).then(|| view! { <FilterChips label=texts.members_active_filters chips/> })
    };

    view! { class=class,
        <PageHeading text=texts.nav_members/>
        <search class="kp-directory__search">
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
            <div class="kp-directory__filters" role="group" aria-label=texts.members_filters_label>
                <FacetSelect
                    id="provincie"
                    label=texts.members_province_label
                    all_label=texts.members_all_provinces
                    options=province_options
                    selected=Signal::derive(move || query.read().province.map(|p| p.as_str().to_owned()))
                    on_choose={
                        let choose = choose.clone();
                        move |v: Option<String>| choose(&|q| q.province = v.as_deref().and_then(Province::parse))
                    }
                />
                <FacetSelect
                    id="soort-organisatie"
                    label=texts.members_kind_label
                    all_label=texts.members_all_kinds
                    options=kind_options
                    selected=Signal::derive(move || query.read().kind.map(|k| k.as_str().to_owned()))
                    on_choose={
                        let choose = choose.clone();
                        move |v: Option<String>| choose(&|q| q.kind = v.as_deref().and_then(OrganisationKind::parse))
                    }
                />
                <FacetSelect
                    id="organisatie"
                    label=texts.members_organisation_label
                    all_label=texts.members_all_organisations
                    options=organisation_options
                    selected=Signal::derive(move || query.read().organisation.as_ref().map(ToString::to_string))
                    on_choose={
                        let choose = choose.clone();
                        move |v: Option<String>| choose(&|q| q.organisation = v.clone().map(OrganisationId))
                    }
                />
                <FacetSelect
                    id="thema"
                    label=texts.members_theme_label
                    all_label=texts.members_all_themes
                    options=theme_options
                    selected=Signal::derive(move || query.read().theme.as_ref().map(ToString::to_string))
                    on_choose={
                        let choose = choose.clone();
                        move |v: Option<String>| choose(&|q| q.theme = v.clone().map(ThemeId))
                    }
                    empty_hint=texts.members_theme_login_hint
                />
                <FacetSelect
                    id="expertise"
                    label=texts.members_expertise_label
                    all_label=texts.members_all_expertise
                    options=expertise_options
                    selected=Signal::derive(move || query.read().expertise.clone())
                    on_choose={
                        let choose = choose.clone();
                        move |v: Option<String>| choose(&|q| q.expertise = v.clone())
                    }
                />
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
            </div>
        </search>
        {active_filters}
        <p class="kp-directory__count" role="status">{count_text}</p>
        <div
            class="kp-directory__results"
            aria-busy=move || loading.get().to_string()
            data-results-for=move || shown_text.get()
        >
            <Transition fallback=Loading set_pending=loading.write_only()>
                {move || {
                    Suspend::new(async move {
                    let result = match results.await {
                        Ok(result) => result,
                        Err(error) => {
                            summary.set(None);
                            return view! { <ErrorView error retry=move |_| results.refetch()/> }.into_any();
                        }
                    };
                    summary.set(Some(Summary {
                        total: result.page.total,
                        facets: result.facets.clone(),
                    }));
                    let current = query.get_untracked();
                    shown_text.set(Some(current.text.clone()));
                    if result.page.items.is_empty() {
                        let chips = filter_chips(texts, &current, &result.facets);
                        let remove = (!chips.is_empty()).then(|| {
                            view! { <FilterChips label=texts.members_remove_filter_hint chips/> }
                        });
                        return view! {
                            <EmptyState message=texts.members_none hint=texts.members_none_hint>
                                {remove}
                            </EmptyState>
                        }
                        .into_any();
                    }
                    let pages = result.page.page_count();
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
                            href=move |n| format!("members{}", current.with_page(n).to_search())
                        />
                    }
                    .into_any()
                    })
                }}
            </Transition>
        </div>
    }
}

/// What the filters show about the current results.
#[derive(Clone)]
struct Summary {
    total: u32,
    facets: DirectoryFacets,
}

/// The query's active filters, each with the address of the same results without it.
fn filter_chips(texts: &'static Texts, query: &MemberQuery, facets: &DirectoryFacets) -> Vec<FilterChip> {
    query
        .active_filters()
        .into_iter()
        .filter_map(|filter| {
            let (label, value) = match filter {
                DirectoryFilter::Province => (texts.members_province_label, query.province?.name().to_owned()),
                DirectoryFilter::Kind => (
                    texts.members_kind_label,
                    (texts.organisation_kind)(query.kind?).to_owned(),
                ),
                DirectoryFilter::Organisation => {
                    let id = query.organisation.as_ref()?;
                    let name = facets
                        .organisations
                        .iter()
                        .find(|f| &f.value == id)
                        .map(|f| f.name.clone());
                    (texts.members_organisation_label, name.unwrap_or_else(|| id.to_string()))
                }
                DirectoryFilter::Theme => {
                    let id = query.theme.as_ref()?;
                    let name = facets.themes.iter().find(|f| &f.value == id).map(|f| f.name.clone());
                    (texts.members_theme_label, name.unwrap_or_else(|| id.to_string()))
                }
                DirectoryFilter::Expertise => (texts.members_expertise_label, query.expertise.clone()?),
            };
            Some(FilterChip {
                label,
                value,
                href: format!("members{}", query.without(filter).to_search()),
            })
        })
        .collect()
}
