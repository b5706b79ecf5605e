//! Asks before leaving a form with unsaved changes: the browser's own question when the
//! tab is closed or reloaded, and ours when a link inside the app is followed.

use leptos::ev;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

#[component]
pub fn UnsavedGuard(
    /// Whether there is something to lose.
    #[prop(into)]
    dirty: Signal<bool>,
    /// The question asked before following a link.
    question: &'static str,
) -> impl IntoView {
    let unload = window_event_listener(ev::beforeunload, move |event| {
        if dirty.get_untracked() {
            // Browsers show their own wording; the return value only has to be set.
            event.prevent_default();
            event.set_return_value(question);
        }
    });
    // On the document, so it runs before the router's click handler on the window,
    // which leaves a click alone once its default is prevented.
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
        if !dirty.get_untracked() || event.default_prevented() {
            return;
        }
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten());
        if link.is_some() && !window().confirm_with_message(question).unwrap_or(true) {
            event.prevent_default();
            event.stop_propagation();
        }
    });
    let click_listener = on_click.into_js_value();
    _ = document().add_event_listener_with_callback("click", click_listener.unchecked_ref());
    let click_listener = SendWrapper::new(click_listener);
    on_cleanup(move || {
        unload.remove();
        _ = document().remove_event_listener_with_callback("click", click_listener.unchecked_ref());
    });
}
