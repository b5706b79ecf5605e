//! The site's configuration and interface language, shared through context.

use crate::backend::http::get_text;
use crate::backend::BackendError;
use crate::config::{Config, ConfigError};
use crate::i18n::{Locale, Texts};
use crate::split_point::ModuleUnavailable;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
struct SiteConfig(Arc<Config>);

/// The interface language (the reader's earlier choice, else the config's default) and
/// its texts, loaded: one signal, so a view never sees a language without its texts.
#[derive(Clone, Copy)]
struct LocaleChoice(RwSignal<(Locale, &'static Texts)>);

/// Where the reader's language choice is remembered.
const LOCALE_KEY: &str = "knooppunt.taal";

/// Provides the config and the interface language, once its texts are loaded; returns
/// the language signal, which the app watches to render everything again in the new
/// language.
pub async fn provide_site(config: Config) -> Signal<Locale> {
    let stored = local_storage().and_then(|s| s.get_item(LOCALE_KEY).ok().flatten());
    let initial = stored
        .as_deref()
        .and_then(Locale::parse)
        .unwrap_or(Locale::from(config.default_locale));
    // English that cannot be fetched (offline, never cached) starts the visit in Dutch.
    let (initial, texts) = match initial.load_texts().await {
        Ok(texts) => (initial, texts),
        Err(ModuleUnavailable) => (Locale::Nl, Locale::default_texts()),
    };
    let choice = RwSignal::new((initial, texts));
    provide_context(LanguageUnavailable(RwSignal::new(None)));
    provide_context(LocaleChoice(choice));
    provide_context(SiteConfig(Arc::new(config)));
    Signal::derive(move || choice.get().0)
}

pub fn use_config() -> Arc<Config> {
    expect_context::<SiteConfig>().0
}

/// The texts of the current language. Views read them once while rendering; a change of
/// language renders the app again.
pub fn use_texts() -> &'static Texts {
    use_context::<LocaleChoice>()
        .map(|choice| choice.0.get_untracked().1)
        .unwrap_or_else(Locale::default_texts)
}

/// Switches the interface language, once its texts are loaded, and remembers the choice
/// in this browser.
pub fn choose_locale(locale: Locale) {
    if let Some(storage) = local_storage() {
        // Private browsing may refuse storage: the choice then lasts for this visit only.
        let _ = storage.set_item(LOCALE_KEY, locale.code());
    }
    if let Some(choice) = use_context::<LocaleChoice>() {
        let unavailable = use_context::<LanguageUnavailable>();
        // Only fetches the texts (the first time English is chosen); nothing is written.
        leptos::task::spawn_local(async move {
            let loaded = locale.load_texts().await;
            if let Some(unavailable) = unavailable {
                unavailable.0.set(loaded.err().map(|_| locale));
            }
            if let Ok(texts) = loaded {
                choice.0.set((locale, texts));
            }
        });
    }
}

/// The language the reader chose last whose texts could not be fetched, if the last
/// choice failed: the header says so, in the language that stays.
#[derive(Clone, Copy)]
struct LanguageUnavailable(RwSignal<Option<Locale>>);

/// The language whose texts could not be fetched when the reader last chose one.
pub fn unavailable_language() -> Option<Locale> {
    use_context::<LanguageUnavailable>().and_then(|unavailable| unavailable.0.get())
}

/// The current language, for views that offer the switch.
pub fn current_locale() -> Locale {
    use_context::<LocaleChoice>()
        .map(|choice| choice.0.get_untracked().0)
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
