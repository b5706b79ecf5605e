//! Renders markdown that [`crate::model::markdown`] made safe, element by element
//! (no `inner_html`, so user text can never become markup).

use crate::model::markdown::{self, Element, Node};
use leptos::html;
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn Markdown(
    /// The markdown source, as the author wrote it.
    source: String,
) -> impl IntoView {
    let class = style! {
        .kp-markdown {
            overflow-wrap: anywhere;
        }
        .kp-markdown :deep(pre) {
            overflow-x: auto;
            background: var(--color-surface-alt);
            padding: var(--space-s);
            border-radius: var(--radius);
        }
        .kp-markdown :deep(blockquote) {
            border-inline-start-width: 3px;

            border-inline-start-style: solid;

            border-inline-start-color: var(--color-border);
            padding-inline-start: var(--space-m);
            color: var(--color-text-muted);
        }
    };
    let nodes: Vec<AnyView> = markdown::parse(&source).iter().map(node_view).collect();
    view! { class=class, <div class="kp-markdown">{nodes}</div> }
}

fn attribute(attributes: &[(&'static str, String)], name: &str) -> Option<String> {
    attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
}

fn node_view(node: &Node) -> AnyView {
    let (element, attributes, children) = match node {
        Node::Text(text) => return text.clone().into_any(),
        Node::Element {
            element,
            attributes,
            children,
        } => (element, attributes, children),
    };
    let kids: Vec<AnyView> = children.iter().map(node_view).collect();
    match element {
        Element::Paragraph => html::p().child(kids).into_any(),
        Element::Heading3 => html::h3().child(kids).into_any(),
        Element::Heading4 => html::h4().child(kids).into_any(),
        Element::Heading5 => html::h5().child(kids).into_any(),
        Element::Heading6 => html::h6().child(kids).into_any(),
        Element::Strong => html::strong().child(kids).into_any(),
        Element::Emphasis => html::em().child(kids).into_any(),
        Element::Strikethrough => html::del().child(kids).into_any(),
        Element::Code => html::code().child(kids).into_any(),
        Element::CodeBlock => html::pre().child(html::code().child(kids)).into_any(),
        Element::Quote => html::blockquote().child(kids).into_any(),
        Element::BulletList => html::ul().child(kids).into_any(),
        Element::NumberedList => html::ol()
            .start(attribute(attributes, "start").and_then(|s| s.parse::<i32>().ok()))
            .child(kids)
            .into_any(),
        Element::ListItem => html::li().child(kids).into_any(),
        Element::Link => html::a()
            .href(attribute(attributes, "href"))
            .rel(attribute(attributes, "rel"))
            .child(kids)
            .into_any(),
        Element::LineBreak => html::br().into_any(),
        Element::Rule => html::hr().into_any(),
    }
}
