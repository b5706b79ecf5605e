//! "Lid worden", "Lidmaatschap aanvragen" (then "Aangevraagd"), "Groep verlaten": my
//! own place in a theme, by its access. Visitors are asked to log in; an invite-only
//! theme says how to get in.

use crate::backend::{BackendError, LAST_OWNER};
use crate::components::account::LoginPrompt;
use crate::model::{MembershipStatus, MyPlace, ThemeAccess, ThemeId};
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What I asked for with a button.
#[derive(Clone, Copy)]
enum Step {
    Join,
    Leave,
}

#[component]
pub fn MembershipActions(
    theme: ThemeId,
    access: ThemeAccess,
    /// Where I stand now; `None` while it loads.
    #[prop(into)]
    place: Signal<Option<MyPlace>>,
    /// Called after a change was saved, with what to tell me.
    #[prop(into)]
    on_changed: Callback<String>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    if !backend.capabilities().auth {
        return ().into_any();
    }
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let act = move |step: Step| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failed.set(None);
        let (backend, theme) = (backend.clone(), theme.clone());
        spawn_local(async move {
            let result = match step {
                Step::Join => backend.join_theme(&theme).await.map(|status| match status {
                    MembershipStatus::Active => texts.theme_joined,
                    MembershipStatus::Pending => texts.theme_request_sent,
                }),
                Step::Leave => backend.leave_theme(&theme).await.map(|()| texts.theme_left),
            };
            busy.set(false);
            match result {
                Ok(message) => on_changed.run(message.to_owned()),
                Err(BackendError::Conflict(why)) if why == LAST_OWNER => failed.set(Some(texts.theme_last_owner)),
                Err(error) => {
                    if error == BackendError::Unauthorized {
                        session.expire(&backend);
                    }
                    failed.set(Some(texts.error(&error)));
                }
            }
        });
    };
    let button = move |label: &'static str, step: Step| {
        let act = act.clone();
        view! {
            <button type="button" class="kp-button" aria-disabled=move || busy.get().then_some("true")
                on:click=move |_| act(step)>
                {label}
            </button>
        }
    };
    view! {
        <div class="kp-actions" aria-busy=move || busy.get().to_string()>
            {move || {
                if session.account().is_none() {
                    return match access {
                        ThemeAccess::InviteOnly => view! { <p>{texts.theme_invite_only}</p> }.into_any(),
                        _ => view! { <LoginPrompt/> }.into_any(),
                    };
                }
                match (place.get(), access) {
                    (None, _) => ().into_any(),
                    (Some(MyPlace::Outside), ThemeAccess::Open) => button(texts.theme_join, Step::Join).into_any(),
                    (Some(MyPlace::Outside), ThemeAccess::OnRequest) => button(texts.theme_request, Step::Join).into_any(),
                    (Some(MyPlace::Outside), ThemeAccess::InviteOnly) => view! { <p>{texts.theme_invite_only}</p> }.into_any(),
                    (Some(MyPlace::Requested), _) => view! {
                        <button type="button" class="kp-button" disabled=true>{texts.theme_requested}</button>
                        {button(texts.theme_cancel_request, Step::Leave)}
                        <p class="kp-hint">{texts.theme_request_waits}</p>
                    }
                    .into_any(),
                    (Some(MyPlace::Inside(_)), _) => button(texts.theme_leave, Step::Leave).into_any(),
                }
            }}
        </div>
        {move || failed.get().map(|text| view! { <p role="alert" class="kp-field__error">{text}</p> })}
    }
    .into_any()
}
