//! "Melden": tells the moderators of a theme about a post or comment, with a reason and
//! an optional note.

use crate::backend::BackendError;
use crate::model::draft::MAX_REPORT_NOTE_CHARS;
use crate::model::{ContentTarget, ReportReason};
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ReportButton(target: ContentTarget) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let open = RwSignal::new(false);
    let reason = RwSignal::new(None::<ReportReason>);
    let note = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<&'static str, &'static str>>);
    let key = match &target {
        ContentTarget::Post(id) => format!("bericht-{id}"),
        ContentTarget::Comment(id) => format!("reactie-{id}"),
    };
    let (reason_id, note_id, error_id) = (
        format!("melden-reden-{key}"),
        format!("melden-toelichting-{key}"),
        format!("melden-fout-{key}"),
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(chosen) = reason.get_untracked() else {
            outcome.set(Some(Err(texts.report_reason_missing)));
            return;
        };
        let text: String = note.get_untracked().chars().take(MAX_REPORT_NOTE_CHARS).collect();
        busy.set(true);
        outcome.set(None);
        let backend = backend.clone();
        let target = target.clone();
        spawn_local(async move {
            let result = backend.report(&target, chosen, &text).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    open.set(false);
                    outcome.set(Some(Ok(texts.report_sent)));
                }
                Err(BackendError::Conflict(_)) => {
                    open.set(false);
                    outcome.set(Some(Ok(texts.report_already)));
                }
                Err(error) => {
                    if error == BackendError::Unauthorized {
                        session.expire(&backend);
                    }
                    outcome.set(Some(Err(texts.error(&error))));
                }
            }
        });
    };
    let form = move || {
        open.get().then(|| {
            let (reason_id, note_id, error_id) = (reason_id.clone(), note_id.clone(), error_id.clone());
            let problem = move || outcome.get().and_then(Result::err);
            view! {
                <form class="kp-form kp-report" novalidate aria-label=texts.report_title on:submit=on_submit.clone()>
                    <div class="kp-field">
                        <label for=reason_id.clone()>{texts.report_reason}</label>
                        {
                            let error_id = error_id.clone();
                            move || problem().map(|text| view! { <p id=error_id.clone() class="kp-field__error" role="alert">{text}</p> })
                        }
                        <select id=reason_id aria-describedby=move || problem().map(|_| error_id.clone())
                            on:change=move |ev| reason.set(ReportReason::parse(&event_target_value(&ev)))>
                            <option value="">{texts.report_reason_choose}</option>
                            {ReportReason::ALL
                                .into_iter()
                                .map(|r| view! { <option value=r.as_str()>{(texts.report_reason_name)(r)}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <div class="kp-field">
                        <label for=note_id.clone()>{texts.report_note}</label>
                        <textarea id=note_id rows=3 maxlength=MAX_REPORT_NOTE_CHARS
                            prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                    </div>
                    <div class="kp-actions">
                        <button type="submit" class="kp-button">{move || if busy.get() { texts.busy } else { texts.report_send }}</button>
                        <button type="button" class="kp-button kp-button--secondary" on:click=move |_| open.set(false)>{texts.cancel}</button>
                    </div>
                </form>
            }
        })
    };
    view! {
        {move || session.account().map(|_| view! {
            <button type="button" class="kp-link-button" aria-expanded=move || open.get().to_string()
                on:click=move |_| {
                    outcome.set(None);
                    open.update(|o| *o = !*o);
                }>
                {texts.report_open}
            </button>
        })}
        {form}
        <p role="status">{move || outcome.get().and_then(Result::ok)}</p>
    }
}
