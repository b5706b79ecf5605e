//! Every route as a [`LazyRoute`]: with the `split` feature (the release build,
//! `scripts/build.mjs`) each page's code goes into a WASM chunk of its own, fetched the
//! first time the page opens, so a first visit downloads the shell and one page instead
//! of the whole app. Without it (`trunk serve`, the tests) the same routes are plain
//! async views, and nothing else changes.
//!
//! The router waits for a lazy view before it swaps pages, so the previous page stays
//! until the next one is ready: no flash of an empty `<main>`.

use crate::pages::{
    Area, EventEditPage, EventNewPage, EventPage, EventsPage, Gate, HomePage, LoginPage, MemberPage, MembersPage,
    PostPage, ProfilePage, RegisterPage, ThemeEditPage, ThemeNewPage, ThemePage, ThemesPage, WallPage,
};
use leptos::prelude::*;
use leptos_router::LazyRoute;

/// Declares one route type per page: `Name => view` renders `view` from its own chunk.
macro_rules! lazy_routes {
    ($($(#[$doc:meta])* $route:ident, $chunk:ident => $view:expr;)+) => {$(
        $(#[$doc])*
        pub struct $route;

        // The chunk boundary: with `split`, `#[lazy]` makes this function (and all it
        // alone reaches) a module of its own, loaded on its first call.
        #[cfg_attr(feature = "split", leptos::lazy)]
        async fn $chunk() -> AnyView {
            $view.into_any()
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                $chunk().await
            }
        }
    )+};
}

lazy_routes! {
    /// `/`
    HomeRoute, home_page => view! { <HomePage/> };
    /// `/members`
    MembersRoute, members_page => view! { <Gate area=Area::Directory><MembersPage/></Gate> };
    /// `/members/:id`
    MemberRoute, member_page => view! { <Gate area=Area::Directory><MemberPage/></Gate> };
    /// `/themes`
    ThemesRoute, themes_page => view! { <ThemesPage/> };
    /// `/themes/new`
    ThemeNewRoute, theme_new_page => view! { <ThemeNewPage/> };
    /// `/themes/:slug`
    ThemeRoute, theme_page => view! { <ThemePage/> };
    /// `/themes/:slug/edit`
    ThemeEditRoute, theme_edit_page => view! { <ThemeEditPage/> };
    /// `/themes/:slug/events/new`
    EventNewRoute, event_new_page => view! { <Gate area=Area::Meetings><EventNewPage/></Gate> };
    /// `/wall`
    WallRoute, wall_page => view! { <Gate area=Area::Wall><WallPage/></Gate> };
    /// `/wall/:id`
    PostRoute, post_page => view! { <Gate area=Area::Wall><PostPage/></Gate> };
    /// `/events`
    EventsRoute, events_page => view! { <Gate area=Area::Meetings><EventsPage/></Gate> };
    /// `/events/:id`
    EventRoute, event_page => view! { <Gate area=Area::Meetings><EventPage/></Gate> };
    /// `/events/:id/edit`
    EventEditRoute, event_edit_page => view! { <Gate area=Area::Meetings><EventEditPage/></Gate> };
    /// `/login`
    LoginRoute, login_page => view! { <LoginPage/> };
    /// `/register`
    RegisterRoute, register_page => view! { <RegisterPage/> };
    /// `/profile`
    ProfileRoute, profile_page => view! { <ProfilePage/> };
}
