//! Markdown to a tree of safe nodes.
//!
//! User text is parsed here and rendered node by node with `createElement` and
//! text nodes, never through `inner_html`. The parser knows the markdown people
//! write in posts — paragraphs, headings, lists, quotes, code, emphasis, links —
//! and nothing else, so anything it does not know (raw HTML included) stays
//! literal text. Links keep only safe schemes, images become their alt text (no
//! third-party requests), and headings start at `h3` so a post can never add an
//! `h1` or `h2` to the page outline. (pulldown-cmark did this too, but cost 65 KB
//! of gzipped WASM, a fifth of the bundle, mostly for HTML-entity tables.)

use super::member::web_url;

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

fn element(element: Element, children: Vec<Node>) -> Node {
    Node::Element {
        element,
        attributes: vec![],
        children,
    }
}

/// Parses markdown into safe nodes.
pub fn parse(source: &str) -> Vec<Node> {
    let normalised = source.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = normalised.lines().collect();
    blocks(&lines)
}

/// How a line starts a list item: its kind, its number and where its text begins.
struct ListMarker {
    ordered: bool,
    number: u64,
    content_start: usize,
}

fn list_marker(line: &str) -> Option<ListMarker> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    if indent > 3 {
        return None;
    }
    let bytes = trimmed.as_bytes();
    if let [b'-' | b'*' | b'+', b' ' | b'\t', ..] = bytes {
        if !is_rule(line) {
            return Some(ListMarker {
                ordered: false,
                number: 0,
                content_start: indent + 2,
            });
        }
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=9).contains(&digits)
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && matches!(bytes.get(digits + 1), Some(b' ' | b'\t'))
    {
        let number = trimmed[..digits].parse().unwrap_or(1);
        return Some(ListMarker {
            ordered: true,
            number,
            content_start: indent + digits + 2,
        });
    }
    None
}

fn is_rule(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3
        && ["-", "*", "_"]
            .iter()
            .any(|mark| compact.chars().all(|c| c.to_string() == *mark))
}

fn heading(line: &str) -> Option<(usize, &str)> {
    let trimmed = line.trim_start();
    let level = trimmed.bytes().take_while(|b| *b == b'#').count();
    let rest = &trimmed[level..];
    if (1..=6).contains(&level) && (rest.is_empty() || rest.starts_with([' ', '\t'])) {
        Some((level, rest.trim().trim_end_matches('#').trim_end()))
    } else {
        None
    }
}

/// An opening or closing code fence; the text after it may only name a language, so a
/// line like "```zie hier: http://x" stays visible text instead of vanishing as an info string.
fn fence(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    let marker = ["```", "~~~"].into_iter().find(|f| trimmed.starts_with(f))?;
    let info = trimmed.trim_start_matches(marker.chars().next()?).trim();
    info.chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '+' | '_' | '.'))
        .then_some(marker)
}

fn quote_content(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix('>')?;
    Some(rest.strip_prefix(' ').unwrap_or(rest))
}

/// Whether `line` begins a block other than a paragraph (and so ends a paragraph).
fn starts_block(line: &str) -> bool {
    heading(line).is_some()
        || fence(line).is_some()
        || quote_content(line).is_some()
        || is_rule(line)
        || list_marker(line).is_some()
}

fn blocks(lines: &[&str]) -> Vec<Node> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim().is_empty() {
            i += 1;
        } else if let Some(marker) = fence(line) {
            let end = lines[i + 1..]
                .iter()
                .position(|l| l.trim_start().starts_with(marker))
                .map_or(lines.len(), |p| i + 1 + p);
            let code = lines[i + 1..end].join("\n");
            out.push(element(Element::CodeBlock, vec![Node::Text(code)]));
            i = end + 1;
        } else if let Some((level, text)) = heading(line) {
            let element_kind = match level {
                1 => Element::Heading3,
                2 => Element::Heading4,
                3 => Element::Heading5,
                _ => Element::Heading6,
            };
            out.push(element(element_kind, inlines(text)));
            i += 1;
        } else if is_rule(line) {
            out.push(element(Element::Rule, vec![]));
            i += 1;
        } else if quote_content(line).is_some() {
            let mut inner = Vec::new();
            while let Some(content) = lines.get(i).and_then(|l| quote_content(l)) {
                inner.push(content);
                i += 1;
            }
            out.push(element(Element::Quote, blocks(&inner)));
        } else if let Some(first) = list_marker(line) {
            let (list, next) = list(lines, i, &first);
            out.push(list);
            i = next;
        } else {
            let start = i;
            i += 1;
            while i < lines.len() && !lines[i].trim().is_empty() && !starts_block(lines[i]) {
                i += 1;
            }
            out.push(element(Element::Paragraph, paragraph_inlines(&lines[start..i])));
        }
    }
    out
}

/// A list starting at `lines[start]`; returns the list and the index after it.
fn list(lines: &[&str], start: usize, first: &ListMarker) -> (Node, usize) {
    let mut items = Vec::new();
    let mut i = start;
    while let Some(marker) = lines
        .get(i)
        .and_then(|l| list_marker(l))
        .filter(|m| m.ordered == first.ordered)
    {
        let mut content: Vec<String> = vec![lines[i].get(marker.content_start..).unwrap_or("").to_owned()];
        i += 1;
        // The item goes on with indented lines (nested content) and lazy continuation lines.
        while let Some(line) = lines.get(i) {
            let indented = line.len() - line.trim_start().len() >= 2;
            if line.trim().is_empty() {
                let continues = lines
                    .get(i + 1)
                    .is_some_and(|next| next.len() - next.trim_start().len() >= 2 && !next.trim().is_empty());
                if !continues {
                    break;
                }
                content.push(String::new());
            } else if indented {
                content.push(
                    line.chars()
                        .skip(marker.content_start.min(line.len() - line.trim_start().len()))
                        .collect(),
                );
            } else if !starts_block(line) {
                content.push(line.trim().to_owned());
            } else {
                break;
            }
            i += 1;
        }
        let refs: Vec<&str> = content.iter().map(String::as_str).collect();
        let mut children = blocks(&refs);
        // A tight item's single paragraph renders as plain inline content.
        if let [Node::Element {
            element: Element::Paragraph,
            ..
        }, ..] = children.as_slice()
        {
            if let Node::Element { children: inline, .. } = children.remove(0) {
                let mut merged = inline;
                merged.append(&mut children);
                children = merged;
            }
        }
        items.push(element(Element::ListItem, children));
        if lines.get(i).is_some_and(|l| l.trim().is_empty()) {
            i += 1;
        }
    }
    let node = if first.ordered {
        let attributes = if first.number == 1 {
            vec![]
        } else {
            vec![("start", first.number.to_string())]
        };
        Node::Element {
            element: Element::NumberedList,
            attributes,
            children: items,
        }
    } else {
        element(Element::BulletList, items)
    };
    (node, i)
}

/// The inline content of a paragraph: lines joined by spaces, or by a line break where a
/// line ends in two spaces or a backslash.
fn paragraph_inlines(lines: &[&str]) -> Vec<Node> {
    let mut out = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let last = n + 1 == lines.len();
        let hard = !last && (line.ends_with("  ") || line.ends_with('\\'));
        let text = if hard {
            line.trim_end().trim_end_matches('\\')
        } else {
            line.trim()
        };
        append(&mut out, inlines(text.trim_start()));
        if hard {
            out.push(element(Element::LineBreak, vec![]));
        } else if !last {
            append(&mut out, vec![Node::Text(" ".into())]);
        }
    }
    out
}

/// Appends nodes, merging adjacent text so "a <b> c" stays one text node.
fn append(out: &mut Vec<Node>, nodes: Vec<Node>) {
    for node in nodes {
        if let (Node::Text(new), Some(Node::Text(prev))) = (&node, out.last_mut()) {
            prev.push_str(new);
            continue;
        }
        out.push(node);
    }
}

/// Inline markdown: code spans, emphasis, strikethrough, links, images and autolinks.
fn inlines(text: &str) -> Vec<Node> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((node, next)) = inline_at(&chars, i) {
            if !plain.is_empty() {
                append(&mut out, vec![Node::Text(std::mem::take(&mut plain))]);
            }
            append(&mut out, node);
            i = next;
        } else {
            if chars[i] == '\\' && chars.get(i + 1).is_some_and(|c| c.is_ascii_punctuation()) {
                i += 1;
            }
            plain.push(chars[i]);
            i += 1;
        }
    }
    if !plain.is_empty() {
        append(&mut out, vec![Node::Text(plain)]);
    }
    out
}

fn find(chars: &[char], from: usize, pattern: &str) -> Option<usize> {
    let pattern: Vec<char> = pattern.chars().collect();
    (from..chars.len()).find(|&i| chars[i..].starts_with(&pattern))
}

fn collect(chars: &[char]) -> String {
    chars.iter().collect()
}

/// The inline construct starting at `chars[i]`, if any, and the index after it.
fn inline_at(chars: &[char], i: usize) -> Option<(Vec<Node>, usize)> {
    let rest = &chars[i..];
    let before = i.checked_sub(1).map(|p| chars[p]);
    match rest[0] {
        '`' => {
            let ticks = rest.iter().take_while(|c| **c == '`').count();
            let fence = "`".repeat(ticks);
            let end = find(chars, i + ticks, &fence)?;
            let code = collect(&chars[i + ticks..end]);
            Some((
                vec![element(Element::Code, vec![Node::Text(code.trim().to_owned())])],
                end + ticks,
            ))
        }
        '*' | '_' | '~' => {
            let mark = rest[0];
            // Intraword underscores (snake_case) are not emphasis.
            if mark == '_' && before.is_some_and(char::is_alphanumeric) {
                return None;
            }
            let run = rest.iter().take_while(|c| **c == mark).count().min(2);
            if mark == '~' && run < 2 {
                return None;
            }
            let delimiter = mark.to_string().repeat(run);
            let start = i + run;
            if chars.get(start).is_none_or(|c| c.is_whitespace()) {
                return None;
            }
            let delimiter: Vec<char> = delimiter.chars().collect();
            let found = (start + 1..chars.len()).find(|&e| {
                chars[e..].starts_with(&delimiter)
                    && !chars[e - 1].is_whitespace()
                    && (run == 2 || chars.get(e + 1) != Some(&mark))
                    && (mark != '_' || chars.get(e + run).is_none_or(|c| !c.is_alphanumeric()))
            })?;
            // In "**a *b***" the strong closes with the last two stars of the run.
            let closing_run = chars[found..].iter().take_while(|c| **c == mark).count();
            let end = found + closing_run.saturating_sub(run);
            let kind = match (mark, run) {
                ('~', _) => Element::Strikethrough,
                (_, 2) => Element::Strong,
                _ => Element::Emphasis,
            };
            Some((vec![element(kind, inlines(&collect(&chars[start..end])))], end + run))
        }
        '!' if rest.get(1) == Some(&'[') => {
            let (label, _, next) = link_parts(chars, i + 1)?;
            Some((vec![Node::Text(label)], next))
        }
        '[' => {
            let (label, href, next) = link_parts(chars, i)?;
            let children = inlines(&label);
            Some((link(&href, children), next))
        }
        '<' => {
            let end = find(chars, i + 1, ">")?;
            let url = collect(&chars[i + 1..end]);
            if url.contains(char::is_whitespace)
                || !(url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:"))
            {
                return None;
            }
            Some((link(&url, vec![Node::Text(url.clone())]), end + 1))
        }
        'h' if before.is_none_or(|c| !c.is_alphanumeric())
            && (rest.starts_with(&['h', 't', 't', 'p', 's', ':', '/', '/'])
                || rest.starts_with(&['h', 't', 't', 'p', ':', '/', '/'])) =>
        {
            let len = rest.iter().take_while(|c| !c.is_whitespace() && **c != '<').count();
            // Trailing punctuation ends the sentence, not the URL.
            let len = len
                - rest[..len]
                    .iter()
                    .rev()
                    .take_while(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\'' | '"'))
                    .count();
            let url = collect(&rest[..len]);
            Some((link(&url, vec![Node::Text(url.clone())]), i + len))
        }
        _ => None,
    }
}

/// `[label](destination "title")` starting at `chars[i] == '['`: label, destination, next index.
fn link_parts(chars: &[char], i: usize) -> Option<(String, String, usize)> {
    let mut depth = 0;
    let close = (i..chars.len()).find(|&j| {
        match chars[j] {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ => {}
        }
        depth == 0
    })?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    // Parentheses may nest inside the destination: (https://nl.wikipedia.org/wiki/Zwolle_(stad)).
    let mut depth = 1;
    let end = (close + 2..chars.len()).find(|&j| {
        match chars[j] {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        depth == 0
    })?;
    let inside = collect(&chars[close + 2..end]);
    let destination = inside
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c| c == '<' || c == '>')
        .to_owned();
    Some((collect(&chars[i + 1..close]), destination, end + 1))
}

/// A link to `href` if it is safe, else just its text.
fn link(href: &str, children: Vec<Node>) -> Vec<Node> {
    match safe_href(href) {
        Some(Href::External(href)) => vec![Node::Element {
            element: Element::Link,
            attributes: vec![("href", href), ("rel", EXTERNAL_REL.to_owned())],
            children,
        }],
        Some(Href::Internal(href)) => vec![Node::Element {
            element: Element::Link,
            attributes: vec![("href", href)],
            children,
        }],
        None => children,
    }
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
    if let Some(web) = web_url(url) {
        Some(Href::External(web.to_owned()))
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

    fn tags(nodes: &[Node]) -> Vec<&'static str> {
        nodes
            .iter()
            .filter_map(|n| match n {
                Node::Element { element, .. } => Some(element.tag()),
                Node::Text(_) => None,
            })
            .collect()
    }

    fn children(node: &Node) -> &[Node] {
        match node {
            Node::Element { children, .. } => children,
            Node::Text(_) => &[],
        }
    }

    #[test]
    fn inline_emphasis_code_and_strikethrough() {
        let nodes = parse("Een **vette *en schuine*** tekst, `code met *sterren*` en ~~weg~~.");
        let inline = children(&nodes[0]);
        assert_eq!(tags(inline), ["strong", "code", "del"]);
        assert_eq!(tags(children(&inline[1])), ["em"]);
        assert_eq!(
            plain_text(children(&inline[3])),
            "code met *sterren*",
            "no markdown inside code"
        );
    }

    #[test]
    fn snake_case_and_lone_stars_stay_text() {
        for text in [
            "snake_case_name blijft",
            "3 * 4 = 12",
            "een * los",
            "**",
            "_x",
            "a__b__c",
        ] {
            assert_eq!(tags(children(&parse(text)[0])), Vec::<&str>::new(), "{text}");
            assert_eq!(plain_text(&parse(text)), text);
        }
    }

    #[test]
    fn block_structure() {
        let nodes = parse("> geciteerd\n> verder\n\n```\n<b>code</b>\n```\n\n---\n\n3. drie\n4. vier");
        assert_eq!(tags(&nodes), ["blockquote", "pre", "hr", "ol"]);
        assert_eq!(plain_text(children(&nodes[0])), "geciteerd verder");
        assert_eq!(plain_text(children(&nodes[1])), "<b>code</b>");
        let Node::Element {
            attributes,
            children: items,
            ..
        } = &nodes[3]
        else {
            panic!()
        };
        assert_eq!(attributes, &vec![("start", "3".to_owned())]);
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn nested_lists_and_hard_breaks() {
        let nodes = parse("- een\n  - een.a\n  - een.b\n- twee\n\nregel  \nvolgende");
        assert_eq!(tags(&nodes), ["ul", "p"]);
        let first_item = &children(&nodes[0])[0];
        assert_eq!(tags(children(first_item)), ["ul"]);
        assert_eq!(tags(children(&nodes[1])), ["br"]);
    }

    #[test]
    fn bare_and_angle_urls_become_links_without_trailing_punctuation() {
        let nodes = parse("Zie https://www.vng.nl/open-data. Of <https://ipo.nl>, of mail <mailto:a@b.nl>.");
        let links: Vec<String> = children(&nodes[0])
            .iter()
            .filter_map(|n| match n {
                Node::Element {
                    element: Element::Link,
                    attributes,
                    ..
                } => Some(attributes[0].1.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            links,
            ["https://www.vng.nl/open-data", "https://ipo.nl", "mailto:a@b.nl"]
        );
    }

    #[test]
    fn escapes_are_literal() {
        assert_eq!(
            plain_text(&parse(r"\*niet schuin\* en \[geen link\](x)")),
            "*niet schuin* en [geen link](x)"
        );
    }

    #[test]
    fn arbitrary_input_never_panics_and_keeps_its_text() {
        // A deterministic stream of awkward snippets, including multi-byte characters.
        let pieces = [
            "*", "**", "_", "`", "[", "](", ")", "<", ">", "!", "#", "- ", "1. ", "> ", "\n", "  ", "\\", "~~", "é",
            "ĳ", "😀", "http://", "a", "```",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let rendered = plain_text(&parse(&text));
            // A link's destination and a code fence's language are not shown; all other text is.
            let fence_language = text
                .lines()
                .any(|l| l.trim_start().starts_with("```") && !l.trim().trim_matches('`').is_empty());
            if text.contains("](") || fence_language {
                continue;
            }
            for letter in ["é", "ĳ", "😀"] {
                assert_eq!(
                    text.matches(letter).count(),
                    rendered.matches(letter).count(),
                    "{text:?} -> {rendered:?}"
                );
            }
        }
    }

    #[test]
    fn link_destinations_may_hold_parentheses() {
        let nodes = parse("[Zwolle](https://nl.wikipedia.org/wiki/Zwolle_(stad)) ligt in Overijssel.");
        let Some(Node::Element { attributes, .. }) = first_link(&nodes) else {
            panic!("no link")
        };
        assert_eq!(attributes[0].1, "https://nl.wikipedia.org/wiki/Zwolle_(stad)");
        assert_eq!(plain_text(&nodes), "Zwolle ligt in Overijssel.");
    }

    #[test]
    fn images_become_their_alt_text() {
        assert_eq!(
            plain_text(&parse("![een kaart](https://tracker.example/pixel.png)")),
            "een kaart"
        );
    }
}
