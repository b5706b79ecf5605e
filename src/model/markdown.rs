//! Markdown to a tree of safe nodes.
//!
//! User text is parsed here and rendered node by node with `createElement` and
//! text nodes, never through `inner_html`. Raw HTML in the source comes out as
//! literal text, links keep only safe schemes, images become their alt text (no
//! third-party requests), and headings start at `h3` so a post can never add an
//! `h1` or `h2` to the page outline.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

/// The only elements markdown can produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    Paragraph,
    Heading3,
    Heading4,
    Heading5,
    Heading6,
    Strong,
    Emphasis,
    Strikethrough,
    Code,
    CodeBlock,
    Quote,
    BulletList,
    NumberedList,
    ListItem,
    Link,
    LineBreak,
    Rule,
}

impl Element {
    /// The HTML tag name.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Paragraph => "p",
            Self::Heading3 => "h3",
            Self::Heading4 => "h4",
            Self::Heading5 => "h5",
            Self::Heading6 => "h6",
            Self::Strong => "strong",
            Self::Emphasis => "em",
            Self::Strikethrough => "del",
            Self::Code => "code",
            Self::CodeBlock => "pre",
            Self::Quote => "blockquote",
            Self::BulletList => "ul",
            Self::NumberedList => "ol",
            Self::ListItem => "li",
            Self::Link => "a",
            Self::LineBreak => "br",
            Self::Rule => "hr",
        }
    }
}

/// One node of rendered markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Element {
        element: Element,
        /// Attributes from a fixed set (`href`, `rel`, `start`), values already checked.
        attributes: Vec<(&'static str, String)>,
        children: Vec<Node>,
    },
}

/// The `rel` every external link gets: user content must not pass on trust or `window.opener`.
pub const EXTERNAL_REL: &str = "noopener nofollow ugc";

/// An attribute name and its checked value.
type Attribute = (&'static str, String);

/// An element still being filled while the parser walks its events.
struct Open {
    /// `None` for wrappers that are dropped but keep their text (unsafe links, images).
    element: Option<Element>,
    attributes: Vec<Attribute>,
    children: Vec<Node>,
}

/// Builds the tree from pulldown-cmark's flat start/end events.
struct Builder {
    stack: Vec<Open>,
}

impl Builder {
    fn new() -> Self {
        Builder {
            stack: vec![Open {
                element: None,
                attributes: vec![],
                children: vec![],
            }],
        }
    }

    fn push(&mut self, node: Node) {
        let Some(top) = self.stack.last_mut() else { return };
        // Adjacent text merges, so "a <b> c" is one text node.
        if let (Node::Text(new), Some(Node::Text(prev))) = (&node, top.children.last_mut()) {
            prev.push_str(new);
            return;
        }
        top.children.push(node);
    }

    fn leaf(&mut self, element: Element, children: Vec<Node>) {
        self.push(Node::Element {
            element,
            attributes: vec![],
            children,
        });
    }

    fn open(&mut self, element: Option<Element>, attributes: Vec<Attribute>) {
        self.stack.push(Open {
            element,
            attributes,
            children: vec![],
        });
    }

    fn close(&mut self) {
        if self.stack.len() < 2 {
            return;
        }
        if let Some(open) = self.stack.pop() {
            match open.element {
                Some(element) => self.push(Node::Element {
                    element,
                    attributes: open.attributes,
                    children: open.children,
                }),
                None => open.children.into_iter().for_each(|c| self.push(c)),
            }
        }
    }

    fn finish(mut self) -> Vec<Node> {
        // pulldown-cmark balances its events, but never lose text if it did not.
        while self.stack.len() > 1 {
            if let Some(open) = self.stack.pop() {
                open.children.into_iter().for_each(|c| self.push(c));
            }
        }
        self.stack.pop().map(|open| open.children).unwrap_or_default()
    }
}

/// Parses markdown into safe nodes.
pub fn parse(source: &str) -> Vec<Node> {
    let mut builder = Builder::new();
    for event in Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(tag) => {
                let (element, attributes) = open(&tag);
                builder.open(element, attributes);
            }
            Event::End(_) => builder.close(),
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => {
                builder.push(Node::Text(text.into_string()))
            }
            Event::Code(code) => builder.leaf(Element::Code, vec![Node::Text(code.into_string())]),
            Event::SoftBreak => builder.push(Node::Text(" ".into())),
            Event::HardBreak => builder.leaf(Element::LineBreak, vec![]),
            Event::Rule => builder.leaf(Element::Rule, vec![]),
            Event::TaskListMarker(_) | Event::FootnoteReference(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {}
        }
    }
    builder.finish()
}

fn open(tag: &Tag) -> (Option<Element>, Vec<Attribute>) {
    let element = match tag {
        Tag::Paragraph => Element::Paragraph,
        Tag::Heading { level, .. } => match level {
            HeadingLevel::H1 => Element::Heading3,
            HeadingLevel::H2 => Element::Heading4,
            HeadingLevel::H3 => Element::Heading5,
            _ => Element::Heading6,
        },
        Tag::BlockQuote(_) => Element::Quote,
        Tag::CodeBlock(_) => Element::CodeBlock,
        Tag::List(None) => Element::BulletList,
        Tag::List(Some(start)) => {
            let attributes = if *start == 1 {
                vec![]
            } else {
                vec![("start", start.to_string())]
            };
            return (Some(Element::NumberedList), attributes);
        }
        Tag::Item => Element::ListItem,
        Tag::Emphasis => Element::Emphasis,
        Tag::Strong => Element::Strong,
        Tag::Strikethrough => Element::Strikethrough,
        Tag::Link { dest_url, .. } => {
            return match safe_href(dest_url) {
                Some(Href::External(href)) => (
                    Some(Element::Link),
                    vec![("href", href), ("rel", EXTERNAL_REL.to_owned())],
                ),
                Some(Href::Internal(href)) => (Some(Element::Link), vec![("href", href)]),
                None => (None, vec![]),
            };
        }
        // Everything else (images, tables, footnotes, html blocks) keeps only its text.
        _ => return (None, vec![]),
    };
    (Some(element), vec![])
}

enum Href {
    External(String),
    Internal(String),
}

/// Accepts `http(s):` and `mailto:` links and paths on this site; refuses `javascript:`,
/// `data:` and any other scheme, including ones disguised with case, spaces or control characters.
fn safe_href(url: &str) -> Option<Href> {
    let url = url.trim();
    if url.chars().any(|c| c.is_control()) {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        Some(Href::External(url.to_owned()))
    } else if lower.starts_with("mailto:") || (url.starts_with('/') && !url.starts_with("//")) || url.starts_with('#') {
        Some(Href::Internal(url.to_owned()))
    } else {
        None
    }
}

/// The plain text of some nodes, for summaries.
pub fn plain_text(nodes: &[Node]) -> String {
    let mut out = String::new();
    fn walk(nodes: &[Node], out: &mut String) {
        for node in nodes {
            match node {
                Node::Text(text) => out.push_str(text),
                Node::Element { children, element, .. } => {
                    walk(children, out);
                    if matches!(element, Element::Paragraph | Element::ListItem) && !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
            }
        }
    }
    walk(nodes, &mut out);
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_link(nodes: &[Node]) -> Option<&Node> {
        nodes.iter().find_map(|n| match n {
            Node::Element {
                element: Element::Link, ..
            } => Some(n),
            Node::Element { children, .. } => first_link(children),
            Node::Text(_) => None,
        })
    }

    #[test]
    fn renders_basic_markdown() {
        let nodes = parse("# Titel\n\nEen **vette** en *schuine* tekst.\n\n- een\n- twee");
        assert!(matches!(
            &nodes[0],
            Node::Element {
                element: Element::Heading3,
                ..
            }
        ));
        assert!(matches!(
            &nodes[1],
            Node::Element {
                element: Element::Paragraph,
                ..
            }
        ));
        assert!(
            matches!(&nodes[2], Node::Element { element: Element::BulletList, children, .. } if children.len() == 2)
        );
    }

    #[test]
    fn raw_html_stays_text() {
        let nodes = parse("Hallo <script>alert(1)</script> <img src=x onerror=alert(1)>");
        let text = plain_text(&nodes);
        assert!(text.contains("<script>alert(1)</script>"), "{text}");
        assert!(text.contains("onerror=alert(1)"));
        let block = parse("<div onclick=\"alert(1)\">x</div>");
        assert_eq!(plain_text(&block), "<div onclick=\"alert(1)\">x</div>");
    }

    #[test]
    fn dangerous_links_lose_their_href_but_keep_their_text() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<b>x",
            "vbscript:x",
            "//evil.example/x",
        ] {
            let nodes = parse(&format!("[klik]({url})"));
            assert!(first_link(&nodes).is_none(), "{url} must not become a link");
            assert_eq!(plain_text(&nodes), "klik");
        }
        // Control characters in a destination: not a link, shown as typed.
        assert!(first_link(&parse("[klik](java\tscript:x)")).is_none());
    }

    #[test]
    fn external_links_get_a_protective_rel() {
        let nodes = parse("[VNG](https://vng.nl)");
        let Some(Node::Element { attributes, .. }) = first_link(&nodes) else {
            panic!("no link")
        };
        assert!(attributes.contains(&("href", "https://vng.nl".to_owned())));
        assert!(attributes.contains(&("rel", EXTERNAL_REL.to_owned())));
    }

    #[test]
    fn images_become_their_alt_text() {
        assert_eq!(
            plain_text(&parse("![een kaart](https://tracker.example/pixel.png)")),
            "een kaart"
        );
    }
}
