//! `/themes`: every theme group, with search, a topic filter and my own themes marked.

use crate::components::common::{async_view, EmptyState, PageHeading};
use crate::components::theme::ThemeCard;
use crate::model::text::query_string;
use crate::model::theme::{matches_theme_search, theme_tags};
use crate::model::{Membership, MyPlace, Theme};
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The address bar's names for the search text and the chosen topic.
const TEXT_PARAM: &str = "q";
const TAG_PARAM: &str = "onderwerp";

#[component]
pub fn ThemesPage() -> impl IntoView {
    let texts = use_texts();
    let params = use_query_map();
    let text = Memo::new(move |_| params.read().get(TEXT_PARAM).unwrap_or_default());
    let tag = Memo::new(move |_| params.read().get(TAG_PARAM).filter(|t| !t.is_empty()));
    let themes = backend_resource(|backend| async move { backend.themes().await });
    let mine = backend_resource(|backend| async move { backend.my_memberships().await.unwrap_or_default() });
    let may_create = backend_resource(|backend| async move { backend.may_create_themes().await.unwrap_or(false) });

    let navigate = use_navigate();
    let go = move |text: String, tag: Option<String>, replace: bool| {
        let mut pairs = Vec::new();
        if !text.is_empty() {
            pairs.push((TEXT_PARAM, text));
        }
        if let Some(tag) = tag {
            pairs.push((TAG_PARAM, tag));
        }
        navigate(
            &format!("/themes{}", query_string(&pairs)),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let on_search = {
        let go = go.clone();
        move |ev: leptos::ev::Event| go(event_target_value(&ev), tag.get_untracked(), true)
    };
    let on_tag = move |ev: leptos::ev::Event| {
        let chosen = Some(event_target_value(&ev)).filter(|t| !t.is_empty());
        go(text.get_untracked(), chosen, false)
    };

    view! {
        <PageHeading text=texts.nav_themes/>
        <p>{texts.themes_intro}</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                may_create.await.then(|| view! { <p><a class="kp-button" href="themes/new">{texts.theme_new}</a></p> })
            })}
        </Transition>
        {async_view(themes, move |themes| {
            if themes.is_empty() {
                return view! { <EmptyState message=texts.themes_none/> }.into_any();
            }
            let tags = theme_tags(&themes);
            let tag_options = tags
                .into_iter()
                .map(|t| {
                    let value = t.clone();
                    view! { <option value=value.clone() prop:selected=move || tag.read().as_deref() == Some(value.as_str())>{t}</option> }
                })
                .collect_view();
            let shown = {
                let themes = Arc::clone(&themes);
                Memo::new(move |_| {
                    let (text, tag) = (text.get(), tag.get());
                    let mut shown: Vec<Theme> = themes
                        .iter()
                        .filter(|t| matches_theme_search(t, &text, tag.as_deref()))
                        .cloned()
                        .collect();
                    shown.sort_by_key(|t| crate::model::text::fold(&t.name));
                    shown
                })
            };
            let place_of = move |theme: &Theme| {
                let mine: Vec<Membership> = mine.get().unwrap_or_default();
                MyPlace::of(mine.iter().find(|m| m.theme == theme.id))
            };
            view! {
                <search class="kp-filter-bar">
                    <div class="kp-field">
                        <label for="thema-zoek">{texts.themes_search_label}</label>
                        <input id="thema-zoek" type="search" autocomplete="off" prop:value=move || text.get() on:input=on_search.clone()/>
                    </div>
                    <div class="kp-field">
                        <label for="thema-onderwerp">{texts.themes_tag_label}</label>
                        <select id="thema-onderwerp" on:change=on_tag.clone()>
                            <option value="" prop:selected=move || tag.read().is_none()>{texts.themes_all_tags}</option>
                            {tag_options}
                        </select>
                    </div>
                </search>
                <p class="kp-hint" role="status">{move || (texts.themes_count)(shown.read().len() as u32)}</p>
                {move || {
                    let list = shown.get();
                    if list.is_empty() {
                        return view! { <EmptyState message=texts.themes_none_found/> }.into_any();
                    }
                    view! {
                        <ul class="kp-grid" aria-label=texts.nav_themes>
                            {list.into_iter().map(|theme| {
                                let place = Signal::derive({
                                    let theme = theme.clone();
                                    move || place_of(&theme)
                                });
                                view! { <ThemeCard theme place/> }
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            }
            .into_any()
        })}
    }
}
