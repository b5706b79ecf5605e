//! Where the app lives. A host may serve it under a sub-path (`https://ipo.nl/netwerk/`)
//! without rebuilding: `scripts/publish.mjs` writes that path into `<base href>` of
//! index.html, assets and in-app links are relative to it, and the router takes its
//! base from it. Views write in-app links without a leading slash (`themes/x`, `./` for
//! the start page) so the browser resolves them against the base.

/// The path of the document's base, without its trailing slash: `""` at the root of a
/// site, `"/netwerk"` under a sub-path.
pub fn base_path() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let base = leptos::prelude::document().base_uri().ok().flatten();
        base.and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| trim_base(&url.pathname()))
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// `/netwerk/` → `/netwerk`; `/` → `` (the root needs no base).
pub fn trim_base(path: &str) -> String {
    path.trim_end_matches('/').to_owned()
}

/// The in-app path of a browser path: the base taken off (`/netwerk/themes` → `/themes`).
pub fn in_app(base: &str, path: &str) -> String {
    match path.strip_prefix(base) {
        Some(rest) if base.is_empty() || rest.is_empty() || rest.starts_with('/') || rest.starts_with('?') => {
            if rest.starts_with('/') {
                rest.to_owned()
            } else {
                format!("/{rest}")
            }
        }
        _ => path.to_owned(),
    }
}

/// A link to an in-app path (`/wall?tag=x`), relative to the document's base.
pub fn link(path: &str) -> String {
    match path.trim_start_matches('/') {
        "" => "./".to_owned(),
        rest => rest.to_owned(),
    }
}

/// The absolute address of an in-app path, for what leaves the app (a calendar file).
pub fn absolute_url(origin: &str, base: &str, path: &str) -> String {
    format!("{origin}{base}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_comes_off_browser_paths() {
        assert_eq!(in_app("", "/themes/x"), "/themes/x");
        assert_eq!(in_app("/netwerk", "/netwerk/themes/x"), "/themes/x");
        assert_eq!(in_app("/netwerk", "/netwerk"), "/");
        assert_eq!(in_app("/netwerk", "/netwerk/"), "/");
        // Not under the base (or a longer name that merely starts alike): left as it is.
        assert_eq!(in_app("/netwerk", "/netwerken/x"), "/netwerken/x");
    }

    #[test]
    fn links_are_relative_to_the_base() {
        assert_eq!(link("/"), "./");
        assert_eq!(link("/wall?tag=Woo"), "wall?tag=Woo");
        assert_eq!(link("/themes/x"), "themes/x");
    }

    #[test]
    fn bases_lose_their_trailing_slash_and_urls_get_it_back() {
        assert_eq!(trim_base("/"), "");
        assert_eq!(trim_base("/netwerk/"), "/netwerk");
        assert_eq!(
            absolute_url("https://ipo.nl", "/netwerk", "/events/e1"),
            "https://ipo.nl/netwerk/events/e1"
        );
    }
}
