//! The backend chosen from `config.json`, shared through context.

use crate::backend::pocketbase::PocketBase;
use crate::backend::static_json::StaticJson;
use crate::backend::Backend;
use crate::config::BackendConfig;
use leptos::prelude::*;
use std::sync::Arc;

/// The adapter every view talks to.
pub type SharedBackend = Arc<dyn Backend>;

/// Builds the adapter the config names and provides it to the views below.
pub fn provide_backend(config: &BackendConfig) -> Result<(), UnsupportedBackend> {
    let backend: SharedBackend = match config {
        BackendConfig::StaticJson { url } => Arc::new(StaticJson::new(url.clone())),
        BackendConfig::Pocketbase { url } => Arc::new(PocketBase::new(url)),
    };
    provide_context(backend);
    Ok(())
}

pub fn use_backend() -> SharedBackend {
    expect_context::<SharedBackend>()
}

/// A backend kind this build does not include yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsupportedBackend(pub &'static str);

impl std::fmt::Display for UnsupportedBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "In config.json staat backend \"{}\", maar deze versie van Knooppunt kan die nog niet gebruiken; kies \"static_json\".", self.0)
    }
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
