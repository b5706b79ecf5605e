//! The page's one `h1`, which takes focus after in-app navigation so screen
//! reader and keyboard users land on the new content.

use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once the first page heading appeared: later headings belong to pages the
/// reader navigated to. The first one must not steal focus from the skip link.
static FIRST_HEADING_SHOWN: AtomicBool = AtomicBool::new(false);

#[component]
pub fn PageHeading(#[prop(into)] text: String) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    let navigated = FIRST_HEADING_SHOWN.swap(true, Ordering::Relaxed);
    Effect::new(move || {
        if let (true, Some(element)) = (navigated, heading.get()) {
            let _ = element.focus();
        }
    });
    view! { <h1 id="paginatitel" tabindex="-1" node_ref=heading>{text}</h1> }
}
