//! `/wall`: the knowledge wall, newest first. "Alles" or "Mijn thema's", narrowed by
//! kind, theme, tag and search, all in the URL; older posts load on demand below.
//! Logged-in members write here ("Deel je kennis"); visitors are told how to take part.

use crate::backend::{BackendError, PostQuery};
use crate::components::account::LoginPrompt;
use crate::components::common::{EmptyState, ErrorView, Loading, PageHeading};
use crate::components::member::{FilterChip, FilterChips};
use crate::components::post::{Composer, PostCard};
use crate::model::outbox::OutboxAction;
use crate::model::post::merge_older;
use crate::model::wall::{WallFilter, WallView};
use crate::model::{KindFilter, PageRequest, Post, ThemeId};
use crate::state::{backend_resource, use_backend, use_live, use_outbox, use_session, use_texts, SharedBackend};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

const POSTS_PER_PAGE: u32 = 20;

/// The backend query for a wall filter and page; `None` when "Mijn thema's" has no themes.
async fn query_for(backend: &SharedBackend, filter: &WallFilter, page: u32) -> Result<Option<PostQuery>, BackendError> {
    let themes = match (filter.view, backend.session()) {
        (WallView::MyThemes, Some(session)) => {
            let mine: Vec<ThemeId> = backend
                .member_themes(&session.account.id)
                .await?
                .into_iter()
                .map(|t| t.id)
                .collect();
            if mine.is_empty() {
                return Ok(None);
            }
            Some(mine)
        }
        _ => None,
    };
    Ok(Some(PostQuery {
        theme: filter.theme.clone(),
        themes,
        kind: filter.kind,
        tag: filter.tag.clone(),
        text: filter.text.trim().to_owned(),
        page: PageRequest::new(page, POSTS_PER_PAGE),
        ..Default::default()
    }))
}

/// What the feed shows: the posts so far, and whether there are older ones.
#[derive(Clone, Default)]
struct Feed {
    posts: Vec<Post>,
    pages: u32,
    more: bool,
    /// "Mijn thema's" without any theme.
    no_themes: bool,
}

#[component]
pub fn WallPage() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let params = use_query_map();
    let filter = Memo::new(move |_| WallFilter::from_params(|key| params.read().get(key)));
    let first = backend_resource(move |backend| {
        let filter = filter.get();
        async move {
            let Some(query) = query_for(&backend, &filter, 1).await? else {
                return Ok(Feed {
                    no_themes: true,
                    ..Default::default()
                });
            };
            let page = backend.posts(&query).await?;
            Ok::<_, BackendError>(Feed {
                more: page.has_next(),
                pages: 1,
                posts: page.items,
                no_themes: false,
            })
        }
    });
    let feed = RwSignal::new(Feed::default());
    let loading_more = RwSignal::new(false);
    let more_failed = RwSignal::new(None::<&'static str>);
    let themes = backend_resource(|backend| async move { backend.themes().await });
    let known_tags = RwSignal::new(Vec::<String>::new());
    let posted = RwSignal::new(None::<Post>);
    let can_write = backend.capabilities().auth;

    let navigate = use_navigate();
    let typing = StoredValue::new(false);
    let go = move |next: WallFilter, replace: bool| {
        navigate(
            &format!("/wall{}", next.to_search()),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let choose = {
        let go = go.clone();
        move |change: &dyn Fn(&mut WallFilter)| {
            typing.set_value(false);
            let mut next = filter.get_untracked();
            change(&mut next);
            go(next, false);
        }
    };
    let load_more = Callback::new({
        let backend = backend.clone();
        move |()| {
            if loading_more.get_untracked() {
                return;
            }
            loading_more.set(true);
            more_failed.set(None);
            let backend = backend.clone();
            let current = filter.get_untracked();
            let next = feed.with_untracked(|f| f.pages + 1);
            spawn_local(async move {
                let result = match query_for(&backend, &current, next).await {
                    Ok(Some(query)) => backend.posts(&query).await.map(Some),
                    Ok(None) => Ok(None),
                    Err(error) => Err(error),
                };
                loading_more.set(false);
                match result {
                    Ok(Some(page)) => feed.update(|f| {
                        f.more = page.has_next();
                        f.pages = next;
                        merge_older(&mut f.posts, page.items);
                    }),
                    Ok(None) => {}
                    Err(error) => more_failed.set(Some(texts.error(&error))),
                }
            });
        }
    });

    // Posts others wrote since this list was loaded: a button above the list, in space kept
    // for it, so what the reader is reading does not move.
    let live = use_live();
    let new_posts = move || -> u32 {
        let Some(live) = live else { return 0 };
        let shown = feed.read();
        let count = live
            .new_posts
            .read()
            .iter()
            .filter(|id| !shown.posts.iter().any(|p| &p.id == *id))
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    };
    let show_new = move |_| {
        if let Some(live) = live {
            live.new_posts.set(Vec::new());
        }
        first.refetch();
    };
    // After the stream was down, what arrived meanwhile is fetched instead of streamed.
    if let Some(live) = live {
        let backend = backend.clone();
        Effect::new(move |previous: Option<u32>| {
            let now = live.reconnects.get();
            if previous.is_some_and(|p| p != now) {
                let backend = backend.clone();
                let current = filter.get_untracked();
                spawn_local(async move {
                    let Ok(Some(query)) = query_for(&backend, &current, 1).await else {
                        return;
                    };
                    let Ok(page) = backend.posts(&query).await else { return };
                    let newest = feed.with_untracked(|f| f.posts.iter().map(|p| p.created_at).max());
                    let missed: Vec<_> = page
                        .items
                        .into_iter()
                        .filter(|p| newest.is_none_or(|n| p.created_at >= n))
                        .filter(|p| !feed.with_untracked(|f| f.posts.iter().any(|q| q.id == p.id)))
                        .map(|p| p.id)
                        .collect();
                    live.new_posts.update(|ids| {
                        for id in missed {
                            if !ids.contains(&id) {
                                ids.push(id);
                            }
                        }
                    });
                });
            }
            now
        });
    }

    // A post written offline appears once the outbox delivered it.
    if let Some(outbox) = use_outbox() {
        outbox.on_delivered(
            |action| matches!(action, OutboxAction::Post { .. }),
            move || first.refetch(),
        );
    }

    let compose = move || {
        if !can_write {
            return None;
        }
        Some(if session.writer().is_some() {
            view! {
                <Composer
                    on_posted=move |post: Post| {
                        posted.set(Some(post));
                        first.refetch();
                    }
                    tag_suggestions=known_tags
                />
            }
            .into_any()
        } else {
            view! { <LoginPrompt/> }.into_any()
        })
    };
    let view_select = {
        let choose = choose.clone();
        move || {
            session.account()?;
            let choose = choose.clone();
            Some(view! {
                <div class="kp-field">
                    <label for="weergave">{texts.wall_view_label}</label>
                    <select id="weergave" on:change=move |ev| {
                        let view = WallView::parse(&event_target_value(&ev)).unwrap_or_default();
                        choose(&|f| f.view = view);
                    }>
                        {[(WallView::All, texts.wall_view_all), (WallView::MyThemes, texts.wall_view_mine)]
                            .into_iter()
                            .map(|(view, label)| view! {
                                <option value=view.as_str() prop:selected=move || filter.read().view == view>{label}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
            })
        }
    };
    let theme_options = move || {
        let chosen = filter.read().theme.clone();
        themes.get().and_then(Result::ok).map(|list| {
            list.iter()
                .map(|t| {
                    let selected = chosen.as_ref() == Some(&t.id);
                    view! { <option value=t.id.to_string() prop:selected=selected>{t.name.clone()}</option> }
                })
                .collect_view()
        })
    };
    let tag_chip = move || {
        let current = filter.get();
        let tag = current.tag.clone()?;
        let without = WallFilter { tag: None, ..current };
        let chips = vec![FilterChip {
            label: texts.wall_tag_label,
            value: tag,
            href: format!("wall{}", without.to_search()),
        }];
        Some(view! { <FilterChips label=texts.members_active_filters chips/> })
    };

    view! {
        <PageHeading text=texts.nav_wall/>
        <p>{texts.wall_intro}</p>
        {compose}
        <p role="status">
            {move || posted.get().map(|post| view! {
                {texts.post_posted} " " <a href=format!("wall/{}", post.id)>{post.title}</a>
            })}
        </p>
        <search class="kp-wall__filters">
            <div class="kp-field">
                <label for="zoek-bijdragen">{texts.wall_search_label}</label>
                <input
                    id="zoek-bijdragen"
                    type="search"
                    autocomplete="off"
                    prop:value=move || filter.read().text.clone()
                    on:input={
                        let go = go.clone();
                        move |ev| {
                            let next = WallFilter { text: event_target_value(&ev), ..filter.get_untracked() };
                            go(next, typing.get_value());
                            typing.set_value(true);
                        }
                    }
                    on:blur=move |_| typing.set_value(false)
                />
            </div>
            <div class="kp-directory__filters" role="group" aria-label=texts.members_filters_label>
                {view_select}
                <div class="kp-field">
                    <label for="soort">{texts.field_kind}</label>
                    <select id="soort" on:change={
                        let choose = choose.clone();
                        move |ev| {
                            let kind = KindFilter::parse(&event_target_value(&ev));
                            choose(&|f| f.kind = kind);
                        }
                    }>
                        <option value="" prop:selected=move || filter.read().kind.is_none()>{texts.members_all_kinds}</option>
                        {KindFilter::ALL
                            .into_iter()
                            .map(|k| {
                                let label = match k {
                                    KindFilter::Only(kind) => (texts.post_kind)(kind),
                                    KindFilter::OpenQuestions => texts.wall_open_questions,
                                };
                                view! {
                                    <option value=k.as_str() prop:selected=move || filter.read().kind == Some(k)>{label}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="kp-field">
                    <label for="thema">{texts.field_theme}</label>
                    <select id="thema" on:change={
                        let choose = choose.clone();
                        move |ev| {
                            let value = event_target_value(&ev);
                            let theme = (!value.is_empty()).then_some(ThemeId(value));
                            choose(&|f| f.theme = theme.clone());
                        }
                    }>
                        <option value="" prop:selected=move || filter.read().theme.is_none()>{texts.members_all_themes}</option>
                        {theme_options}
                    </select>
                </div>
            </div>
        </search>
        {tag_chip}
        <div class="kp-new-posts" aria-live="polite">
            {move || {
                let n = new_posts();
                (n > 0).then(|| view! {
                    <button type="button" class="kp-button" on:click=show_new>{(texts.new_posts)(n)}</button>
                })
            }}
        </div>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match first.await {
                    Err(error) => view! { <ErrorView error retry=move |_| first.refetch()/> }.into_any(),
                    Ok(loaded) => {
                        known_tags.update(|known| {
                            for tag in loaded.posts.iter().flat_map(|p| &p.tags) {
                                if !known.contains(tag) {
                                    known.push(tag.clone());
                                }
                            }
                            known.sort();
                        });
                        feed.set(loaded);
                        view! { <FeedList feed load_more loading_more more_failed/> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

#[component]
fn FeedList(
    feed: RwSignal<Feed>,
    load_more: Callback<()>,
    loading_more: RwSignal<bool>,
    more_failed: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let texts = use_texts();
    move || {
        let current = feed.get();
        if current.no_themes {
            return view! { <EmptyState message=texts.wall_no_themes/> }.into_any();
        }
        if current.posts.is_empty() {
            return view! { <EmptyState message=texts.wall_none_found hint=texts.wall_none_found_hint/> }.into_any();
        }
        let more = current.more.then(|| {
            view! {
                <button type="button" class="kp-button kp-button--secondary" on:click=move |_| load_more.run(())
                    aria-disabled=move || loading_more.get().then_some("true")>
                    {move || if loading_more.get() { texts.busy } else { texts.wall_load_more }}
                </button>
            }
        });
        view! {
            <ul class="kp-stack" aria-label=texts.nav_wall>
                {current.posts.into_iter().map(|post| view! { <PostCard post/> }).collect_view()}
            </ul>
            {more}
            {move || more_failed.get().map(|text| view! { <p role="alert" class="kp-field__error">{text}</p> })}
        }
        .into_any()
    }
}
