//! Runtime configuration from `config.json`: a host rebrands and repoints the app
//! by editing that file, without rebuilding.

use crate::model::account::FormerMemberPosts;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// Which adapter serves the data.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum BackendConfig {
    /// Read-only JSON files under `url` (relative to the app, e.g. `data/`).
    StaticJson { url: String },
    /// A PocketBase server at `url` (empty or `/` for the app's own origin).
    Pocketbase { url: String },
}

/// The languages the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
pub enum LocaleCode {
    #[default]
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "en")]
    En,
}

/// Who may make an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationPolicy {
    /// Anyone registers on `/register`.
    #[default]
    Open,
    /// The host makes the accounts; `/register` says so.
    Invitation,
}

/// What the host switches on or off. The UI follows these; the backend must enforce the
/// same (for PocketBase: its `settings` record, backend/pocketbase/README.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Features {
    pub registration: RegistrationPolicy,
    /// Meetings: the agenda, sign-ups and meeting sections.
    pub meetings: bool,
    /// Visitors (not logged in) may read the knowledge wall.
    pub public_wall: bool,
    /// Visitors may read the member directory and profiles.
    pub public_directory: bool,
}

impl Default for Features {
    fn default() -> Self {
        Features {
            registration: RegistrationPolicy::Open,
            meetings: true,
            public_wall: true,
            public_directory: true,
        }
    }
}

/// The whole runtime configuration.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub site_name: String,
    #[serde(default)]
    pub tagline: Option<String>,
    /// URL of the logo image shown beside the site name.
    #[serde(default)]
    pub logo: Option<String>,
    /// URL of the browser-tab icon; index.html's own (`icons/logo.svg`) when absent.
    #[serde(default)]
    pub favicon: Option<String>,
    #[serde(default)]
    pub default_locale: LocaleCode,
    pub backend: BackendConfig,
    /// CSS custom properties to override, without the leading `--`: `{"color-primary": "#154273"}`.
    #[serde(default)]
    pub tokens: BTreeMap<String, String>,
    /// What happens to a member's posts and comments when they delete their account.
    #[serde(default)]
    pub former_member_posts: FormerMemberPosts,
    /// The path the site is served under, `/` or e.g. `/netwerk/`; `scripts/publish.mjs`
    /// writes it into index.html's `<base href>`.
    #[serde(default = "root_path")]
    pub base_path: String,
    #[serde(default)]
    pub features: Features,
}

fn root_path() -> String {
    "/".to_owned()
}

/// Why `config.json` cannot be used; `Display` is the Dutch text shown to the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// The file could not be fetched (missing, server error, offline).
    Unreachable(String),
    /// The file is not JSON, or a field has the wrong type or is missing.
    Invalid(String),
    /// A field is present but its value cannot work.
    BadValue { field: &'static str, reason: String },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreachable(why) => write!(f, "Het bestand config.json kon niet worden geladen: {why}."),
            Self::Invalid(why) => write!(f, "Het bestand config.json is ongeldig: {why}."),
            Self::BadValue { field, reason } => {
                write!(
                    f,
                    "In config.json heeft het veld \"{field}\" een ongeldige waarde: {reason}."
                )
            }
        }
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Checks that the page was published for this config's `base_path`: a site copied
    /// under a sub-path without `scripts/publish.mjs` would load no assets past the start.
    pub fn check_served_under(&self, document_base: &str) -> Result<(), ConfigError> {
        let wanted = self.base_path.trim_end_matches('/');
        if wanted == document_base {
            return Ok(());
        }
        Err(ConfigError::BadValue {
            field: "base_path",
            reason: format!(
                "de site staat onder \"{}/\" maar config.json zegt \"{}\"; publiceer haar met scripts/publish.mjs",
                document_base, self.base_path
            ),
        })
    }

    /// Parses and checks the text of `config.json`.
    pub fn from_json(text: &str) -> Result<Config, ConfigError> {
        let config: Config = serde_json::from_str(text).map_err(|e| ConfigError::Invalid(e.to_string()))?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if self.site_name.trim().is_empty() {
            return Err(ConfigError::BadValue {
                field: "site_name",
                reason: "de naam mag niet leeg zijn".into(),
            });
        }
        if let BackendConfig::StaticJson { url } = &self.backend {
            if url.trim().is_empty() {
                return Err(ConfigError::BadValue {
                    field: "backend.url",
                    reason: "geef de map met de JSON-bestanden op, bijvoorbeeld \"data/\"".into(),
                });
            }
        }
        let segments_ok = self
            .base_path
            .split('/')
            .all(|s| s != "." && s != ".." && s.chars().all(|c| c.is_ascii_alphanumeric() || "._~-".contains(c)));
        if !self.base_path.starts_with('/') || !self.base_path.ends_with('/') || !segments_ok {
            return Err(ConfigError::BadValue {
                field: "base_path",
                reason: "geef een pad dat met / begint en eindigt, zoals \"/netwerk/\"".into(),
            });
        }
        for (name, value) in &self.tokens {
            let name_ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            // A value that could close the declaration would let config inject other CSS.
            let value_ok = !value.contains([';', '{', '}', '<']);
            if !name_ok || !value_ok {
                return Err(ConfigError::BadValue {
                    field: "tokens",
                    reason: format!("\"{name}\" is geen bruikbare CSS-variabele of waarde"),
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../public/config.json");

    #[test]
    fn the_shipped_config_is_valid() {
        let config = Config::from_json(DEMO).expect("public/config.json must parse");
        assert_eq!(config.site_name, "Knooppunt");
        assert_eq!(config.default_locale, LocaleCode::Nl);
    }

    #[test]
    fn features_default_to_an_open_network_and_can_be_switched_off() {
        let demo = Config::from_json(DEMO).unwrap();
        assert_eq!(demo.features, Features::default());
        assert!(demo.features.meetings && demo.features.public_wall && demo.features.public_directory);
        let closed = Config::from_json(
            r#"{"site_name":"N","backend":{"kind":"static_json","url":"data/"},
                "features":{"registration":"invitation","meetings":false,"public_wall":false,"public_directory":false}}"#,
        )
        .unwrap();
        assert_eq!(closed.features.registration, RegistrationPolicy::Invitation);
        assert!(!closed.features.meetings && !closed.features.public_wall && !closed.features.public_directory);
        let typo = Config::from_json(
            r#"{"site_name":"N","backend":{"kind":"static_json","url":"data/"},"features":{"meeting":false}}"#,
        );
        assert!(
            matches!(typo, Err(ConfigError::Invalid(_))),
            "an unknown switch is named, not ignored"
        );
    }

    #[test]
    fn a_base_path_is_a_clean_path_that_the_page_must_match() {
        let at = |base: &str| {
            Config::from_json(&format!(
                r#"{{"site_name":"N","backend":{{"kind":"static_json","url":"data/"}},"base_path":"{base}"}}"#
            ))
        };
        assert_eq!(at("/netwerk/").unwrap().base_path, "/netwerk/");
        for bad in ["netwerk/", "/netwerk", "/../x/", "/a b/", "/x;y/"] {
            assert!(
                matches!(at(bad), Err(ConfigError::BadValue { field: "base_path", .. })),
                "{bad}"
            );
        }
        let config = at("/netwerk/").unwrap();
        assert!(config.check_served_under("/netwerk").is_ok());
        assert!(config.check_served_under("").is_err());
        let root = Config::from_json(DEMO).unwrap();
        assert!(root.check_served_under("").is_ok());
        assert!(root.check_served_under("/netwerk").is_err());
    }

    #[test]
    fn a_minimal_config_parses_with_defaults() {
        let config = Config::from_json(r#"{"site_name":"Netwerk","backend":{"kind":"pocketbase","url":""}}"#).unwrap();
        assert_eq!(config.backend, BackendConfig::Pocketbase { url: String::new() });
        assert!(config.tokens.is_empty());
        assert!(config.logo.is_none());
        assert_eq!(
            config.former_member_posts,
            FormerMemberPosts::Keep,
            "posts stay unless the host says otherwise"
        );
    }

    #[test]
    fn the_host_chooses_what_happens_to_a_former_members_posts() {
        let config = |value: &str| {
            Config::from_json(&format!(
                r#"{{"site_name":"N","backend":{{"kind":"pocketbase","url":""}},"former_member_posts":{value}}}"#
            ))
        };
        assert_eq!(
            config(r#""delete""#).unwrap().former_member_posts,
            FormerMemberPosts::Delete
        );
        assert_eq!(
            config(r#""keep""#).unwrap().former_member_posts,
            FormerMemberPosts::Keep
        );
        assert!(
            config(r#""archive""#).is_err(),
            "a typo must not silently keep or delete"
        );
    }

    #[test]
    fn missing_fields_and_bad_json_are_named_in_dutch() {
        let err = Config::from_json(r#"{"backend":{"kind":"static_json","url":"data/"}}"#).unwrap_err();
        assert!(err.to_string().contains("site_name"), "{err}");
        assert!(err.to_string().starts_with("Het bestand config.json is ongeldig"));
        let err = Config::from_json("{ niet json").unwrap_err();
        assert!(matches!(err, ConfigError::Invalid(_)));
    }

    #[test]
    fn unknown_backends_and_locales_are_refused() {
        let bad_kind = r#"{"site_name":"N","backend":{"kind":"mysql","url":"x"}}"#;
        assert!(Config::from_json(bad_kind).unwrap_err().to_string().contains("mysql"));
        let bad_locale = r#"{"site_name":"N","default_locale":"fr","backend":{"kind":"static_json","url":"data/"}}"#;
        assert!(Config::from_json(bad_locale).is_err());
    }

    #[test]
    fn empty_values_are_refused() {
        let empty_name = r#"{"site_name":"  ","backend":{"kind":"static_json","url":"data/"}}"#;
        assert!(matches!(
            Config::from_json(empty_name),
            Err(ConfigError::BadValue { field: "site_name", .. })
        ));
        let empty_url = r#"{"site_name":"N","backend":{"kind":"static_json","url":""}}"#;
        assert!(matches!(
            Config::from_json(empty_url),
            Err(ConfigError::BadValue {
                field: "backend.url",
                ..
            })
        ));
    }

    #[test]
    fn tokens_cannot_smuggle_css() {
        let evil = r#"{"site_name":"N","backend":{"kind":"static_json","url":"data/"},
            "tokens":{"color-primary":"red; } body { display:none"}}"#;
        assert!(matches!(
            Config::from_json(evil),
            Err(ConfigError::BadValue { field: "tokens", .. })
        ));
        let fine = r##"{"site_name":"N","backend":{"kind":"static_json","url":"data/"},
            "tokens":{"color-primary":"#154273","font-family":"\"RijksoverheidSans\", sans-serif"}}"##;
        assert!(Config::from_json(fine).is_ok());
    }
}
