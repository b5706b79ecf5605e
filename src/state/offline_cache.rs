//! The service worker's cache of reads (`knooppunt-data` in `scripts/make-sw.mjs`): it
//! holds what a member read, so it is forgotten when they log out or another member logs
//! in on the same device.

use super::app_update::{container, message};

/// The cache's name, as `scripts/make-sw.mjs` writes it into sw.js.
const DATA_CACHE: &str = "knooppunt-data";
/// Tells the worker to forget the cache and to drop reads still on their way, which
/// belong to the member who left (sw.js counts these).
const FORGET: &str = "knooppunt:vergeet";

/// Forgets the reads kept for offline use.
pub fn forget_cached_reads() {
    if let Some(worker) = container().and_then(|c| c.controller()) {
        let _ = worker.post_message(&message(FORGET));
    }
    let window = leptos::prelude::window();
    // Outside a secure context `caches` is missing too; calling it would throw.
    if window.is_secure_context() && js_sys::Reflect::has(&window, &"caches".into()).unwrap_or(false) {
        if let Ok(caches) = window.caches() {
            // Also without a worker in control; the promise's outcome changes nothing here.
            let _ = caches.delete(DATA_CACHE);
        }
    }
}
