//! "Deel je kennis": write a post with a preview; the draft is kept as it is typed and
//! cleared only once the server accepted the post, or once it waits in the outbox
//! (offline, or no answer from the server).

use crate::backend::{BackendError, ALREADY_SENT};
use crate::components::form::{error_id, ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::components::markdown::Markdown;
use crate::model::draft::parse_tags;
use crate::model::outbox::OutboxAction;
use crate::model::{EventId, Post, PostDraft, PostId, PostKind, ThemeAccess, ThemeId, ThemeRef};
use crate::state::{new_post_id, use_backend, use_outbox, use_session, use_texts, DraftStore};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

const DRAFT_SLOT: &str = "bericht";

/// A report on a meeting: the kind is "Verslag" and the theme the meeting's, both fixed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOn {
    pub event: EventId,
    pub theme: Option<ThemeId>,
}

fn field_specs() -> Vec<FieldSpec> {
    ["title", "body", "kind", "theme", "tags"]
        .into_iter()
        .map(|name| FieldSpec { name, id: name })
        .collect()
}

#[component]
pub fn Composer(
    /// Called with the post once the server accepted it.
    #[prop(into)]
    on_posted: Callback<Post>,
    /// Tags used before, offered while typing.
    #[prop(into)]
    tag_suggestions: Signal<Vec<String>>,
    /// Write a report on this meeting instead of a post of any kind.
    #[prop(optional)]
    report_on: Option<ReportOn>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let owner = session.writer().map(|a| a.id.to_string()).unwrap_or_default();
    let slot = match &report_on {
        Some(report) => format!("verslag-{}", report.event),
        None => DRAFT_SLOT.to_owned(),
    };
    let drafts = Arc::new(DraftStore::<PostDraft>::new(&owner, &slot));
    let mut start = drafts.load().unwrap_or_default();
    if let Some(report) = &report_on {
        start.kind = PostKind::Report;
        start.theme = report.theme.clone();
    }
    let fixed = report_on.is_some();
    let event = StoredValue::new(report_on.map(|r| r.event));
    let heading = if fixed {
        texts.report_composer_title
    } else {
        texts.composer_title
    };

    let title = RwSignal::new(start.title.clone());
    let body = RwSignal::new(start.body.clone());
    let kind = RwSignal::new(start.kind);
    let theme = RwSignal::new(start.theme.clone().map(|t| t.to_string()).unwrap_or_default());
    let tags = RwSignal::new(start.tags.join(", "));
    let preview = RwSignal::new(false);
    let form = FormState::new();
    let read = move || PostDraft {
        kind: kind.get(),
        title: title.get(),
        body: body.get(),
        tags: parse_tags(&tags.get()),
        theme: Some(theme.get()).filter(|t| !t.is_empty()).map(ThemeId),
        event: event.get_value(),
        id: None,
    };
    // Every keystroke is kept; a blank form keeps nothing.
    Effect::new({
        let drafts = drafts.clone();
        move |_| {
            let draft = read();
            drafts.keep(&draft, draft.is_blank());
        }
    });

    // The themes I may post in: open ones and those I am an active member of.
    let themes = LocalResource::new({
        let backend = backend.clone();
        let owner = owner.clone();
        move || {
            let backend = backend.clone();
            let owner = owner.clone();
            async move {
                let (all, mine) =
                    futures::future::try_join(backend.themes(), backend.member_themes(&crate::model::MemberId(owner)))
                        .await?;
                let mut allowed: Vec<ThemeRef> = all
                    .iter()
                    .filter(|t| t.access == ThemeAccess::Open || mine.iter().any(|m| m.id == t.id))
                    .map(|t| t.as_ref())
                    .collect();
                allowed.sort_by(|a, b| a.name.cmp(&b.name));
                Ok::<_, BackendError>(allowed)
            }
        }
    });

    let outbox = use_outbox();
    let queued = RwSignal::new(false);
    let clear = {
        let drafts = drafts.clone();
        move || {
            drafts.clear();
            title.set(String::new());
            body.set(String::new());
            tags.set(String::new());
            preview.set(false);
        }
    };
    // The id this post is sent with, kept until it is accepted or queued: sending it again
    // after a failure whose answer got lost cannot post it twice.
    let send_id = StoredValue::new(None::<PostId>);
    // The post goes to the outbox; the form is free for the next one.
    let set_aside = {
        let clear = clear.clone();
        move |draft: PostDraft| {
            if outbox.is_some_and(|o| o.queue(OutboxAction::Post { draft })) {
                form.finish(Ok(()));
                send_id.set_value(None);
                clear();
                queued.set(true);
            } else {
                // Nobody to queue it for (logged out meanwhile): the text stays, with a message.
                form.finish::<()>(Err(BackendError::Unauthorized));
            }
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PostDraft {
            id: Some(send_id.get_value().unwrap_or_else(new_post_id)),
            ..untrack(read)
        };
        send_id.set_value(draft.id.clone());
        queued.set(false);
        if !form.begin(draft.check()) {
            return;
        }
        if outbox.is_some_and(|o| o.must_queue()) {
            set_aside(draft);
            return;
        }
        let backend = backend.clone();
        let clear = clear.clone();
        let set_aside = set_aside.clone();
        spawn_local(async move {
            let result = match backend.create_post(&draft).await {
                // An earlier send of this very post arrived: show that one.
                Err(BackendError::Conflict(code)) if code == ALREADY_SENT => match &draft.id {
                    Some(id) => backend.post(id).await,
                    None => Err(BackendError::Conflict(code)),
                },
                other => other,
            };
            match result {
                Err(BackendError::Network(_)) if outbox.is_some() => return set_aside(draft),
                Err(BackendError::Unauthorized) => session.expire(&backend),
                _ => {}
            }
            if let Some(post) = form.finish(result) {
                send_id.set_value(None);
                clear();
                on_posted.run(post);
            }
        });
    };

    let kind_options = PostKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.as_str() prop:selected=move || kind.get() == k>{(texts.post_kind)(k)}</option> })
        .collect_view();
    let theme_options = move || {
        let chosen = theme.get();
        themes
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|t| {
                let id = t.id.to_string();
                let selected = id == chosen;
                view! { <option value=id prop:selected=selected>{t.name}</option> }
            })
            .collect_view()
    };
    let suggestions = move || {
        tag_suggestions
            .get()
            .into_iter()
            .map(|tag| view! { <option value=tag></option> })
            .collect_view()
    };
    let theme_error = form.field_error("theme");
    let tags_error = form.field_error("tags");

    view! {
        <form class="kp-form kp-composer" novalidate aria-labelledby="composer-kop" on:submit=on_submit>
            <h2 id="composer-kop">{heading}</h2>
            <ErrorSummary problems=form.problems(field_specs())/>
            <TextField id="title" label=texts.field_title input_type="text" autocomplete="off"
                value=title error=form.field_error("title") required=true/>
            <TextField id="body" label=texts.field_body input_type="text" autocomplete="off" rows=8
                value=body error=form.field_error("body") hint=texts.body_hint required=true/>
            <div class="kp-composer__preview">
                <button type="button" class="kp-button kp-button--secondary" aria-pressed=move || preview.get().to_string()
                    on:click=move |_| preview.update(|p| *p = !*p)>
                    {texts.preview}
                </button>
                {move || preview.get().then(|| view! {
                    <section class="kp-composer__preview-text" aria-label=texts.preview_label>
                        {move || {
                            let source = body.get();
                            if source.trim().is_empty() {
                                view! { <p class="kp-hint">{texts.preview_empty}</p> }.into_any()
                            } else {
                                view! { <Markdown source/> }.into_any()
                            }
                        }}
                    </section>
                })}
            </div>
            <div class="kp-field" hidden=fixed>
                <label for="kind">{texts.field_kind}</label>
                <select id="kind" on:change=move |ev| {
                    if let Some(k) = PostKind::ALL.into_iter().find(|k| k.as_str() == event_target_value(&ev)) {
                        kind.set(k);
                    }
                }>
                    {kind_options}
                </select>
            </div>
            <div class="kp-field" hidden=fixed>
                <label for="theme">{texts.field_theme}</label>
                {move || theme_error.get().map(|message| view! { <p id=error_id("theme") class="kp-field__error">{message}</p> })}
                <select id="theme" on:change=move |ev| theme.set(event_target_value(&ev))
                    aria-invalid=move || theme_error.read().is_some().then_some("true")>
                    <option value="" prop:selected=move || theme.read().is_empty()>{texts.theme_none}</option>
                    {theme_options}
                </select>
            </div>
            <div class="kp-field">
                <label for="tags">{texts.field_tags}</label>
                <p id="tags-hint" class="kp-field__hint">{texts.tags_hint}</p>
                {move || tags_error.get().map(|message| view! { <p id=error_id("tags") class="kp-field__error">{message}</p> })}
                <input id="tags" type="text" list="tag-suggesties" autocomplete="off" aria-describedby="tags-hint"
                    prop:value=move || tags.get() on:input=move |ev| tags.set(event_target_value(&ev))/>
                <datalist id="tag-suggesties">{suggestions}</datalist>
            </div>
            <SubmitButton label=texts.post_submit busy=form.busy()/>
            <p role="status" class="kp-hint">{move || queued.get().then_some(texts.outbox_queued_post)}</p>
        </form>
    }
}
