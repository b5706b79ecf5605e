//! What the host switched off or kept for members (config.json `features`), decided once
//! per route: a page of a switched-off part is not found; a members-only page asks a
//! visitor to log in. The backend enforces the same; this spares an empty page.

use super::NotFoundPage;
use crate::components::account::LoginPrompt;
use crate::components::common::PageHeading;
use crate::state::{use_config, use_session, use_texts};
use leptos::prelude::*;

/// A part of the site a host can close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The knowledge wall and its posts; public unless `public_wall` is false.
    Wall,
    /// The directory and profiles; public unless `public_directory` is false.
    Directory,
    /// The agenda and meeting pages; gone when `meetings` is false.
    Meetings,
}

#[component]
pub fn Gate(area: Area, children: ChildrenFn) -> impl IntoView {
    let texts = use_texts();
    let features = use_config().features;
    let session = use_session();
    let (public, heading, message) = match area {
        Area::Wall => (features.public_wall, texts.nav_wall, texts.wall_members_only),
        Area::Directory => (
            features.public_directory,
            texts.nav_members,
            texts.directory_members_only,
        ),
        Area::Meetings => (true, texts.nav_events, ""),
    };
    if area == Area::Meetings && !features.meetings {
        return view! { <NotFoundPage/> }.into_any();
    }
    if public {
        // Rendered as it is, not inside a reactive closure: nothing here can change.
        return children().into_any();
    }
    (move || {
        if session.account().is_some() {
            children().into_any()
        } else {
            view! {
                <PageHeading text=heading/>
                <LoginPrompt message/>
            }
            .into_any()
        }
    })
    .into_any()
}
