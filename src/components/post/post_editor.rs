//! Editing one's own post: Titel, Tekst, Soort and Tags ("Opslaan" / "Annuleren").
//! The theme stays: moving a post between walls would change who may read it.

use crate::backend::BackendError;
use crate::components::form::{ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::draft::parse_tags;
use crate::model::{Post, PostDraft, PostKind};
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

fn field_specs() -> Vec<FieldSpec> {
    [
        ("title", "edit-title"),
        ("body", "edit-body"),
        ("kind", "edit-kind"),
        ("tags", "edit-tags"),
    ]
    .into_iter()
    .map(|(name, id)| FieldSpec { name, id })
    .collect()
}

#[component]
pub fn PostEditor(
    post: Post,
    /// Called with the saved post.
    #[prop(into)]
    on_saved: Callback<Post>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let form = FormState::new();
    let title = RwSignal::new(post.title.clone());
    let body = RwSignal::new(post.body.clone());
    let kind = RwSignal::new(post.kind);
    let tags = RwSignal::new(post.tags.join(", "));
    let id = post.id.clone();
    let theme = post.theme.as_ref().map(|t| t.id.clone());
    let event = post.event.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PostDraft {
            kind: kind.get_untracked(),
            title: title.get_untracked(),
            body: body.get_untracked(),
            tags: parse_tags(&tags.get_untracked()),
            theme: theme.clone(),
            event: event.clone(),
            id: None,
        };
        if !form.begin(draft.check()) {
            return;
        }
        let backend = backend.clone();
        let id = id.clone();
        spawn_local(async move {
            let result = backend.update_post(&id, &draft).await;
            if result == Err(BackendError::Unauthorized) {
                session.expire(&backend);
            }
            if let Some(saved) = form.finish(result) {
                on_saved.run(saved);
            }
        });
    };
    let kinds = PostKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.as_str() prop:selected=move || kind.get() == k>{(texts.post_kind)(k)}</option> })
        .collect_view();
    view! {
        <form class="kp-form kp-composer" novalidate aria-label=texts.post_edit_title on:submit=on_submit>
            <ErrorSummary problems=form.problems(field_specs())/>
            <TextField id="edit-title" label=texts.field_title input_type="text" autocomplete="off"
                value=title error=form.field_error("title") required=true/>
            <TextField id="edit-body" label=texts.field_body input_type="text" autocomplete="off" rows=10
                value=body error=form.field_error("body") hint=texts.body_hint required=true/>
            <div class="kp-field">
                <label for="edit-kind">{texts.field_kind}</label>
                <select id="edit-kind" on:change=move |ev| {
                    if let Some(k) = PostKind::ALL.into_iter().find(|k| k.as_str() == event_target_value(&ev)) {
                        kind.set(k);
                    }
                }>{kinds}</select>
            </div>
            <TextField id="edit-tags" label=texts.field_tags input_type="text" autocomplete="off"
                value=tags error=form.field_error("tags") hint=texts.tags_hint/>
            <div class="kp-actions">
                <SubmitButton label=texts.save busy=form.busy()/>
                <button type="button" class="kp-button kp-button--secondary" on:click=move |_| on_cancel.run(())>
                    {texts.cancel}
                </button>
            </div>
        </form>
    }
}
