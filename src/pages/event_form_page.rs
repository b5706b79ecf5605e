//! `/themes/:slug/events/new` ("Nieuwe bijeenkomst") and `/events/:id/edit`
//! ("Bijeenkomst bewerken"): for the moderators of the meeting's theme, whom the backend
//! alone lets save.

use super::gate::{moderators_page, theme_to_moderate};
use crate::backend::BackendError;
use crate::components::event::MeetingForm;
use crate::model::{Event, EventId, Theme};
use crate::state::{backend_resource, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

/// Opens the meeting's page once it is saved.
fn go_to_event() -> Callback<Event> {
    let navigate = use_navigate();
    Callback::new(move |event: Event| navigate(&format!("/events/{}", event.id), Default::default()))
}

#[component]
pub fn EventNewPage() -> impl IntoView {
    let texts = use_texts();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let found = backend_resource(move |backend| {
        let slug = slug.get();
        async move { theme_to_moderate(backend, &slug).await }
    });
    let on_saved = go_to_event();
    moderators_page(texts.event_new, found, texts.event_not_allowed, move |theme: Theme| {
        view! {
            <p>{texts.event_theme} ": " <a href=format!("themes/{}", theme.slug)>{theme.name.clone()}</a></p>
            <MeetingForm theme=Some(theme.id) existing=None on_saved/>
        }
    })
}

#[component]
pub fn EventEditPage() -> impl IntoView {
    let texts = use_texts();
    let params = use_params_map();
    let id = Memo::new(move |_| EventId(params.read().get("id").unwrap_or_default()));
    let found = backend_resource(move |backend| {
        let id = id.get();
        async move {
            let (event, moderated) =
                futures::future::try_join(backend.event(&id), backend.my_moderated_themes()).await?;
            let may = event.theme.as_ref().is_some_and(|t| moderated.contains(&t.id));
            Ok::<_, BackendError>((event, may))
        }
    });
    let on_saved = go_to_event();
    moderators_page(texts.event_edit, found, texts.event_not_allowed, move |event: Event| {
        view! {
            <p><a href=format!("events/{}", event.id)>{event.title.clone()}</a></p>
            <MeetingForm theme=None existing=Some(event) on_saved/>
        }
    })
}
