//! The backend chosen from `config.json`, shared through context.

use crate::backend::pocketbase::PocketBase;
use crate::backend::static_json::StaticJson;
use crate::backend::Backend;
use crate::config::BackendConfig;
use crate::split_point::{split_point, ModuleUnavailable};
use leptos::prelude::*;
use std::sync::Arc;

/// The adapter every view talks to.
pub type SharedBackend = Arc<dyn Backend>;

/// Builds the adapter the config names.
///
/// In the widgets' release build (feature `split-adapters`) each adapter is built behind
/// a split point of its own: its code — every trait method, reached only through the
/// `dyn Backend` vtable made here — is a module that is fetched only when a host's
/// config names it, and that fetch can fail.
pub async fn connect_backend(config: &BackendConfig) -> Result<SharedBackend, ModuleUnavailable> {
    match config {
        BackendConfig::StaticJson { url } => static_json_adapter(url.clone()).await,
        BackendConfig::Pocketbase { url } => pocketbase_adapter(url.clone()).await,
    }
}

split_point! {
    #[cfg(feature = "split-adapters")]
    fn static_json_adapter(url: String) -> SharedBackend {
        Arc::new(StaticJson::new(url))
    }
}

split_point! {
    #[cfg(feature = "split-adapters")]
    fn pocketbase_adapter(url: String) -> SharedBackend {
        Arc::new(PocketBase::new(&url))
    }
}

/// Provides the adapter to the views below.
pub fn provide_backend(backend: SharedBackend) {
    provide_context(backend);
}

pub fn use_backend() -> SharedBackend {
    expect_context::<SharedBackend>()
}

/// A resource that loads through the backend: `fetch` gets the backend and returns the future.
/// Signals read before the future starts are tracked, so the resource reloads when they change.
pub fn backend_resource<T, Fut>(fetch: impl Fn(SharedBackend) -> Fut + 'static) -> LocalResource<T>
where
    T: 'static,
    Fut: std::future::Future<Output = T> + 'static,
{
    let backend = use_backend();
    // What a viewer may see depends on who they are: logging in or out loads again.
    let session = use_context::<super::SessionState>();
    LocalResource::new(move || {
        if let Some(session) = session {
            session.account();
        }
        fetch(backend.clone())
    })
}
