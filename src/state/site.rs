//! The site's configuration and interface language, shared through context.

use crate::backend::http::get_text;
use crate::backend::BackendError;
use crate::config::{Config, ConfigError};
use crate::i18n::{Locale, Texts};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
struct SiteConfig(Arc<Config>);

/// The interface language: the reader's earlier choice, else the config's default.
#[derive(Clone, Copy)]
struct LocaleChoice(RwSignal<Locale>);

/// Where the reader's language choice is remembered.
const LOCALE_KEY: &str = "knooppunt.taal";

/// Provides the config and the interface language; returns the language signal, which
/// the app watches to render everything again in the new language.
pub fn provide_site(config: Config) -> ReadSignal<Locale> {
    let stored = local_storage().and_then(|s| s.get_item(LOCALE_KEY).ok().flatten());
    let initial = stored
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or(Locale::from(config.default_locale));
    let locale = RwSignal::new(initial);
    provide_context(LocaleChoice(locale));
    provide_context(SiteConfig(Arc::new(config)));
    locale.read_only()
}

pub fn use_config() -> Arc<Config> {
    expect_context::<SiteConfig>().0
}

/// The texts of the current language. Views read them once while rendering; a change of
/// language renders the app again.
pub fn use_texts() -> &'static Texts {
    current_locale().texts()
}

/// Switches the interface language and remembers the choice in this browser.
pub fn choose_locale(locale: Locale) {
    if let Some(choice) = use_context::<LocaleChoice>() {
        choice.0.set(locale);
    }
    if let Some(storage) = local_storage() {
        // Private browsing may refuse storage: the choice then lasts for this visit only.
        let _ = storage.set_item(LOCALE_KEY, locale.code());
    }
}

/// The current language, for views that offer the switch.
pub fn current_locale() -> Locale {
    use_context::<LocaleChoice>()
        .map(|choice| choice.0.get_untracked())
        .unwrap_or_default()
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Fetches and checks `config.json` next to the app.
pub async fn load_config() -> Result<Config, ConfigError> {
    let text = get_text(CONFIG_URL).await.map_err(|error| {
        ConfigError::Unreachable(match error {
            BackendError::NotFound => "het bestand bestaat niet op de server".to_owned(),
            other => other.to_string(),
        })
    })?;
    Config::from_json(&text)
}

/// Relative, so it resolves against the app's `<base href>`.
const CONFIG_URL: &str = "config.json";
