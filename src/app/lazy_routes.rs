//! Every route as a [`LazyRoute`]: with the `split-routes` feature (the release build,
//! `scripts/build.mjs`) each area's pages go into a WASM module of their own, fetched the
//! first time one of them opens, so a first visit downloads the shell and one area
//! instead of the whole app. Without it (`trunk serve`, the tests) the same routes are plain
//! async views, and nothing else changes.
//!
//! The router waits for a lazy view before it swaps pages, so the previous page stays
//! until the next one is ready: no flash of an empty `<main>`. An area that cannot be
//! fetched (offline before it was ever cached) shows why, with a button to try again.

use crate::components::common::AreaUnavailable;
use crate::pages::{
    Area, ConfirmEmailPage, EventEditPage, EventNewPage, EventPage, EventsPage, ForgotPasswordPage, Gate, HomePage,
    LoginPage, MemberPage, MembersPage, PostPage, ProfilePage, RegisterPage, ResetPasswordPage, ThemeEditPage,
    ThemeNewPage, ThemePage, ThemesPage, VerifyEmailPage, WallPage,
};
use crate::split_point::{split_point, ModuleUnavailable};
use leptos::prelude::*;
use leptos_router::LazyRoute;

/// Declares the routes by area. Each area is one split point: its pages' code is one
/// module, fetched when the first page of that area opens. One point per route made over
/// a hundred small shared chunks, and a page fetched dozens of them (issue 15's note).
macro_rules! lazy_areas {
    ($($(#[$area_doc:meta])* $area:ident($page:ident) {
        $($(#[$doc:meta])* $route:ident => $view:expr;)+
    })+) => {$(
        /// The pages of one area, as the area's module is asked for one of them.
        // Each variant is named after the route type it stands for.
        #[allow(clippy::enum_variant_names)]
        #[derive(Clone, Copy)]
        enum $page {
            $($route,)+
        }

        split_point! {
            #[cfg(feature = "split-routes")]
            $(#[$area_doc])*
            // The chunk boundary: with `split-routes` this function (and all it alone
            // reaches) is a module of its own, fetched on its first call.
            fn $area(page: $page) -> AnyView {
                match page {
                    $($page::$route => $view.into_any(),)+
                }
            }
        }

        $(
            $(#[$doc])*
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    match $area($page::$route).await {
                        Ok(page) => page,
                        Err(ModuleUnavailable) => view! {
                            <AreaUnavailable load=|| $area($page::$route)/>
                        }
                        .into_any(),
                    }
                }
            }
        )+
    )+};
}

lazy_areas! {
    /// The start page.
    home_area(HomePages) {
        /// `/`
        HomeRoute => view! { <HomePage/> };
    }
    /// The directory.
    directory_area(DirectoryPages) {
        /// `/members`
        MembersRoute => view! { <Gate area=Area::Directory><MembersPage/></Gate> };
        /// `/members/:id`
        MemberRoute => view! { <Gate area=Area::Directory><MemberPage/></Gate> };
    }
    /// The knowledge wall: its list, a post, the composer, moderating posts.
    wall_area(WallPages) {
        /// `/wall`
        WallRoute => view! { <Gate area=Area::Wall><WallPage/></Gate> };
        /// `/wall/:id`
        PostRoute => view! { <Gate area=Area::Wall><PostPage/></Gate> };
    }
    /// Theme groups: the list, a theme with its wall and moderation, the forms.
    groups_area(GroupPages) {
        /// `/themes`
        ThemesRoute => view! { <ThemesPage/> };
        /// `/themes/new`
        ThemeNewRoute => view! { <ThemeNewPage/> };
        /// `/themes/:slug`
        ThemeRoute => view! { <ThemePage/> };
        /// `/themes/:slug/edit`
        ThemeEditRoute => view! { <ThemeEditPage/> };
        /// `/themes/:slug/events/new`
        EventNewRoute => view! { <Gate area=Area::Meetings><EventNewPage/></Gate> };
    }
    /// Meetings.
    meetings_area(MeetingPages) {
        /// `/events`
        EventsRoute => view! { <Gate area=Area::Meetings><EventsPage/></Gate> };
        /// `/events/:id`
        EventRoute => view! { <Gate area=Area::Meetings><EventPage/></Gate> };
        /// `/events/:id/edit`
        EventEditRoute => view! { <Gate area=Area::Meetings><EventEditPage/></Gate> };
    }
    /// Logging in, registering and one's own profile.
    account_area(AccountPages) {
        /// `/login`
        LoginRoute => view! { <LoginPage/> };
        /// `/register`
        RegisterRoute => view! { <RegisterPage/> };
        /// `/profile`
        ProfileRoute => view! { <ProfilePage/> };
        /// `/forgot-password`
        ForgotPasswordRoute => view! { <ForgotPasswordPage/> };
        /// `/reset-password?token=…`
        ResetPasswordRoute => view! { <ResetPasswordPage/> };
        /// `/verify-email?token=…`
        VerifyEmailRoute => view! { <VerifyEmailPage/> };
        /// `/confirm-email?token=…`
        ConfirmEmailRoute => view! { <ConfirmEmailPage/> };
    }
}
