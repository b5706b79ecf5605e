//! Split points: functions whose code the split release build (`scripts/build.mjs`,
//! features `split-routes` and `split-adapters`) moves into a WASM module of its own,
//! fetched on the first call.
//!
//! That fetch can fail — offline before the module was ever cached, a train entering a
//! tunnel. wasm-split's loader then panics by default, and a panic aborts the whole
//! WASM instance: the page freezes. A split point declared here returns
//! [`ModuleUnavailable`] instead, and the next call fetches again. Without the feature
//! the function is an ordinary call that cannot fail.

use std::fmt;

/// A module of the app that could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleUnavailable;

impl fmt::Display for ModuleUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a module of the app could not be fetched")
    }
}

impl std::error::Error for ModuleUnavailable {}

#[cfg(any(feature = "split-routes", feature = "split-adapters"))]
impl From<leptos::wasm_split::SplitLoaderError> for ModuleUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ModuleUnavailable
    }
}

/// Declares `async fn name(args) -> Result<T, ModuleUnavailable>` whose body is a split
/// point when the `cfg` predicate holds (the module is named after the function).
///
/// ```text
/// split_point! {
///     #[cfg(feature = "split-routes")]
///     /// The wall's pages.
///     fn wall_area(page: WallPages) -> AnyView { ... }
/// }
/// ```
macro_rules! split_point {
    (
        #[cfg($cfg:meta)]
        $(#[$attr:meta])*
        $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block
    ) => {
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::split_point::ModuleUnavailable> {
            #[cfg_attr(
                $cfg,
                leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)
            )]
            fn $name($($arg: $ty),*) -> Result<$ret, $crate::split_point::ModuleUnavailable> {
                Ok($body)
            }
            #[cfg($cfg)]
            let loaded = $name($($arg),*).await;
            #[cfg(not($cfg))]
            let loaded = $name($($arg),*);
            loaded
        }
    };
}

pub(crate) use split_point;
