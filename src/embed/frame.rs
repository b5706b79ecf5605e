//! The minimal chrome around a widget: the site's logo and name (to the app), the
//! widget's heading, its content, and "Meer op <site>"; and, for visitors where taking
//! part needs an account, a login link.

use super::bridge;
use crate::components::common::document_title;
use crate::state::{use_backend, use_config, use_session, use_texts};
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn EmbedFrame(
    /// The widget's heading, which may change once its data has loaded.
    #[prop(into)]
    heading: Signal<String>,
    /// The app page that shows more of the same, relative to the base.
    #[prop(into)]
    more: String,
    children: Children,
) -> impl IntoView {
    let texts = use_texts();
    let config = use_config();
    let class = style! {
        .kp-embed-frame {
            padding: var(--space-s);
        }
        .kp-embed-frame__head {
            display: flex;
            align-items: center;
            gap: var(--space-xs);
            font-weight: 700;
        }
        .kp-embed-frame__head :deep(a) {
            display: inline-flex;
            align-items: center;
            gap: var(--space-xs);
            text-decoration: none;
        }
        .kp-embed-frame h1 {
            font-size: 1.375rem;
            margin-block: var(--space-s);
        }
        .kp-embed-frame__more {
            margin-block: var(--space-m) 0;
            font-weight: 700;
        }
    };
    let site = config.site_name.clone();
    Effect::new(move || {
        document().set_title(&document_title(&heading.get(), &site));
        // A new title need not change the size; the loader still wants it.
        bridge::send_height();
    });
    view! { class=class,
        <div class="kp-embed-frame">
            <header class="kp-embed-frame__head">
                <a href="./">
                    {config.logo.clone().map(|src| view! { <img src=src alt="" width="28" height="28"/> })}
                    <span>{config.site_name.clone()}</span>
                </a>
            </header>
            <main>
                <h1>{move || heading.get()}</h1>
                {children()}
            </main>
            <footer>
                <p class="kp-embed-frame__more"><a href=more>{(texts.embed.more_on)(&config.site_name)}</a></p>
            </footer>
        </div>
    }
}

/// "Inloggen om mee te doen" for a visitor, where the site has accounts; nothing for a
/// member or on a read-only site.
#[component]
pub fn JoinLink() -> impl IntoView {
    let texts = use_texts();
    let auth = use_backend().capabilities().auth;
    let session = use_session();
    move || {
        (auth && session.account().is_none()).then(|| {
            view! { <p class="kp-login-prompt"><a href="login">{texts.embed.log_in_to_join}</a></p> }
        })
    }
}

/// What a visitor sees of a part only members read: why, and a login link.
#[component]
pub fn MembersOnlyNote(message: &'static str) -> impl IntoView {
    let texts = use_texts();
    view! {
        <p class="kp-login-prompt">
            {message} " " <a href="login">{texts.log_in}</a>
        </p>
    }
}

/// Whether this viewer may read a part the host keeps for members when `public` is false.
pub fn may_read(public: bool) -> bool {
    public || use_session().account().is_some()
}
