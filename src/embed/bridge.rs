//! The widget's side of the conversation with the page that frames it. Whenever the
//! content changes size, it posts `{type: "knooppunt:hoogte", frame, height, title}` to
//! its parent, addressed to the parent's origin from the `parent` parameter (never `"*"`);
//! it answers `{type: "knooppunt:hallo"}` the same way, but only from that origin.
//! Without a valid `parent` it sends nothing.

use crate::model::embed::{EmbedParams, HEIGHT_MESSAGE, HELLO_MESSAGE};
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Where the messages go: the parent's origin and the loader's frame number.
#[derive(Clone)]
struct Parent {
    origin: String,
    frame: u32,
}

thread_local! {
    static PARENT: RefCell<Option<Parent>> = const { RefCell::new(None) };
}

/// Starts reporting the height to the parent named in `params`, if any.
pub fn start(params: &EmbedParams) {
    let Some(origin) = params.parent.clone() else {
        return;
    };
    let parent = Parent {
        origin: origin.clone(),
        frame: params.frame,
    };
    PARENT.with(|p| *p.borrow_mut() = Some(parent));

    // The widget lives as long as its document: the callbacks are never dropped.
    let on_resize = Closure::<dyn FnMut()>::new(send_height);
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().document_element(),
    ) {
        observer.observe(&root);
        std::mem::forget(observer);
    }
    on_resize.forget();

    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        if event.origin() != origin {
            return;
        }
        let kind = Reflect::get(&event.data(), &JsValue::from_str("type"))
            .ok()
            .and_then(|kind| kind.as_string());
        if kind.as_deref() == Some(HELLO_MESSAGE) {
            send_height();
        }
    });
    let _ = window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

/// Posts the current content height (and the document title, which the loader gives the
/// iframe) to the parent, if the widget has one.
pub fn send_height() {
    let Some(parent) = PARENT.with(|p| p.borrow().clone()) else {
        return;
    };
    let Ok(Some(target)) = window().parent() else {
        return;
    };
    let document = document();
    let Some(root) = document.document_element() else {
        return;
    };
    let height = root.get_bounding_client_rect().height().ceil();
    let message = Object::new();
    for (key, value) in [
        ("type", JsValue::from_str(HEIGHT_MESSAGE)),
        ("frame", JsValue::from(parent.frame)),
        ("height", JsValue::from(height)),
        ("title", JsValue::from(document.title())),
    ] {
        let _ = Reflect::set(&message, &JsValue::from_str(key), &value);
    }
    let _ = target.post_message(&message, &parent.origin);
}
