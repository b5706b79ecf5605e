//! "Reageer" / "Reageren" under a post, or an answer to one comment. The text is kept as
//! it is typed and cleared only once the server accepted the comment, or once it waits
//! in the outbox (offline, or no answer from the server).

use crate::backend::{BackendError, ALREADY_SENT};
use crate::components::form::{ErrorSummary, FieldSpec, FormState, TextField};
use crate::model::account::{codes, FieldErrors};
use crate::model::outbox::OutboxAction;
use crate::model::{CommentDraft, CommentId, PostId};
use crate::state::{new_comment_id, use_backend, use_outbox, use_session, use_texts, DraftStore};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// The longest comment the backend stores.
const MAX_COMMENT_CHARS: usize = 10_000;

#[component]
pub fn CommentForm(
    post: PostId,
    /// The comment answered, for a reply.
    #[prop(optional)]
    parent: Option<CommentId>,
    /// The field's label: "Reageer", or "Antwoord aan …" for a reply.
    label: String,
    /// The button: "Reageren" or "Antwoorden".
    button: &'static str,
    /// Called once the server accepted the comment.
    #[prop(into)]
    on_sent: Callback<()>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let owner = session.writer().map(|a| a.id.to_string()).unwrap_or_default();
    let slot = match &parent {
        Some(parent) => format!("antwoord.{parent}"),
        None => format!("reactie.{post}"),
    };
    let drafts = Arc::new(DraftStore::<String>::new(&owner, &slot));
    let text = RwSignal::new(drafts.load().unwrap_or_default());
    Effect::new({
        let drafts = drafts.clone();
        move |_| text.with(|typed| drafts.keep(typed, typed.trim().is_empty()))
    });
    let form = FormState::new();
    // Ids unique per form: a page has one comment form and any number of reply forms.
    let id: Oco<'static, str> = match &parent {
        Some(parent) => format!("antwoord-{parent}").into(),
        None => "reactie".into(),
    };
    // The summary links to the comment field; a reply's message stands beside its field.
    let summary_fields = if parent.is_some() {
        Vec::new()
    } else {
        vec![FieldSpec {
            name: "body",
            id: "reactie",
        }]
    };
    let outbox = use_outbox();
    let queued = RwSignal::new(false);
    // The id this text is sent with, kept until it is accepted or queued: sending it again
    // after a failure whose answer got lost cannot create it twice.
    let send_id = StoredValue::new(None::<CommentId>);
    let set_aside = {
        let drafts = drafts.clone();
        move |draft: CommentDraft| {
            if outbox.is_some_and(|o| o.queue(OutboxAction::Comment { draft })) {
                form.finish(Ok(()));
                send_id.set_value(None);
                drafts.clear();
                text.set(String::new());
                queued.set(true);
            } else {
                // Nobody to queue it for (logged out meanwhile): the text stays, with a message.
                form.finish::<()>(Err(BackendError::Unauthorized));
            }
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = text.get_untracked();
        let mut errors = FieldErrors::new();
        if body.trim().is_empty() {
            errors.insert("body".into(), codes::REQUIRED.into());
        } else if body.chars().count() > MAX_COMMENT_CHARS {
            errors.insert("body".into(), codes::TOO_LONG.into());
        }
        queued.set(false);
        if !form.begin(errors) {
            return;
        }
        let draft = CommentDraft {
            post: post.clone(),
            parent: parent.clone(),
            body,
            id: Some(send_id.get_value().unwrap_or_else(new_comment_id)),
        };
        send_id.set_value(draft.id.clone());
        if outbox.is_some_and(|o| o.must_queue()) {
            set_aside(draft);
            return;
        }
        let backend = backend.clone();
        let drafts = drafts.clone();
        let set_aside = set_aside.clone();
        spawn_local(async move {
            let result = match backend.create_comment(&draft).await {
                // An earlier send of this very comment arrived.
                Ok(_) => Ok(()),
                Err(BackendError::Conflict(code)) if code == ALREADY_SENT => Ok(()),
                Err(error) => Err(error),
            };
            match result {
                Err(BackendError::Network(_)) if outbox.is_some() => return set_aside(draft),
                Err(BackendError::Unauthorized) => session.expire(&backend),
                _ => {}
            }
            if form.finish(result).is_some() {
                send_id.set_value(None);
                drafts.clear();
                text.set(String::new());
                on_sent.run(());
            }
        });
    };
    view! {
        <form class="kp-form kp-comment-form" novalidate on:submit=on_submit>
            <ErrorSummary problems=form.problems(summary_fields)/>
            <TextField id=id label=label input_type="text" autocomplete="off" rows=4
                value=text error=form.field_error("body")/>
            <button type="submit" class="kp-button" aria-disabled=move || form.busy().get().then_some("true")>
                {move || if form.busy().get() { texts.busy } else { button }}
            </button>
            <p role="status" class="kp-hint">{move || queued.get().then_some(texts.outbox_queued_comment)}</p>
        </form>
    }
}
