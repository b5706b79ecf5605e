//! `/reset-password?token=…`: the page the mail of "Wachtwoord vergeten" links to. A new
//! password, then log in with it; a link that no longer works offers a new one.

use crate::components::account::{MailedLink, MailedLinkForm};
use crate::components::common::PageHeading;
use crate::state::use_texts;
use leptos::prelude::*;

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <PageHeading text=texts.reset_title/>
        <MailedLinkForm link=MailedLink::NewPassword/>
    }
}
