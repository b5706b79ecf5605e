//! The page's one `h1`. It also names the page in the document title, and takes
//! focus after in-app navigation so screen reader and keyboard users land on the
//! new content.

use crate::state::use_config;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once the first page heading appeared: later headings belong to pages the
/// reader navigated to. The first one must not steal focus from the skip link.
static FIRST_HEADING_SHOWN: AtomicBool = AtomicBool::new(false);

#[component]
pub fn PageHeading(#[prop(into)] text: String) -> impl IntoView {
    document().set_title(&document_title(&text, &use_config().site_name));
    let heading = NodeRef::<leptos::html::H1>::new();
    let navigated = FIRST_HEADING_SHOWN.swap(true, Ordering::Relaxed);
    Effect::new(move || {
        if let (true, Some(element)) = (navigated, heading.get()) {
            focus_once_connected(element.into(), FOCUS_FRAMES);
        }
    });
    view! { <h1 id="paginatitel" tabindex="-1" node_ref=heading>{text}</h1> }
}

/// How many animation frames a heading may take to reach the document.
const FOCUS_FRAMES: u8 = 10;

/// Focuses the heading once it is in the document. The effect can run while the new
/// page is still being attached (a route inside a `Suspense` or a `Gate`), and focusing
/// a detached element silently does nothing.
fn focus_once_connected(element: web_sys::HtmlElement, frames_left: u8) {
    if element.is_connected() {
        let _ = element.focus();
    } else if frames_left > 0 {
        request_animation_frame(move || focus_once_connected(element, frames_left - 1));
    }
}

/// "Leden · Knooppunt"; the home page, whose heading is the site name, is just "Knooppunt".
pub fn document_title(page: &str, site: &str) -> String {
    if page == site {
        site.to_owned()
    } else {
        format!("{page} \u{b7} {site}")
    }
}

#[cfg(test)]
mod tests {
    use super::document_title;

    #[test]
    fn titles_name_the_page_then_the_site() {
        assert_eq!(document_title("Leden", "Knooppunt"), "Leden · Knooppunt");
        assert_eq!(document_title("Knooppunt", "Knooppunt"), "Knooppunt");
    }
}
