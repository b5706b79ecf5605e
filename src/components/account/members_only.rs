//! What a host may keep from visitors (the wall, the directory): shown to members, and
//! to visitors only when config.json's `features` allow it; otherwise a login prompt.
//! The backend refuses the same to visitors; this only spares them an empty page.

use super::LoginPrompt;
use crate::state::use_session;
use leptos::prelude::*;

#[component]
pub fn MembersOnly(
    /// Whether visitors may see this too.
    public: bool,
    /// What to tell a visitor when they may not.
    message: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let session = use_session();
    move || {
        if public || session.account().is_some() {
            children().into_any()
        } else {
            view! { <LoginPrompt message/> }.into_any()
        }
    }
}
