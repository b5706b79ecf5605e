//! The PocketBase adapter in headless Chromium against a real PocketBase with the
//! Knooppunt migrations and the demo seed (`scripts/test.sh` starts it and passes its
//! address in `KNOOPPUNT_TEST_PB_URL` at compile time).
//!
//! Every test registers its own member, so tests do not depend on each other's order.

#![cfg(target_arch = "wasm32")]

use knooppunt::backend::pocketbase::PocketBase;
use knooppunt::backend::{Backend, BackendError, EventQuery, PostQuery, ALREADY_SENT};
use knooppunt::model::account::codes;
use knooppunt::model::directory::MemberQuery;
use knooppunt::model::{
    AvatarUpload, CommentDraft, CommentId, ContentTarget, Credentials, EventId, MemberLinks, MembershipStatus,
    OrganisationId, PageRequest, PostDraft, PostId, PostKind, ProfileUpdate, Province, ReactionKind, Registration,
    RsvpStatus, Session, ThemeAccess, Visibility,
};
use std::collections::BTreeMap;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DEMO_PASSWORD: &str = "knooppunt-demo";
const JOSE_EMAIL: &str = "m-jose-bakker@demo.knooppunt.nl";

fn server() -> &'static str {
    option_env!("KNOOPPUNT_TEST_PB_URL").unwrap_or("http://127.0.0.1:8092")
}

fn visitor() -> PocketBase {
    PocketBase::new(server())
}

fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", (js_sys::Math::random() * 1e12) as u64)
}

async fn some_organisation(backend: &PocketBase) -> OrganisationId {
    let organisations = backend.organisations().await.expect("organisations load");
    organisations.first().expect("the seed has organisations").id.clone()
}

/// A fresh member, logged in on a fresh adapter.
async fn new_member(name: &str) -> (PocketBase, Session) {
    let backend = visitor();
    let registration = Registration {
        name: name.to_owned(),
        email: format!("{}@example.nl", unique("lid")),
        password: "een-lang-wachtwoord".into(),
        organisation: Some(some_organisation(&backend).await),
    };
    let session = backend.register(&registration).await.expect("registration works");
    (backend, session)
}

#[wasm_bindgen_test]
async fn a_visitor_reads_the_seeded_network() {
    let backend = visitor();
    let themes = backend.themes().await.expect("themes load");
    assert!(themes.len() >= 12, "the demo seed has its themes");
    let open = themes
        .iter()
        .find(|t| t.access == ThemeAccess::Open)
        .expect("an open theme");
    assert_eq!(backend.theme(&open.slug).await.expect("theme by slug").id, open.id);

    let wall = backend
        .posts(&PostQuery {
            page: PageRequest::new(1, 20),
            ..Default::default()
        })
        .await
        .expect("the wall loads");
    assert_eq!(wall.items.len(), 20);
    assert!(wall.total > 20);
    assert!(
        wall.items
            .iter()
            .all(|p| !p.author.name.is_empty() && p.author.name != "Oud-lid"),
        "every author is named"
    );
    assert!(
        wall.items.windows(2).all(|w| w[0].created_at >= w[1].created_at),
        "newest first"
    );
    let post = backend.post(&wall.items[0].id).await.expect("one post");
    assert_eq!(post.title, wall.items[0].title);

    let directory = backend
        .members(&MemberQuery::default())
        .await
        .expect("the directory loads");
    assert!(directory.page.total > 100);
    let counted: u32 = directory.facets.provinces.iter().map(|f| f.count).sum();
    assert!(counted > 0 && counted <= directory.page.total);
    // The demo members show their province to visitors, so a visitor can filter on it.
    let brabant = backend
        .members(&MemberQuery {
            text: "Bakker".into(),
            province: Some(Province::NoordBrabant),
            ..Default::default()
        })
        .await
        .expect("a visitor filters on province");
    assert!(brabant.page.items.iter().any(|m| m.name == "José Bakker"));
    assert!(
        directory.facets.province_count(Province::NoordBrabant) > 1,
        "visitors see the demo network per province"
    );

    let events = backend.events(&EventQuery::default()).await.expect("events load");
    assert!(!events.items.is_empty());
    assert_eq!(
        backend.event(&events.items[0].id).await.expect("one event").title,
        events.items[0].title
    );
}

#[wasm_bindgen_test]
async fn the_directory_filters_on_the_server() {
    let backend = visitor();
    let all = backend.members(&MemberQuery::default()).await.expect("members");
    let busiest = all
        .facets
        .provinces
        .iter()
        .max_by_key(|f| f.count)
        .expect("some province has members");
    let (province, count) = (busiest.value, busiest.count);
    let filtered = backend
        .members(&MemberQuery {
            province: Some(province),
            ..Default::default()
        })
        .await
        .expect("filtered members");
    assert_eq!(filtered.page.total, count, "the count shown is the count found");
    assert!(
        filtered
            .page
            .items
            .iter()
            .all(|m| m.province.is_none_or(|p| p == province)),
        "a member without a province of their own is found under their organisation's"
    );
    let nobody = backend
        .members(&MemberQuery {
            text: "zzzq-bestaat-niet".into(),
            ..Default::default()
        })
        .await
        .expect("an empty search still answers");
    assert_eq!(nobody.page.total, 0);
    // Typed SQL wildcards are word separators, never wildcards: if "_" matched any
    // character, "b_kker" would find Bakker.
    for pattern in ["b_kker", "b%kker", "jos\\"] {
        let result = backend
            .members(&MemberQuery {
                text: format!("{pattern} jose"),
                ..Default::default()
            })
            .await
            .expect("a search with wildcards answers");
        let names: Vec<&str> = result.page.items.iter().map(|m| m.name.as_str()).collect();
        if pattern.starts_with("jos") {
            assert!(
                names.contains(&"José Bakker"),
                "{pattern:?}: a backslash only separates words"
            );
        } else {
            assert!(!names.contains(&"José Bakker"), "{pattern:?} found {names:?}");
        }
        let counted: u32 = result.facets.provinces.iter().map(|f| f.count).sum();
        assert!(
            counted <= result.page.total,
            "{pattern:?}: the counts agree with the list"
        );
    }
    // Punctuation alone is no search at all, on both backends alike.
    let punctuation = backend
        .members(&MemberQuery {
            text: "%".into(),
            ..Default::default()
        })
        .await
        .expect("a punctuation search answers");
    assert_eq!(punctuation.page.total, all.page.total);
}

#[wasm_bindgen_test]
async fn hidden_profile_fields_reach_only_their_owner() {
    let (owner, session) = new_member("Zichtbaar Testlid").await;
    let update = ProfileUpdate {
        name: "Zichtbaar Testlid".into(),
        job_title: "Geheime functie".into(),
        bio: "Alleen voor leden".into(),
        province: Some(Province::Zeeland),
        expertise: vec!["Woo".into()],
        links: MemberLinks::default(),
        visibility: BTreeMap::from([
            ("job_title".to_owned(), Visibility::Hidden),
            ("bio".to_owned(), Visibility::Members),
            ("province".to_owned(), Visibility::Public),
        ]),
        ..Default::default()
    };
    let mine = owner
        .update_profile(&update)
        .await
        .expect("the owner updates their profile");
    assert_eq!(mine.job_title.as_deref(), Some("Geheime functie"));
    assert_eq!(mine.visibility.get("job_title"), Some(&Visibility::Hidden));

    let seen_by_visitor = visitor().member(&session.account.id).await.expect("public profile");
    assert_eq!(seen_by_visitor.name, "Zichtbaar Testlid");
    assert_eq!(seen_by_visitor.job_title, None);
    assert_eq!(seen_by_visitor.bio, None);
    assert_eq!(seen_by_visitor.province, Some(Province::Zeeland));

    let (other, _) = new_member("Ander Testlid").await;
    let seen_by_member = other.member(&session.account.id).await.expect("member profile");
    assert_eq!(seen_by_member.job_title, None, "hidden is hidden from members too");
    assert_eq!(seen_by_member.bio.as_deref(), Some("Alleen voor leden"));
}

#[wasm_bindgen_test]
async fn logging_in_refreshing_and_a_dead_session() {
    let backend = visitor();
    let wrong = backend
        .log_in(&Credentials {
            email: JOSE_EMAIL.into(),
            password: "helemaal-fout-123".into(),
        })
        .await;
    let Err(BackendError::Validation(fields)) = wrong else {
        panic!("a wrong password is a field error, got {wrong:?}")
    };
    assert_eq!(
        fields.get("password").map(String::as_str),
        Some(codes::WRONG_CREDENTIALS)
    );
    assert!(backend.session().is_none());

    let session = backend
        .log_in(&Credentials {
            email: JOSE_EMAIL.into(),
            password: DEMO_PASSWORD.into(),
        })
        .await
        .expect("the demo member logs in");
    assert_eq!(session.account.name, "José Bakker");
    // A failed second attempt leaves the member logged in as before.
    let again = backend
        .log_in(&Credentials {
            email: JOSE_EMAIL.into(),
            password: "weer-helemaal-fout".into(),
        })
        .await;
    assert!(matches!(again, Err(BackendError::Validation(_))));
    assert_eq!(backend.session(), Some(session.clone()));
    let fresh = backend.refresh_session().await.expect("the session refreshes");
    assert_eq!(fresh.account.id, session.account.id);
    assert_eq!(backend.my_profile().await.expect("own profile").name, "José Bakker");

    // A token the server does not know: the session ends and the member must log in again.
    backend.set_session(Some(Session {
        token: "niet-een-echt-token".into(),
        account: session.account.clone(),
    }));
    assert_eq!(backend.refresh_session().await, Err(BackendError::Unauthorized));
    assert!(backend.session().is_none());
}

#[wasm_bindgen_test]
async fn registration_refuses_a_taken_email_and_bad_input() {
    let backend = visitor();
    let organisation = some_organisation(&backend).await;
    let taken = backend
        .register(&Registration {
            name: "Dubbel".into(),
            email: JOSE_EMAIL.into(),
            password: "een-lang-wachtwoord".into(),
            organisation: Some(organisation.clone()),
        })
        .await;
    let Err(BackendError::Validation(fields)) = taken else {
        panic!("a taken email is a field error, got {taken:?}")
    };
    assert_eq!(fields.get("email").map(String::as_str), Some(codes::TAKEN));

    let weak = backend
        .register(&Registration {
            name: "Zwak".into(),
            email: format!("{}@example.nl", unique("zwak")),
            password: "kort".into(),
            organisation: Some(organisation),
        })
        .await;
    assert!(matches!(weak, Err(BackendError::Validation(f)) if f.contains_key("password")));
    assert!(backend.session().is_none());
}

/// The outbox resends what got no answer: the writer's chosen id makes the second
/// send of a post or comment a conflict, never a second record.
#[wasm_bindgen_test]
async fn a_resent_post_or_comment_with_its_id_is_not_created_twice() {
    let (backend, _) = new_member("Herzendend Testlid").await;
    let suffix = format!("{:09}", (js_sys::Math::random() * 1e9) as u64);
    let draft = PostDraft {
        kind: PostKind::Question,
        title: "Twee keer verstuurd".into(),
        body: "Eén keer geplaatst.".into(),
        tags: vec![],
        theme: None,
        event: None,
        id: Some(PostId(format!("uitbak{suffix}"))),
    };
    let post = backend.create_post(&draft).await.expect("the first send posts");
    assert_eq!(Some(&post.id), draft.id.as_ref(), "the post keeps the chosen id");
    assert_eq!(
        backend.create_post(&draft).await,
        Err(BackendError::Conflict(ALREADY_SENT.into()))
    );
    let comment = CommentDraft {
        post: post.id.clone(),
        parent: None,
        body: "Ook maar één keer.".into(),
        id: Some(CommentId(format!("reacti{suffix}"))),
    };
    backend.create_comment(&comment).await.expect("the first send comments");
    assert_eq!(
        backend.create_comment(&comment).await,
        Err(BackendError::Conflict(ALREADY_SENT.into()))
    );
    assert_eq!(backend.comments(&post.id).await.expect("comments load").len(), 1);

    // A comment that waited while its post was deleted is refused as gone.
    backend.delete_post(&post.id).await.expect("the author deletes");
    let late = CommentDraft {
        id: Some(CommentId(format!("telaat{suffix}"))),
        ..comment
    };
    assert_eq!(backend.create_comment(&late).await, Err(BackendError::NotFound));
}

#[wasm_bindgen_test]
async fn a_member_posts_comments_reacts_and_deletes() {
    let (backend, session) = new_member("Schrijvend Testlid").await;
    let post = backend
        .create_post(&PostDraft {
            kind: PostKind::Question,
            title: "Wie heeft ervaring met <script>alert(1)</script>?".into(),
            body: "Graag **tips**.".into(),
            tags: vec!["woo".into()],
            theme: None,
            event: None,
            id: None,
        })
        .await
        .expect("a member posts");
    assert_eq!(post.author.id, session.account.id);
    assert_eq!(
        post.title, "Wie heeft ervaring met <script>alert(1)</script>?",
        "stored as text"
    );
    assert_eq!(backend.post(&post.id).await.expect("read back").tags, vec!["woo"]);

    let comment = backend
        .create_comment(&CommentDraft {
            post: post.id.clone(),
            parent: None,
            body: "Zelf ook benieuwd.".into(),
            id: None,
        })
        .await
        .expect("a member comments");
    let reply = backend
        .create_comment(&CommentDraft {
            post: post.id.clone(),
            parent: Some(comment.id.clone()),
            body: "Antwoord".into(),
            id: None,
        })
        .await
        .expect("a member replies");
    let comments = backend.comments(&post.id).await.expect("comments load");
    assert_eq!(comments.len(), 2);
    assert_eq!(comments[1].parent.as_ref(), Some(&comment.id));
    assert_eq!(backend.post(&post.id).await.expect("counted").comment_count, 2);

    let target = ContentTarget::Post(post.id.clone());
    backend
        .set_reaction(&target, ReactionKind::Like, true)
        .await
        .expect("like");
    assert_eq!(
        backend.my_reactions(&post.id).await.expect("mine"),
        vec![ReactionKind::Like]
    );
    assert_eq!(backend.post(&post.id).await.expect("counted").reactions.like, 1);
    backend
        .set_reaction(&target, ReactionKind::Thanks, true)
        .await
        .expect("another kind replaces mine");
    let counted = backend.post(&post.id).await.expect("counted").reactions;
    assert_eq!((counted.like, counted.thanks), (0, 1));
    backend
        .set_reaction(&target, ReactionKind::Thanks, false)
        .await
        .expect("take back");
    assert!(backend.my_reactions(&post.id).await.expect("mine").is_empty());

    // Someone else can neither delete the post nor the reply.
    let (stranger, _) = new_member("Vreemd Testlid").await;
    assert!(matches!(
        stranger.delete_post(&post.id).await,
        Err(BackendError::NotFound | BackendError::Forbidden)
    ));
    assert!(matches!(
        stranger.delete_comment(&reply.id).await,
        Err(BackendError::NotFound | BackendError::Forbidden)
    ));

    backend.delete_post(&post.id).await.expect("the author deletes");
    assert_eq!(visitor().post(&post.id).await, Err(BackendError::NotFound));
}

#[wasm_bindgen_test]
async fn a_visitor_cannot_write() {
    let backend = visitor();
    let draft = PostDraft {
        kind: PostKind::Blog,
        title: "Anoniem".into(),
        body: "Mag niet".into(),
        tags: vec![],
        theme: None,
        event: None,
        id: None,
    };
    assert_eq!(backend.create_post(&draft).await, Err(BackendError::Unauthorized));
    assert_eq!(
        backend.rsvp(&EventId::from("abc"), RsvpStatus::Going).await,
        Err(BackendError::Unauthorized)
    );
}

#[wasm_bindgen_test]
async fn joining_themes_and_answering_meetings() {
    let (backend, session) = new_member("Deelnemend Testlid").await;
    let themes = backend.themes().await.expect("themes");
    let open = themes
        .iter()
        .find(|t| t.access == ThemeAccess::Open)
        .expect("open theme");
    assert_eq!(backend.join_theme(&open.id).await, Ok(MembershipStatus::Active));
    assert!(backend
        .member_themes(&session.account.id)
        .await
        .expect("my themes")
        .iter()
        .any(|t| t.id == open.id));
    assert!(
        matches!(backend.join_theme(&open.id).await, Err(BackendError::Conflict(_))),
        "joining twice is refused"
    );
    backend.leave_theme(&open.id).await.expect("leave");
    assert!(backend
        .member_themes(&session.account.id)
        .await
        .expect("my themes")
        .is_empty());
    if let Some(on_request) = themes.iter().find(|t| t.access == ThemeAccess::OnRequest) {
        assert_eq!(backend.join_theme(&on_request.id).await, Ok(MembershipStatus::Pending));
    }

    let upcoming = backend
        .events(&EventQuery {
            upcoming_only: true,
            ..Default::default()
        })
        .await
        .expect("upcoming events");
    let event = upcoming
        .items
        .iter()
        .find(|e| e.places_left() != Some(0))
        .expect("an event to answer");
    let before = event.going_count;
    match backend.rsvp(&event.id, RsvpStatus::Going).await {
        Ok(()) => {
            assert_eq!(backend.event(&event.id).await.expect("event").going_count, before + 1);
            backend
                .rsvp(&event.id, RsvpStatus::Declined)
                .await
                .expect("change my mind");
            assert_eq!(backend.event(&event.id).await.expect("event").going_count, before);
        }
        Err(BackendError::Conflict(why)) => assert_eq!(why, "event_full"),
        Err(other) => panic!("unexpected {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn avatars_are_uploaded_and_checked() {
    let (backend, _) = new_member("Fotogeniek Testlid").await;
    // The smallest valid PNG: one transparent pixel.
    let png: Vec<u8> = vec![
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00,
        0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D,
        0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];
    let member = backend
        .upload_avatar(&AvatarUpload {
            file_name: "ik.png".into(),
            mime_type: "image/png".into(),
            bytes: png,
        })
        .await
        .expect("a PNG is accepted");
    let url = member.avatar.expect("the profile has an avatar");
    let fetched = gloo_net::http::Request::get(&url)
        .send()
        .await
        .expect("the file is served");
    assert_eq!(fetched.status(), 200);

    let refused = backend
        .upload_avatar(&AvatarUpload {
            file_name: "ik.html".into(),
            mime_type: "text/html".into(),
            bytes: b"<script>alert(1)</script>".to_vec(),
        })
        .await;
    assert!(matches!(refused, Err(BackendError::Validation(f)) if f.contains_key("avatar")));
}
