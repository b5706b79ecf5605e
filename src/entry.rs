//! What both entries — the app (`App`) and the widgets (`embed::EmbedApp`) — do before
//! they show anything: read `config.json`, check that it fits where the page is served,
//! load the backend adapter it names, and dress the page in the host's look.

use crate::components::common::ErrorNotice;
use crate::config::Config;
use crate::document::{apply_host_look, remove_boot_shell, set_document_language};
use crate::i18n::Locale;
use crate::pages::ConfigErrorPage;
use crate::split_point::ModuleUnavailable;
use crate::state::{connect_backend, load_config, provide_backend, provide_session, provide_site};
use leptos::prelude::*;

/// Shows `render` once the site is known: the config, the adapter, the session and the
/// interface language are in context by then. Until then the page's own placeholder
/// shows (`#kp-boot`); it goes in the task that mounts what replaces it.
#[component]
pub fn Configured(
    /// Builds the site or widget; its view is rendered again when the language changes.
    render: fn(Signal<Locale>) -> AnyView,
) -> impl IntoView {
    let config = LocalResource::new(load_config);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let served_here = config
                    .await
                    .and_then(|config| config.check_served_under(&crate::routes::base_path()).map(|()| config));
                let view = match served_here {
                    Ok(config) => match provide_host(config).await {
                        Ok(locale) => render(locale),
                        Err(ModuleUnavailable) => view! { <StartUnavailable/> }.into_any(),
                    },
                    Err(error) => view! { <ConfigErrorPage message=error.to_string()/> }.into_any(),
                };
                remove_boot_shell();
                view
            })}
        </Suspense>
    }
}

/// Loads the adapter and provides what every view below reads; returns the language.
async fn provide_host(config: Config) -> Result<Signal<Locale>, ModuleUnavailable> {
    let backend = connect_backend(&config.backend).await?;
    provide_backend(backend.clone());
    provide_session(backend);
    apply_host_look(&config);
    Ok(provide_site(config).await)
}

/// The adapter's module could not be fetched (a widget's first visit, offline): nothing
/// is shown yet, so trying again is loading the page again.
#[component]
fn StartUnavailable() -> impl IntoView {
    let texts = Locale::default_texts();
    let reload = || {
        let _ = window().location().reload();
    };
    view! {
        <main id="inhoud" class="kp-page">
            <ErrorNotice message=texts.module_unavailable retry=reload/>
        </main>
    }
}

/// `view`, rendered again in the new language when the reader switches.
pub fn in_language(locale: Signal<Locale>, view: impl Fn() -> AnyView + Send + 'static) -> AnyView {
    // Views read their texts once; a new language renders them all again.
    (move || {
        set_document_language(locale.get().code());
        view()
    })
    .into_any()
}
