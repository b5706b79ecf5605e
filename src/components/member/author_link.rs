//! The author of a post or comment: a link to their profile, or "Oud-lid" without a link
//! once they deleted their account.

use crate::model::MemberRef;
use crate::state::use_texts;
use leptos::prelude::*;

#[component]
pub fn AuthorLink(author: MemberRef) -> impl IntoView {
    let texts = use_texts();
    if author.is_former() {
        view! { <span>{texts.former_member}</span> }.into_any()
    } else {
        view! { <a href=format!("members/{}", author.id)>{author.name}</a> }.into_any()
    }
}
