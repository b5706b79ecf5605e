//! What the host switched off or kept for members (config.json `features`), decided once
//! per route: a page of a switched-off part is not found; a members-only page asks a
//! visitor to log in. The backend enforces the same; this spares an empty page.

use super::NotFoundPage;
use crate::backend::BackendError;
use crate::components::account::LoginPrompt;
use crate::components::common::{ErrorView, Loading, PageHeading};
use crate::model::Theme;
use crate::state::{use_backend, use_config, use_session, use_texts, SharedBackend};
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

/// What a form page shows instead of its form to a visitor (a login prompt) or on a
/// read-only site; `None` when the form may show.
pub fn writers_only() -> Option<AnyView> {
    let texts = use_texts();
    if !use_backend().capabilities().auth {
        return Some(view! { <p>{texts.accounts_unavailable}</p> }.into_any());
    }
    use_session()
        .account()
        .is_none()
        .then(|| view! { <LoginPrompt/> }.into_any())
}

/// A theme and whether I moderate it, for the pages only moderators may use.
pub async fn theme_to_moderate(backend: SharedBackend, slug: &str) -> Result<(Theme, bool), BackendError> {
    let (theme, moderated) = futures::future::try_join(backend.theme(slug), backend.my_moderated_themes()).await?;
    let may = moderated.contains(&theme.id);
    Ok((theme, may))
}

/// The body of a page only a theme's moderators may use (edit a theme, plan or change a
/// meeting): a login prompt for visitors, then `refused` for others, not found, or the
/// error with a retry; `form` renders what was found for a moderator.
pub fn moderators_page<T, V>(
    heading: &'static str,
    found: LocalResource<Result<(T, bool), BackendError>>,
    refused: &'static str,
    form: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    view! {
        <PageHeading text=heading/>
        {move || {
            let form = form.clone();
            writers_only().unwrap_or_else(move || {
                view! {
                    <Transition fallback=Loading>
                        {move || {
                            let form = form.clone();
                            Suspend::new(async move {
                                match found.await {
                                    Ok((item, true)) => form(item).into_any(),
                                    Ok((_, false)) => view! { <p>{refused}</p> }.into_any(),
                                    Err(BackendError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                                    Err(error) => view! { <ErrorView error retry=move |_| found.refetch()/> }.into_any(),
                                }
                            })
                        }}
                    </Transition>
                }
                .into_any()
            })
        }}
    }
}
