//! Browser tests (wasm-bindgen-test in headless Chromium): the StaticJson adapter
//! over the real demo files, and components in a real DOM.
//!
//! `scripts/test.sh` serves `public/` and passes its address in
//! `KNOOPPUNT_TEST_DATA_URL` at compile time.

#![cfg(target_arch = "wasm32")]

use knooppunt::backend::static_json::StaticJson;
use knooppunt::backend::{Backend, BackendError, EventQuery, PostQuery};
use knooppunt::components::common::ErrorView;
use knooppunt::components::markdown::Markdown;
use knooppunt::model::directory::MemberQuery;
use knooppunt::model::{MemberId, PageRequest, PostId, Province, Timestamp};
use leptos::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const JOSE: &str = "m-jose-bakker";

fn data_url() -> String {
    let server = option_env!("KNOOPPUNT_TEST_DATA_URL").unwrap_or("http://127.0.0.1:8091/");
    format!("{}/data/", server.trim_end_matches('/'))
}

fn backend() -> StaticJson {
    StaticJson::new(data_url())
}

fn search(text: &str) -> MemberQuery {
    MemberQuery {
        text: text.into(),
        ..Default::default()
    }
}

#[wasm_bindgen_test]
async fn directory_search_ignores_accents_case_and_word_order() {
    let backend = backend();
    for text in ["jose", "JOSÉ", "bakker jose", "jos bak", "s-hertogenbosch jose"] {
        let result = backend.members(&search(text)).await.expect("members load");
        assert!(
            result.page.items.iter().any(|m| m.id.as_str() == JOSE),
            "{text:?} should find José Bakker"
        );
    }
    let none = backend
        .members(&search("zzzz-bestaat-niet"))
        .await
        .expect("members load");
    assert_eq!(none.page.total, 0);
    assert!(none.page.items.is_empty());
}

#[wasm_bindgen_test]
async fn facet_counts_match_the_filtered_totals() {
    let backend = backend();
    let all = backend.members(&MemberQuery::default()).await.expect("members load");
    assert!(
        all.page.total >= 300,
        "demo network has at least 300 members, got {}",
        all.page.total
    );
    let facets = &all.facets;
    let mut choices: Vec<MemberQuery> = Vec::new();
    for f in facets.provinces.iter().filter(|f| f.count > 0).take(3) {
        choices.push(MemberQuery {
            province: Some(f.value),
            ..Default::default()
        });
    }
    for f in facets.kinds.iter().filter(|f| f.count > 0).take(3) {
        choices.push(MemberQuery {
            kind: Some(f.value),
            ..Default::default()
        });
    }
    for f in facets.organisations.iter().take(2) {
        choices.push(MemberQuery {
            organisation: Some(f.value.clone()),
            ..Default::default()
        });
    }
    for f in facets.themes.iter().take(2) {
        choices.push(MemberQuery {
            theme: Some(f.value.clone()),
            ..Default::default()
        });
    }
    for f in facets.expertise.iter().take(2) {
        choices.push(MemberQuery {
            expertise: Some(f.value.clone()),
            ..Default::default()
        });
    }
    assert!(choices.len() >= 10, "every filter offers values: {choices:?}");
    let counts = [
        facets
            .provinces
            .iter()
            .filter(|f| f.count > 0)
            .take(3)
            .map(|f| f.count)
            .collect::<Vec<_>>(),
        facets
            .kinds
            .iter()
            .filter(|f| f.count > 0)
            .take(3)
            .map(|f| f.count)
            .collect(),
        facets.organisations.iter().take(2).map(|f| f.count).collect(),
        facets.themes.iter().take(2).map(|f| f.count).collect(),
        facets.expertise.iter().take(2).map(|f| f.count).collect(),
    ]
    .concat();
    for (query, count) in choices.iter().zip(counts) {
        let filtered = backend.members(query).await.expect("members load");
        assert_eq!(filtered.page.total, count, "count shown for {query:?}");
        assert!(filtered.page.items.len() <= PageRequest::DEFAULT_PER_PAGE as usize);
    }
    assert!(
        facets.province_count(Province::Groningen) > 0,
        "every province has members in the demo network"
    );
}

#[wasm_bindgen_test]
async fn a_member_links_to_their_themes_and_posts() {
    let backend = backend();
    let jose = backend.member(&MemberId::from(JOSE)).await.expect("José exists");
    assert_eq!(jose.name, "José Bakker");
    let themes = backend.member_themes(&jose.id).await.expect("themes load");
    assert!(!themes.is_empty());
    for theme in &themes {
        assert_eq!(
            backend.theme(&theme.slug).await.expect("theme resolves").name,
            theme.name
        );
    }
    let query = PostQuery {
        author: Some(jose.id.clone()),
        ..Default::default()
    };
    let posts = backend.posts(&query).await.expect("posts load");
    assert!(posts.total >= 3);
    assert!(posts.items.iter().all(|p| p.author.id == jose.id));
}

#[wasm_bindgen_test]
async fn unknown_ids_are_not_found() {
    let backend = backend();
    assert_eq!(
        backend.member(&MemberId::from("m-niemand")).await,
        Err(BackendError::NotFound)
    );
    assert_eq!(
        backend.post(&PostId::from("p-niets")).await.map(|_| ()),
        Err(BackendError::NotFound)
    );
    assert_eq!(
        backend.theme("geen-thema").await.map(|_| ()),
        Err(BackendError::NotFound)
    );
}

#[wasm_bindgen_test]
async fn comments_match_the_count_on_their_post() {
    let backend = backend();
    let feed = backend
        .posts(&PostQuery {
            page: PageRequest::new(1, 50),
            ..Default::default()
        })
        .await
        .expect("posts load");
    let post = feed
        .items
        .iter()
        .find(|p| p.comment_count > 0)
        .expect("some post has comments");
    let comments = backend.comments(&post.id).await.expect("comments load");
    assert_eq!(comments.len() as u32, post.comment_count);
}

#[wasm_bindgen_test]
async fn the_feed_is_newest_first_after_pinned_posts() {
    let backend = backend();
    let feed = backend
        .posts(&PostQuery {
            page: PageRequest::new(1, 100),
            ..Default::default()
        })
        .await
        .expect("posts load");
    let unpinned: Vec<Timestamp> = feed.items.iter().filter(|p| !p.pinned).map(|p| p.created_at).collect();
    assert!(
        unpinned.windows(2).all(|w| w[0] >= w[1]),
        "unpinned posts are newest first"
    );
    let first_unpinned = feed.items.iter().position(|p| !p.pinned).unwrap_or(feed.items.len());
    assert!(
        feed.items[first_unpinned..].iter().all(|p| !p.pinned),
        "pinned posts come first"
    );
}

#[wasm_bindgen_test]
async fn upcoming_meetings_exclude_past_ones() {
    let backend = backend();
    let now = knooppunt::clock::now();
    let all = backend
        .events(&EventQuery {
            page: PageRequest::new(1, 100),
            ..Default::default()
        })
        .await
        .expect("events load");
    let upcoming = backend
        .events(&EventQuery {
            upcoming_only: true,
            page: PageRequest::new(1, 100),
            ..Default::default()
        })
        .await
        .expect("events load");
    assert!(upcoming.items.iter().all(|e| !e.is_past(now)));
    assert!(all.total > upcoming.total, "the demo network has past meetings too");
}

#[wasm_bindgen_test]
async fn a_missing_data_folder_and_a_dead_server_give_distinct_errors() {
    let missing = StaticJson::new(format!("{}nergens/", data_url()));
    assert_eq!(missing.themes().await.map(|_| ()), Err(BackendError::NotFound));
    let dead = StaticJson::new("http://127.0.0.1:9/data/");
    assert!(matches!(dead.themes().await, Err(BackendError::Network(_))));
}

fn mount(view: impl FnOnce() -> AnyView + 'static) -> web_sys::HtmlElement {
    let document = document();
    let host: web_sys::HtmlElement = document.create_element("div").expect("div").unchecked_into();
    document.body().expect("body").append_child(&host).expect("append");
    let handle = leptos::mount::mount_to(host.clone(), view);
    // The test ends before the page does; keep the view alive.
    std::mem::forget(handle);
    host
}

#[wasm_bindgen_test]
fn markdown_never_turns_user_text_into_markup() {
    let source = "Hallo <script>window.hacked = 1</script> <img src=x onerror=\"window.hacked=1\">\n\n[klik](javascript:alert(1)) [VNG](https://vng.nl)".to_owned();
    let host = mount(move || view! { <Markdown source/> }.into_any());
    assert!(host.query_selector("script").unwrap().is_none());
    assert!(host.query_selector("img").unwrap().is_none());
    assert!(host
        .text_content()
        .unwrap_or_default()
        .contains("<script>window.hacked = 1</script>"));
    let links = host.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 1, "only the https link survives");
    let link: web_sys::Element = links.item(0).unwrap().unchecked_into();
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://vng.nl"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener nofollow ugc"));
}

#[wasm_bindgen_test]
fn error_view_explains_in_dutch_and_retries() {
    let retried = Arc::new(AtomicU32::new(0));
    let counter = retried.clone();
    let retry = Callback::new(move |_| {
        counter.fetch_add(1, Ordering::Relaxed);
    });
    let host = mount(move || view! { <ErrorView error=BackendError::Network("offline".into()) retry/> }.into_any());
    let alert = host.query_selector("[role=alert]").unwrap().expect("an alert");
    assert!(alert.text_content().unwrap_or_default().contains("geen verbinding"));
    let button: web_sys::HtmlElement = host
        .query_selector("button")
        .unwrap()
        .expect("a button")
        .unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Opnieuw proberen"));
    button.click();
    assert_eq!(retried.load(Ordering::Relaxed), 1);
}
