//! Starting a theme, or editing its page: name, address (only when starting), short
//! description, description (markdown), who may join, and topics.

use crate::backend::BackendError;
use crate::components::form::{error_id, ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::draft::parse_tags;
use crate::model::theme::slugify;
use crate::model::{Theme, ThemeAccess, ThemeDraft};
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

fn field_specs() -> Vec<FieldSpec> {
    [
        ("theme_name", "theme_name"),
        ("slug", "slug"),
        ("summary", "summary"),
        ("description", "description"),
        ("access", "access-open"),
        ("tags", "theme-tags"),
    ]
    .into_iter()
    .map(|(name, id)| FieldSpec { name, id })
    .collect()
}

#[component]
pub fn ThemeForm(
    /// The theme to edit; `None` starts a new one.
    existing: Option<Theme>,
    #[prop(into)] on_saved: Callback<Theme>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let start = existing.as_ref().map(ThemeDraft::from_theme);
    let editing = existing.as_ref().map(|t| t.id.clone());
    let is_new = editing.is_none();
    let name = RwSignal::new(start.as_ref().map(|d| d.name.clone()).unwrap_or_default());
    let slug = RwSignal::new(start.as_ref().map(|d| d.slug.clone()).unwrap_or_default());
    // The address follows the name until it is typed in by hand.
    let slug_typed = RwSignal::new(!is_new);
    let summary = RwSignal::new(start.as_ref().map(|d| d.summary.clone()).unwrap_or_default());
    let description = RwSignal::new(start.as_ref().map(|d| d.description.clone()).unwrap_or_default());
    let access = RwSignal::new(start.as_ref().map(|d| d.access).unwrap_or(ThemeAccess::Open));
    let tags = RwSignal::new(start.as_ref().map(|d| d.tags.join(", ")).unwrap_or_default());
    let form = FormState::new();

    Effect::new(move |_| {
        let typed = name.get();
        if !slug_typed.get_untracked() {
            slug.set(slugify(&typed));
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = ThemeDraft {
            name: name.get_untracked(),
            slug: slug.get_untracked(),
            summary: summary.get_untracked(),
            description: description.get_untracked(),
            access: access.get_untracked(),
            tags: parse_tags(&tags.get_untracked()),
        };
        if !form.begin(draft.check()) {
            return;
        }
        let (backend, editing) = (backend.clone(), editing.clone());
        spawn_local(async move {
            let result = match &editing {
                Some(id) => backend.update_theme(id, &draft).await,
                None => backend.create_theme(&draft).await,
            };
            if result == Err(BackendError::Unauthorized) {
                session.expire(&backend);
            }
            if let Some(theme) = form.finish(result) {
                on_saved.run(theme);
            }
        });
    };

    let access_choices = ThemeAccess::ALL
        .into_iter()
        .map(|choice| {
            let id = format!("access-{}", choice.as_str().replace('_', "-"));
            let hint_id = format!("{id}-hint");
            view! {
                <div class="kp-choice">
                    <input type="radio" name="access" id=id.clone() value=choice.as_str() aria-describedby=hint_id.clone()
                        prop:checked=move || access.get() == choice
                        on:change=move |_| access.set(choice)/>
                    <label for=id>{(texts.theme_access)(choice)}</label>
                    <p id=hint_id class="kp-field__hint">{(texts.theme_access_hint)(choice)}</p>
                </div>
            }
        })
        .collect_view();
    let tags_error = form.field_error("tags");
    let slug_error = form.field_error("slug");
    let submit = if is_new {
        texts.theme_create_submit
    } else {
        texts.save_submit
    };

    view! {
        <form class="kp-form" novalidate on:submit=on_submit>
            <ErrorSummary problems=form.problems(field_specs())/>
            <TextField id="theme_name" label=texts.field_theme_name input_type="text" autocomplete="off"
                value=name error=form.field_error("theme_name") required=true/>
            {is_new.then(|| view! {
                <div class="kp-field">
                    <label for="slug">{texts.field_slug}</label>
                    <p id="slug-hint" class="kp-field__hint">{texts.slug_hint}</p>
                    {move || slug_error.get().map(|message| view! { <p id=error_id("slug") class="kp-field__error">{message}</p> })}
                    <input id="slug" name="slug" type="text" autocomplete="off" spellcheck="false"
                        aria-describedby=move || if slug_error.read().is_some() { "slug-hint slug-fout" } else { "slug-hint" }
                        aria-invalid=move || slug_error.read().is_some().then_some("true")
                        prop:value=move || slug.get()
                        on:input=move |ev| {
                            slug_typed.set(true);
                            slug.set(event_target_value(&ev));
                        }/>
                </div>
            })}
            <TextField id="summary" label=texts.field_summary input_type="text" autocomplete="off" rows=2
                value=summary error=form.field_error("summary")/>
            <TextField id="description" label=texts.field_description input_type="text" autocomplete="off" rows=10
                value=description error=form.field_error("description") hint=texts.description_hint/>
            <fieldset class="kp-field">
                <legend>{texts.field_access}</legend>
                {access_choices}
            </fieldset>
            <div class="kp-field">
                <label for="theme-tags">{texts.field_theme_tags}</label>
                <p id="theme-tags-hint" class="kp-field__hint">{texts.theme_tags_hint}</p>
                {move || tags_error.get().map(|message| view! { <p id=error_id("theme-tags") class="kp-field__error">{message}</p> })}
                <input id="theme-tags" type="text" autocomplete="off" aria-describedby="theme-tags-hint"
                    prop:value=move || tags.get() on:input=move |ev| tags.set(event_target_value(&ev))/>
            </div>
            <SubmitButton label=submit busy=form.busy()/>
        </form>
    }
}
