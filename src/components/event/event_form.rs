//! Planning a meeting, or changing one: title, description, start and end in Dutch
//! time, location and/or online link, and the number of places.

use crate::backend::BackendError;
use crate::components::form::{ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::{Event, EventForm, ThemeId};
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

fn field_specs() -> Vec<FieldSpec> {
    [
        "event_title",
        "starts_at",
        "ends_at",
        "location",
        "online_url",
        "capacity",
        "description",
    ]
    .into_iter()
    .map(|name| FieldSpec { name, id: name })
    .collect()
}

#[component]
pub fn MeetingForm(
    /// The theme a new meeting belongs to.
    theme: Option<ThemeId>,
    /// The meeting to change; `None` plans a new one.
    existing: Option<Event>,
    #[prop(into)] on_saved: Callback<Event>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let start = existing.as_ref().map(EventForm::from_event).unwrap_or_default();
    let editing = existing.as_ref().map(|e| e.id.clone());
    let submit = if editing.is_some() {
        texts.save_submit
    } else {
        texts.event_create_submit
    };
    let theme = existing
        .as_ref()
        .and_then(|e| e.theme.as_ref().map(|t| t.id.clone()))
        .or(theme);
    let title = RwSignal::new(start.title);
    let description = RwSignal::new(start.description);
    let starts_at = RwSignal::new(start.starts_at);
    let ends_at = RwSignal::new(start.ends_at);
    let location = RwSignal::new(start.location);
    let online_url = RwSignal::new(start.online_url);
    let capacity = RwSignal::new(start.capacity);
    let form = FormState::new();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = EventForm {
            title: title.get_untracked(),
            description: description.get_untracked(),
            starts_at: starts_at.get_untracked(),
            ends_at: ends_at.get_untracked(),
            location: location.get_untracked(),
            online_url: online_url.get_untracked(),
            capacity: capacity.get_untracked(),
        };
        let input = match typed.parse(theme.clone()) {
            Ok(input) => input,
            Err(errors) => {
                form.begin(errors);
                return;
            }
        };
        if !form.begin(Default::default()) {
            return;
        }
        let (backend, editing) = (backend.clone(), editing.clone());
        spawn_local(async move {
            let result = match &editing {
                Some(id) => backend.update_event(id, &input).await,
                None => backend.create_event(&input).await,
            };
            if result == Err(BackendError::Unauthorized) {
                session.expire(&backend);
            }
            if let Some(event) = form.finish(result) {
                on_saved.run(event);
            }
        });
    };

    view! {
        <form class="kp-form" novalidate on:submit=on_submit>
            <ErrorSummary problems=form.problems(field_specs())/>
            <TextField id="event_title" label=texts.field_event_title input_type="text" autocomplete="off"
                value=title error=form.field_error("event_title") required=true/>
            <TextField id="starts_at" label=texts.field_starts_at input_type="datetime-local" autocomplete="off"
                value=starts_at error=form.field_error("starts_at") hint=texts.time_hint required=true/>
            <TextField id="ends_at" label=texts.field_ends_at input_type="datetime-local" autocomplete="off"
                value=ends_at error=form.field_error("ends_at") hint=texts.time_hint required=true/>
            <TextField id="location" label=texts.field_location input_type="text" autocomplete="off"
                value=location error=form.field_error("location") hint=texts.place_hint/>
            <TextField id="online_url" label=texts.field_online_url input_type="url" autocomplete="off"
                value=online_url error=form.field_error("online_url")/>
            <TextField id="capacity" label=texts.field_capacity input_type="number" autocomplete="off"
                value=capacity error=form.field_error("capacity") hint=texts.capacity_hint/>
            <TextField id="description" label=texts.field_description input_type="text" autocomplete="off" rows=8
                value=description error=form.field_error("description") hint=texts.description_hint/>
            <SubmitButton label=submit busy=form.busy()/>
        </form>
    }
}
