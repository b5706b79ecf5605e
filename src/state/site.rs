//! The site's configuration and interface language, shared through context.

use crate::backend::http::get_text;
use crate::backend::BackendError;
use crate::config::{Config, ConfigError};
use crate::i18n::{Locale, Texts};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
struct SiteConfig(Arc<Config>);

/// Provides the config and the texts of its default language.
pub fn provide_site(config: Config) {
    provide_context(Locale::from(config.default_locale));
    provide_context(SiteConfig(Arc::new(config)));
}

pub fn use_config() -> Arc<Config> {
    expect_context::<SiteConfig>().0
}

pub fn use_texts() -> &'static Texts {
    use_context::<Locale>().unwrap_or_default().texts()
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
