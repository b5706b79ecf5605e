//! The host's look on the page itself: its design tokens, its icon and the page's
//! language. Shared by the app and the widget entry (`embed::EmbedApp`).

use crate::config::Config;
use leptos::prelude::*;

/// Applies the host's design-token overrides as CSS custom properties on `<html>`, and
/// points the page's icon at the host's.
pub fn apply_host_look(config: &Config) {
    apply_tokens(config);
    if let Some(icon) = &config.favicon {
        set_favicon(icon);
    }
}

fn apply_tokens(config: &Config) {
    let Some(root) = document().document_element() else {
        return;
    };
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    let style = root.style();
    for (name, value) in &config.tokens {
        // Names and values were checked when the config was parsed.
        let _ = style.set_property(&format!("--{name}"), value);
    }
}

/// Points the page's `<link rel="icon">` at the host's icon.
fn set_favicon(href: &str) {
    if let Ok(Some(link)) = document().query_selector("link[rel='icon']") {
        let _ = link.set_attribute("href", href);
        // The type in index.html is the default icon's; let the browser sniff the host's.
        let _ = link.remove_attribute("type");
    }
}

/// Sets `<html lang>` to the interface language, for screen readers and hyphenation.
pub fn set_document_language(lang: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang);
    }
}

/// Takes away the placeholder that the HTML page painted before the WASM ran
/// (`#kp-boot`). The caller mounts its own view in the same task, so no frame shows
/// neither (or both).
pub fn remove_boot_shell() {
    if let Some(shell) = document().get_element_by_id("kp-boot") {
        shell.remove();
    }
}
