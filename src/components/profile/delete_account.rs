//! "Account verwijderen": says what goes and what stays, asks to type a word, then deletes.

use crate::backend::BackendError;
use crate::components::form::{ErrorSummary, FieldSpec, FormState, TextField};
use crate::model::account::{FieldErrors, FormerMemberPosts};
use crate::state::{use_backend, use_config, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn DeleteAccount(
    /// Called once the account is gone.
    #[prop(into)]
    on_deleted: Callback<()>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let policy = use_config().former_member_posts;
    let form = FormState::new();
    let confirmation = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut errors = FieldErrors::new();
        if confirmation.get_untracked().trim() != texts.delete_confirm_word {
            errors.insert("confirm".into(), "confirm".into());
        }
        if !form.begin(errors) {
            return;
        }
        let backend = backend.clone();
        spawn_local(async move {
            let result = backend.delete_account(policy).await;
            if result == Err(BackendError::Unauthorized) {
                session.expire(&backend);
            }
            if form.finish(result).is_some() {
                session.end(&backend);
                on_deleted.run(());
            }
        });
    };
    let what = match policy {
        FormerMemberPosts::Keep => texts.delete_what_keep,
        FormerMemberPosts::Delete => texts.delete_what_delete,
    };
    view! {
        <p>{what}</p>
        <p><strong>{texts.delete_irreversible}</strong></p>
        <form class="kp-form" novalidate on:submit=on_submit>
            <ErrorSummary problems=form.problems(vec![FieldSpec { name: "confirm", id: "confirm" }])/>
            <TextField id="confirm" label=texts.delete_confirm_label input_type="text" autocomplete="off"
                value=confirmation error=form.field_error("confirm")/>
            <button type="submit" class="kp-button kp-button--danger" aria-disabled=move || form.busy().get().then_some("true")>
                {move || if form.busy().get() { texts.busy } else { texts.delete_button }}
            </button>
        </form>
    }
}
