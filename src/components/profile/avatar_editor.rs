//! The profile photo: the current one, a file chooser that checks type and size before
//! anything is sent, a preview of the chosen photo, and "Foto opslaan".

use crate::backend::BackendError;
use crate::components::form::error_id;
use crate::components::member::Avatar;
use crate::model::draft::AvatarProblem;
use crate::model::{AvatarUpload, Member};
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// A photo chosen and read, waiting to be saved.
#[derive(Clone)]
struct Chosen {
    upload: AvatarUpload,
    /// An object URL for the preview; revoked when replaced.
    preview: String,
}

/// What went wrong with the photo.
#[derive(Clone, Copy, PartialEq)]
enum Trouble {
    File(AvatarProblem),
    Send(&'static str),
}

#[component]
pub fn AvatarEditor(profile: Member) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let current = RwSignal::new(profile);
    let chosen = RwSignal::new(None::<Chosen>);
    let trouble = RwSignal::new(None::<Trouble>);
    let busy = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let forget_preview = move || {
        if let Some(old) = chosen.get_untracked() {
            _ = web_sys::Url::revoke_object_url(&old.preview);
        }
        chosen.set(None);
    };
    on_cleanup(move || {
        if let Some(old) = chosen.try_get_untracked().flatten() {
            _ = web_sys::Url::revoke_object_url(&old.preview);
        }
    });

    let on_choose = move |ev: leptos::ev::Event| {
        saved.set(false);
        trouble.set(None);
        forget_preview();
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        if let Err(problem) = AvatarUpload::check(&file.type_(), file.size() as u64) {
            trouble.set(Some(Trouble::File(problem)));
            return;
        }
        spawn_local(async move {
            let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
                trouble.set(Some(Trouble::File(AvatarProblem::Empty)));
                return;
            };
            let Ok(preview) = web_sys::Url::create_object_url_with_blob(&file) else {
                return;
            };
            chosen.set(Some(Chosen {
                upload: AvatarUpload {
                    file_name: file.name(),
                    mime_type: file.type_(),
                    bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
                },
                preview,
            }));
        });
    };

    let on_save = move |_| {
        let Some(photo) = chosen.get_untracked() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let backend = backend.clone();
        spawn_local(async move {
            let result = backend.upload_avatar(&photo.upload).await;
            busy.set(false);
            match result {
                Ok(member) => {
                    current.set(member);
                    forget_preview();
                    saved.set(true);
                }
                Err(error) => {
                    if error == BackendError::Unauthorized {
                        session.expire(&backend);
                    }
                    trouble.set(Some(Trouble::Send(texts.error(&error))));
                }
            }
        });
    };

    let message = move || {
        trouble.get().map(|t| match t {
            Trouble::File(problem) => (texts.photo_problem)(problem),
            Trouble::Send(text) => text,
        })
    };
    let described_by = move || {
        if message().is_some() {
            format!("foto-hint {}", error_id("foto"))
        } else {
            "foto-hint".to_owned()
        }
    };
    view! {
        <div class="kp-avatar-editor">
            <figure>
                {move || view! { <Avatar member=current.get() size=96/> }}
                <figcaption>{texts.photo_current}</figcaption>
            </figure>
            <div class="kp-field">
                <label for="foto">{texts.photo_label}</label>
                <p id="foto-hint" class="kp-field__hint">{texts.photo_hint}</p>
                {move || message().map(|text| view! { <p id=error_id("foto") class="kp-field__error" role="alert">{text}</p> })}
                <input
                    id="foto"
                    type="file"
                    accept=AvatarUpload::TYPES.join(",")
                    aria-invalid=move || message().is_some().then_some("true")
                    aria-describedby=described_by
                    on:change=on_choose
                />
            </div>
            {move || chosen.get().map(|photo| view! {
                <img class="kp-avatar-editor__preview" src=photo.preview alt=texts.photo_preview width="96" height="96"/>
            })}
            <button
                type="button"
                class="kp-button"
                disabled=move || chosen.read().is_none() || busy.get()
                on:click=on_save
            >
                {move || if busy.get() { texts.busy } else { texts.photo_save }}
            </button>
            <p role="status">{move || saved.get().then_some(texts.photo_saved)}</p>
        </div>
    }
}
