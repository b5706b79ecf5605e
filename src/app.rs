//! The app: once the site is known (`entry`), the router inside the site shell, or a
//! widget without the shell for `/embed/…` (`crate::embed`).

use crate::components::account::SessionExpiredNotice;
use crate::components::shell::{AppStatus, OutboxPanel, SiteFooter, SiteHeader};
use crate::embed::EmbedSite;
use crate::entry::{in_language, Configured};
use crate::i18n::Locale;
use crate::pages::NotFoundPage;
use crate::state::{provide_app_update, provide_connectivity, provide_live, provide_outbox};
use lazy_routes::*;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy};

mod lazy_routes;

#[component]
pub fn App() -> impl IntoView {
    view! { <Configured render=site/> }
}

fn site(locale: Signal<Locale>) -> AnyView {
    // A widget on an intranet shows a few items and takes no part in the live stream.
    let embed = crate::embed::current_target();
    if embed.is_none() {
        provide_live();
        provide_connectivity();
        provide_outbox();
        provide_app_update();
    }
    in_language(locale, move || match embed.clone() {
        // Widgets have their own entry (`embed.html`); a server that sends index.html for
        // `/embed/…` (set up before there was one) still gets the widget. Not a split point
        // of its own: one more made the areas share 55 chunks instead of 35.
        Some(target) => view! { <EmbedSite target/> }.into_any(),
        None => view! { <SiteRouter/> }.into_any(),
    })
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
                    <Route path=path!("/forgot-password") view={Lazy::<ForgotPasswordRoute>::new()}/>
                    <Route path=path!("/reset-password") view={Lazy::<ResetPasswordRoute>::new()}/>
                    <Route path=path!("/verify-email") view={Lazy::<VerifyEmailRoute>::new()}/>
                    <Route path=path!("/confirm-email") view={Lazy::<ConfirmEmailRoute>::new()}/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}
