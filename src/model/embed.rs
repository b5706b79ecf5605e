//! Widgets for intranets: which widget an `/embed/…` address asks for, the checks on the
//! page that frames it (`parent`, `frame`), and the snippet an intranet editor pastes.
//! `public/widget.js` is the other half of the protocol; docs/hosting.md describes both.

use super::text::percent_decode;
use super::MemberId;

/// The message a widget sends its parent with its content height.
pub const HEIGHT_MESSAGE: &str = "knooppunt:hoogte";
/// The message a parent sends to ask a widget for its height again.
pub const HELLO_MESSAGE: &str = "knooppunt:hallo";

/// A widget an intranet can show, with what it needs: only the wall and the meetings
/// take a theme (by slug), and a member card always names its member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Widget {
    /// The knowledge wall, of one theme or all.
    Wall { theme: Option<String> },
    /// Upcoming meetings, of one theme or all.
    Events { theme: Option<String> },
    /// Every theme group.
    Themes,
    /// One member's card.
    Member(MemberId),
}

impl Widget {
    /// The name `data-knooppunt` gives it.
    pub fn kind(&self) -> &'static str {
        match self {
            Widget::Wall { .. } => "wall",
            Widget::Events { .. } => "events",
            Widget::Themes => "themes",
            Widget::Member(_) => "member",
        }
    }
}

/// What an `/embed/…` path shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedTarget {
    Wall,
    Events,
    Themes,
    Member(MemberId),
    /// Under `/embed/` but no widget: the widget says so instead of showing the app.
    Unknown,
}

impl EmbedTarget {
    /// The widget of an in-app path (the base already taken off); `None` outside `/embed/`.
    pub fn from_path(path: &str) -> Option<EmbedTarget> {
        let rest = path.strip_prefix("/embed")?;
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        let rest = rest.trim_start_matches('/').trim_end_matches('/');
        Some(match rest.split_once('/') {
            None => match rest {
                "wall" => EmbedTarget::Wall,
                "events" => EmbedTarget::Events,
                "themes" => EmbedTarget::Themes,
                _ => EmbedTarget::Unknown,
            },
            Some(("member", id)) if !id.is_empty() && !id.contains('/') => {
                EmbedTarget::Member(MemberId(percent_decode(id)))
            }
            Some(_) => EmbedTarget::Unknown,
        })
    }
}

/// What the widget learns from its address besides the path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedParams {
    /// The theme's slug (`?theme=`), for the wall and meetings widgets.
    pub theme: Option<String>,
    /// The origin of the page that frames the widget, when it is a proper http(s) origin;
    /// without one the widget renders but sends no messages.
    pub parent: Option<String>,
    /// The loader's number for this frame, echoed in every message.
    pub frame: u32,
}

impl EmbedParams {
    /// Reads the parsed query pairs of the widget's address.
    pub fn from_pairs(pairs: &[(String, String)]) -> EmbedParams {
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value.as_str())
        };
        EmbedParams {
            theme: get("theme").map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned),
            parent: get("parent").and_then(parent_origin),
            frame: get("frame").and_then(|f| f.parse().ok()).unwrap_or(0),
        }
    }
}

/// `value` as a serialized http(s) origin (`https://intranet.example.nl`,
/// `http://127.0.0.1:8080`) the way browsers write `event.origin`: scheme and host in
/// lower case, no default port, no path, user, query or fragment. `None` for anything else,
/// so a widget never posts its height to something that is not an origin.
pub fn parent_origin(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    let default_port = match scheme {
        "http" => "80",
        "https" => "443",
        _ => return None,
    };
    let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
        let (address, after) = v6.split_once(']')?;
        if address.is_empty() || !address.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.') {
            return None;
        }
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':')?),
        };
        (format!("[{address}]"), port)
    } else {
        let (host, port) = match rest.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (rest, None),
        };
        let labels_ok = host
            .split('.')
            .all(|label| !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        if !labels_ok {
            return None;
        }
        (host.to_owned(), port)
    };
    match port {
        None => Some(format!("{scheme}://{host}")),
        Some(port) => {
            let number: u16 = port.parse().ok().filter(|_| port.chars().all(|c| c.is_ascii_digit()))?;
            if port == default_port || number.to_string() == default_port {
                Some(format!("{scheme}://{host}"))
            } else {
                Some(format!("{scheme}://{host}:{number}"))
            }
        }
    }
}

/// The HTML an intranet editor pastes: the loader and one placeholder. `loader` is the
/// absolute address of `widget.js` on this host.
pub fn snippet(loader: &str, widget: &Widget) -> String {
    let mut attributes = format!("data-knooppunt=\"{}\"", widget.kind());
    match widget {
        Widget::Wall { theme: Some(theme) } | Widget::Events { theme: Some(theme) } => {
            attributes.push_str(&format!(" data-theme=\"{}\"", escape_attribute(theme)));
        }
        Widget::Member(member) => {
            attributes.push_str(&format!(" data-member=\"{}\"", escape_attribute(member.as_str())));
        }
        Widget::Wall { theme: None } | Widget::Events { theme: None } | Widget::Themes => {}
    }
    format!(
        "<script src=\"{}\" async></script>\n<div {attributes}></div>",
        escape_attribute(loader)
    )
}

fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_paths_name_their_widget() {
        assert_eq!(EmbedTarget::from_path("/embed/wall"), Some(EmbedTarget::Wall));
        assert_eq!(EmbedTarget::from_path("/embed/events/"), Some(EmbedTarget::Events));
        assert_eq!(EmbedTarget::from_path("/embed/themes"), Some(EmbedTarget::Themes));
        assert_eq!(
            EmbedTarget::from_path("/embed/member/m-jose-bakker"),
            Some(EmbedTarget::Member(MemberId::from("m-jose-bakker")))
        );
        assert_eq!(
            EmbedTarget::from_path("/embed/member/a%20b"),
            Some(EmbedTarget::Member(MemberId::from("a b")))
        );
        for unknown in [
            "/embed",
            "/embed/",
            "/embed/nope",
            "/embed/member/",
            "/embed/member/a/b",
            "/embed/wall/x",
        ] {
            assert_eq!(EmbedTarget::from_path(unknown), Some(EmbedTarget::Unknown), "{unknown}");
        }
        for app in ["/", "/wall", "/embedded/wall", "/themes/embed"] {
            assert_eq!(EmbedTarget::from_path(app), None, "{app}");
        }
    }

    #[test]
    fn parents_are_http_origins_written_as_browsers_write_them() {
        assert_eq!(
            parent_origin("https://intranet.example.nl").as_deref(),
            Some("https://intranet.example.nl")
        );
        assert_eq!(
            parent_origin("HTTP://Intra.NL:8080").as_deref(),
            Some("http://intra.nl:8080")
        );
        assert_eq!(
            parent_origin("http://127.0.0.1:8391").as_deref(),
            Some("http://127.0.0.1:8391")
        );
        assert_eq!(parent_origin("https://x.nl:443").as_deref(), Some("https://x.nl"));
        assert_eq!(parent_origin("http://x.nl:80").as_deref(), Some("http://x.nl"));
        assert_eq!(parent_origin("http://[::1]:3000").as_deref(), Some("http://[::1]:3000"));
        assert_eq!(parent_origin("http://localhost").as_deref(), Some("http://localhost"));
    }

    #[test]
    fn anything_else_is_no_parent() {
        for bad in [
            "",
            "*",
            "null",
            "intranet.example.nl",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://x.nl",
            "https://",
            "https://x.nl/",
            "https://x.nl/pad",
            "https://x.nl?q",
            "https://x.nl#f",
            "https://user@x.nl",
            "https://x.nl:",
            "https://x.nl:99999",
            "https://x.nl:+80",
            "https://x..nl",
            "https://x nl",
            "https://[zz]",
        ] {
            assert_eq!(parent_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn params_keep_only_what_is_usable() {
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
        };
        let params = EmbedParams::from_pairs(&pairs(&[
            ("theme", "het-nieuwe-werken"),
            ("parent", "https://intranet.example.nl"),
            ("frame", "3"),
        ]));
        assert_eq!(
            params,
            EmbedParams {
                theme: Some("het-nieuwe-werken".into()),
                parent: Some("https://intranet.example.nl".into()),
                frame: 3
            }
        );
        let odd = EmbedParams::from_pairs(&pairs(&[("theme", " "), ("parent", "*"), ("frame", "x")]));
        assert_eq!(odd, EmbedParams::default());
    }

    #[test]
    fn snippets_load_the_script_and_name_the_widget() {
        let loader = "https://ipo.nl/netwerk/widget.js";
        assert_eq!(
            snippet(
                loader,
                &Widget::Wall {
                    theme: Some("het-nieuwe-werken".into())
                }
            ),
            "<script src=\"https://ipo.nl/netwerk/widget.js\" async></script>\n\
             <div data-knooppunt=\"wall\" data-theme=\"het-nieuwe-werken\"></div>"
        );
        assert_eq!(
            snippet(loader, &Widget::Themes),
            "<script src=\"https://ipo.nl/netwerk/widget.js\" async></script>\n<div data-knooppunt=\"themes\"></div>"
        );
        let odd = MemberId::from("m\"><script>");
        assert!(snippet(loader, &Widget::Member(odd))
            .ends_with("<div data-knooppunt=\"member\" data-member=\"m&quot;&gt;&lt;script&gt;\"></div>"));
    }
}
