//! The app: loads `config.json`, then the router inside the site shell, or a widget
//! without the shell for `/embed/…` (`crate::embed`).

use crate::components::account::SessionExpiredNotice;
use crate::components::shell::{AppStatus, OutboxPanel, SiteFooter, SiteHeader};
use crate::config::Config;
use crate::embed::EmbedSite;
use crate::pages::{ConfigErrorPage, NotFoundPage};
use crate::state::{
    load_config, provide_app_update, provide_backend, provide_connectivity, provide_live, provide_outbox,
    provide_session, provide_site, use_backend,
};
use lazy_routes::*;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy};

mod lazy_routes;

#[component]
pub fn App() -> impl IntoView {
    let config = LocalResource::new(load_config);
    // Nothing to show until the config names the site; it is one small file.
    view! {
        // Until then index.html's own shell shows (`#kp-boot`); it goes as the app's comes.
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let config = config.await;
                remove_boot_shell();
                match config {
                    Ok(config) => view! { <Site config/> }.into_any(),
                    Err(error) => view! { <ConfigErrorPage message=error.to_string()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Site(config: Config) -> impl IntoView {
    if let Err(error) = config.check_served_under(&crate::routes::base_path()) {
        return view! { <ConfigErrorPage message=error.to_string()/> }.into_any();
    }
    if let Err(error) = provide_backend(&config.backend) {
        return view! { <ConfigErrorPage message=error.to_string()/> }.into_any();
    }
    provide_session(use_backend());
    // A widget on an intranet shows a few items and takes no part in the live stream.
    let embed = crate::embed::current_target();
    if embed.is_none() {
        provide_live();
        provide_connectivity();
        provide_outbox();
        provide_app_update();
    }
    apply_tokens(&config);
    if let Some(icon) = &config.favicon {
        set_favicon(icon);
    }
    let locale = provide_site(config);
    // Views read their texts once; a new language renders the whole site again.
    (move || {
        set_document_language(locale.get().code());
        match embed.clone() {
            // No router in a widget: its links leave the frame for the app (`embed`).
            Some(target) => view! { <EmbedSite target/> }.into_any(),
            None => view! { <SiteRouter/> }.into_any(),
        }
    })
    .into_any()
}

/// The shell and the routes.
#[component]
fn SiteRouter() -> impl IntoView {
    view! {
        // Served under a sub-path, the router matches and navigates below it.
        <Router base=crate::routes::base_path()>
            <SiteHeader/>
            <AppStatus/>
            <OutboxPanel/>
            <main id="inhoud" tabindex="-1" class="kp-page">
                <SessionExpiredNotice/>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view={Lazy::<HomeRoute>::new()}/>
                    <Route path=path!("/members") view={Lazy::<MembersRoute>::new()}/>
                    <Route path=path!("/members/:id") view={Lazy::<MemberRoute>::new()}/>
                    <Route path=path!("/themes") view={Lazy::<ThemesRoute>::new()}/>
                    <Route path=path!("/themes/new") view={Lazy::<ThemeNewRoute>::new()}/>
                    <Route path=path!("/themes/:slug") view={Lazy::<ThemeRoute>::new()}/>
                    <Route path=path!("/themes/:slug/edit") view={Lazy::<ThemeEditRoute>::new()}/>
                    <Route path=path!("/themes/:slug/events/new") view={Lazy::<EventNewRoute>::new()}/>
                    <Route path=path!("/wall") view={Lazy::<WallRoute>::new()}/>
                    <Route path=path!("/wall/:id") view={Lazy::<PostRoute>::new()}/>
                    <Route path=path!("/events") view={Lazy::<EventsRoute>::new()}/>
                    <Route path=path!("/events/:id") view={Lazy::<EventRoute>::new()}/>
                    <Route path=path!("/events/:id/edit") view={Lazy::<EventEditRoute>::new()}/>
                    <Route path=path!("/login") view={Lazy::<LoginRoute>::new()}/>
                    <Route path=path!("/register") view={Lazy::<RegisterRoute>::new()}/>
                    <Route path=path!("/profile") view={Lazy::<ProfileRoute>::new()}/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

/// Takes away the shell that index.html painted before the WASM ran. The app's own
/// shell is mounted in the same task, so no frame shows neither (or both).
fn remove_boot_shell() {
    if let Some(shell) = document().get_element_by_id("kp-boot") {
        shell.remove();
    }
}

/// Applies the host's design-token overrides as CSS custom properties on `<html>`.
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

fn set_document_language(lang: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang);
    }
}
