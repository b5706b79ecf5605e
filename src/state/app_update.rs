//! The service worker (`sw.js`, written by `scripts/make-sw.mjs` for each build): this
//! registers it for the app's base path and notices when a new version of the app has
//! been installed and waits, so the reader can switch to it when it suits them.

use super::{use_backend, SharedBackend};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The message that tells a waiting worker to take over (sw.js listens for it).
const SKIP_WAITING: &str = "knooppunt:skip-waiting";
/// The message that gives the worker the reads it did not see (sw.js keeps them).
const KEEP_READS: &str = "knooppunt:bewaar";
/// How often an open tab asks whether a new version was published.
const UPDATE_CHECK_MS: u64 = 60 * 60 * 1000;

/// Whether a new version waits, and the way to switch to it.
#[derive(Clone, Copy)]
pub struct AppUpdate {
    waiting: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
}

impl AppUpdate {
    /// Tracked.
    pub fn waiting(&self) -> bool {
        self.waiting.get()
    }

    /// Lets the waiting version take over; the page reloads when it has.
    pub fn apply(&self) {
        let waiting = self.registration.with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        let (Some(worker), Some(container)) = (waiting, container()) else {
            return;
        };
        let reload = Closure::once_into_js(|| {
            let _ = window().location().reload();
        });
        container.set_oncontrollerchange(Some(reload.unchecked_ref()));
        let _ = worker.post_message(&message(SKIP_WAITING));
    }
}

/// Registers the service worker and provides [`AppUpdate`]. Without service workers
/// (plain http on another host than localhost, old browsers) the app runs as before.
pub fn provide_app_update() -> AppUpdate {
    let state = AppUpdate {
        waiting: RwSignal::new(false),
        registration: StoredValue::new_local(None),
    };
    provide_context(state);
    if let Some(container) = container() {
        if container.controller().is_none() {
            keep_early_reads_once_controlled(&container, use_backend());
        } else {
            // Another tab let the new version take over: nothing waits here any more.
            let on_change = Closure::<dyn Fn()>::new(move || state.waiting.set(false));
            let _ = container.add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
            on_change.forget();
        }
        spawn_local(async move {
            if let Some(registration) = register(&container).await {
                watch(&container, &registration, state.waiting);
                // The browser looks for a new sw.js on navigations; a tab that stays open
                // for days asks now and then.
                let checked = registration.clone();
                set_interval(
                    move || {
                        // Offline the check fails; the next one tries again.
                        if let Ok(check) = checked.update() {
                            spawn_local(async move {
                                let _ = JsFuture::from(check).await;
                            });
                        }
                    },
                    std::time::Duration::from_millis(UPDATE_CHECK_MS),
                );
                state.registration.set_value(Some(registration));
            }
        });
    }
    state
}

pub fn use_app_update() -> AppUpdate {
    expect_context::<AppUpdate>()
}

/// On a first visit the page reads its data before the worker controls it, so the worker
/// never saw those reads. Once it takes control, it is told their addresses to keep them
/// (`knooppunt:bewaar`), so this very visit reopens offline.
///
/// Only a visitor's reads: the worker fetches them again without the member's session, and
/// the backend would answer with the visitor's view under the member's addresses. A
/// member's reads are kept from their next read on.
fn keep_early_reads_once_controlled(container: &ServiceWorkerContainer, backend: SharedBackend) {
    let on_control = {
        let container = container.clone();
        Closure::once_into_js(move || {
            if backend.session().is_some() {
                return;
            }
            let Some(worker) = container.controller() else { return };
            let Some(performance) = window().performance() else {
                return;
            };
            let urls = js_sys::Array::new();
            for entry in performance.get_entries_by_type("resource") {
                let Ok(entry) = entry.dyn_into::<web_sys::PerformanceResourceTiming>() else {
                    continue;
                };
                // "link": index.html preloads config.json; the app's own read of it is then
                // answered from the preload and leaves no entry of its own.
                if matches!(entry.initiator_type().as_str(), "fetch" | "xmlhttprequest" | "link") {
                    urls.push(&entry.name().into());
                }
            }
            let keep = message(KEEP_READS);
            let _ = js_sys::Reflect::set(&keep, &"urls".into(), &urls);
            let _ = worker.post_message(&keep);
        })
    };
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = container.add_event_listener_with_callback_and_add_event_listener_options(
        "controllerchange",
        on_control.unchecked_ref(),
        &options,
    );
}

/// `{type: kind}`, a message sw.js understands (scripts/make-sw.mjs).
pub(super) fn message(kind: &str) -> js_sys::Object {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    message
}

/// The browser's service workers; `None` where there are none: outside a secure
/// context `navigator.serviceWorker` is missing, and calling it would throw.
pub(super) fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let available =
        window().is_secure_context() && js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    available.then(|| navigator.service_worker())
}

async fn register(container: &ServiceWorkerContainer) -> Option<ServiceWorkerRegistration> {
    // Relative to <base href>: the worker and its scope are the app's base path.
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("./");
    let registration = JsFuture::from(container.register_with_options("sw.js", &options))
        .await
        .map_err(|error| leptos::logging::warn!("service worker niet geregistreerd: {error:?}"))
        .ok()?;
    registration.dyn_into().ok()
}

/// Sets `waiting` when a new worker has installed while an older one controls the page.
/// The first worker of a browser controls nothing yet: that is not an update.
fn watch(container: &ServiceWorkerContainer, registration: &ServiceWorkerRegistration, waiting: RwSignal<bool>) {
    let controlled = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && controlled() {
        waiting.set(true);
    }
    let on_update = {
        let registration = registration.clone();
        Closure::<dyn Fn()>::new(move || {
            let Some(worker) = registration.installing() else {
                return;
            };
            let controlled = controlled.clone();
            let on_state = {
                let worker = worker.clone();
                Closure::<dyn Fn()>::new(move || {
                    if worker.state() == ServiceWorkerState::Installed && controlled() {
                        waiting.set(true);
                    }
                })
            };
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        })
    };
    registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
    // Lives as long as the page.
    on_update.forget();
}
