//! `/confirm-email?token=…`: the link in the mail sent to a new address. The password
//! confirms the change; every session ends, and the member logs in with the new address.

use crate::components::account::{MailedLink, MailedLinkForm};
use crate::components::common::PageHeading;
use crate::state::use_texts;
use leptos::prelude::*;

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let texts = use_texts();
    view! {
        <PageHeading text=texts.email_confirm_title/>
        <MailedLinkForm link=MailedLink::NewEmail/>
    }
}
