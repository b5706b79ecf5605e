//! `/verify-email?token=…`: the link in the mail after registering. Confirms the address
//! on opening; a logged-in member's session learns it at once.

use crate::components::common::PageHeading;
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let query = use_query_map();
    let confirmed = LocalResource::new(move || {
        let backend = backend.clone();
        let token = query.read_untracked().get("token").unwrap_or_default();
        async move {
            let outcome = backend.confirm_verification(&token).await;
            if outcome.is_ok() && session.account_untracked().is_some() {
                // the header and the profile read `verified` from the session
                if let Ok(fresh) = backend.refresh_session().await {
                    session.start(&backend, fresh);
                }
            }
            outcome.is_ok()
        }
    });
    view! {
        <PageHeading text=texts.verify_title/>
        <p role="status">
            {move || match confirmed.get() {
                None => texts.verify_busy,
                Some(true) => texts.verify_done,
                Some(false) => texts.verify_failed,
            }}
        </p>
        {move || (confirmed.get() == Some(false)).then(|| view! { <p><a href="profile">{texts.profile_title}</a></p> })}
    }
}
