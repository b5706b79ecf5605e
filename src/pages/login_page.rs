//! `/login`: "Inloggen", then back to where the member came from (`?terug=`).

use crate::components::account::LoginForm;
use crate::components::common::PageHeading;
use crate::model::account::{return_path, RETURN_PARAM};
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn LoginPage() -> impl IntoView {
    let texts = use_texts();
    let session = use_session();
    let query = use_query_map();
    let back = move || return_path(query.read_untracked().get(RETURN_PARAM).as_deref());
    let navigate = use_navigate();
    let on_success = move || navigate(&back(), Default::default());
    let accounts = use_backend().capabilities().auth;
    let open = crate::state::use_config().features.registration == crate::config::RegistrationPolicy::Open;
    view! {
        <PageHeading text=texts.log_in/>
        {if !accounts {
            view! { <p>{texts.accounts_unavailable}</p> }.into_any()
        } else {
            view! {
                {move || session.account().map(|account| view! {
                    <p role="status">{(texts.logged_in_as)(&account.name)} " " <a href=crate::routes::link(&back())>{texts.not_found_home}</a></p>
                })}
                <p class="kp-lead">{texts.login_intro}</p>
                <LoginForm email_id="email" password_id="password" on_success=on_success/>
                <p><a href="forgot-password">{texts.login_forgot}</a></p>
                {if open {
                    view! { <p>{texts.login_no_account} " " <a href="register">{texts.register}</a></p> }.into_any()
                } else {
                    view! { <p>{texts.register_by_invitation}</p> }.into_any()
                }}
            }
            .into_any()
        }}
    }
}
