//! A failed load: what went wrong in plain Dutch, and a retry.

use crate::backend::BackendError;
use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn ErrorView(
    error: BackendError,
    /// Called by the "Opnieuw proberen" button.
    #[prop(into)]
    retry: Callback<()>,
) -> impl IntoView {
    // The technical cause goes to the console for whoever debugs; the reader gets the explanation.
    leptos::logging::warn!("{error}");
    view! { <ErrorNotice message=use_texts().error(&error) retry/> }
}

/// What went wrong, said to the reader, and "Opnieuw proberen"; announced when it appears.
#[component]
pub fn ErrorNotice(
    #[prop(into)] message: String,
    /// Called by the "Opnieuw proberen" button.
    #[prop(into)]
    retry: Callback<()>,
) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-error {
            border-inline-start-width: 4px;

            border-inline-start-style: solid;

            border-inline-start-color: var(--color-danger);
            background: var(--color-danger-surface);
            padding: var(--space-m);
            border-radius: var(--radius);
        }
        .kp-error p {
            margin-block-end: var(--space-s);
        }
    };
    view! { class=class,
        <div class="kp-error" role="alert">
            <p>{message}</p>
            <button type="button" class="kp-button" on:click=move |_| retry.run(())>{texts.retry}</button>
        </div>
    }
}
