//! Widgets for intranets: `/embed/wall`, `/embed/events`, `/embed/themes` and
//! `/embed/member/:id`, shown in an iframe that `public/widget.js` puts on an intranet
//! page. No shell and no router: a compact heading, the list, and links that open the
//! full app in a new tab. The widget tells the page that frames it how tall it is
//! (`bridge`); the protocol is described in docs/hosting.md ("Widgets").

mod bridge;
mod frame;
mod lists;
mod member;

use crate::entry::{in_language, Configured};
use crate::i18n::Locale;
use crate::model::embed::{EmbedParams, EmbedTarget};
use crate::model::text::parse_query_string;
use crate::state::use_texts;
use frame::EmbedFrame;
use leptos::prelude::*;

/// The widget the address asks for, or `None` when this is the app itself.
pub fn current_target() -> Option<EmbedTarget> {
    let path = window().location().pathname().ok()?;
    EmbedTarget::from_path(&crate::routes::in_app(&crate::routes::base_path(), &path))
}

/// A widget page: the document made ready for a frame, then the widget.
#[component]
pub fn EmbedSite(target: EmbedTarget) -> impl IntoView {
    let search = window().location().search().unwrap_or_default();
    let params = EmbedParams::from_pairs(&parse_query_string(&search));
    prepare_document();
    bridge::start(&params);
    let theme = params.theme;
    match target {
        EmbedTarget::Wall => view! { <lists::WallWidget theme/> }.into_any(),
        EmbedTarget::Events => view! { <lists::EventsWidget theme/> }.into_any(),
        EmbedTarget::Themes => view! { <lists::ThemesWidget/> }.into_any(),
        EmbedTarget::Member(id) => view! { <member::MemberWidget id/> }.into_any(),
        EmbedTarget::Unknown => {
            let texts = use_texts();
            view! {
                <EmbedFrame heading=Signal::stored(texts.not_found_title.to_owned()) more="./">
                    <p>{texts.embed.unknown_widget}</p>
                </EmbedFrame>
            }
            .into_any()
        }
    }
}

/// Every link of a widget opens the app in a new tab (`<base target="_blank">`, which
/// browsers treat as `rel="noopener"`); the frame itself never navigates.
fn prepare_document() {
    if let Ok(Some(base)) = document().query_selector("base") {
        let _ = base.set_attribute("target", "_blank");
    }
}

/// The widget entry (`src/bin/knooppunt-embed.rs`, served as `embed.html` for
/// `/embed/…`): the site, then the widget. Its binary holds none of the app's shell,
/// router, pages, live stream or outbox, so a widget loads a fraction of the app.
#[component]
pub fn EmbedApp() -> impl IntoView {
    view! { <Configured render=widget/> }
}

fn widget(locale: Signal<Locale>) -> AnyView {
    let target = current_target().unwrap_or(EmbedTarget::Unknown);
    in_language(locale, move || view! { <EmbedSite target=target.clone()/> }.into_any())
}
