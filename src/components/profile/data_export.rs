//! "Download mijn gegevens": everything the backend stores about me, saved as a JSON file.

use crate::backend::BackendError;
use crate::components::common::save_file;
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The name the browser saves the file under.
const FILE_NAME: &str = "knooppunt-mijn-gegevens.json";

#[component]
pub fn DataExport() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<(), &'static str>>);
    let on_click = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        outcome.set(None);
        let backend = backend.clone();
        spawn_local(async move {
            let result = match backend.export_my_data().await {
                Ok(json) => save_file(&json, FILE_NAME, "application/json")
                    .map_err(|_| texts.error(&BackendError::Server(String::new()))),
                Err(error) => {
                    if error == BackendError::Unauthorized {
                        session.expire(&backend);
                    }
                    Err(texts.error(&error))
                }
            };
            busy.set(false);
            outcome.set(Some(result));
        });
    };
    view! {
        <p>{texts.data_intro}</p>
        <button type="button" class="kp-button" on:click=on_click aria-disabled=move || busy.get().then_some("true")>
            {move || if busy.get() { texts.busy } else { texts.data_download }}
        </button>
        <p role="status">
            {move || match outcome.get() {
                Some(Ok(())) => Some(view! { <span>{texts.data_downloaded}</span> }.into_any()),
                Some(Err(text)) => Some(view! { <span class="kp-field__error">{text}</span> }.into_any()),
                None => None,
            }}
        </p>
    }
}
