//! Shown instead of the app when `config.json` cannot be used: never a blank page.

use crate::i18n::Locale;
use leptos::prelude::*;

#[component]
pub fn ConfigErrorPage(
    /// What is wrong, in Dutch, naming the file and field.
    message: String,
) -> impl IntoView {
    // The config names the language, so without it the default language speaks.
    let texts = Locale::default_texts();
    document().set_title(texts.config_error_title);
    view! {
        <main id="inhoud" class="kp-page kp-config-error">
            <h1>{texts.config_error_title}</h1>
            <p role="alert">{message}</p>
            <p>{texts.config_error_hint}</p>
        </main>
    }
}
