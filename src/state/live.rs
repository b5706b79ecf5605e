//! Live changes from the backend's event stream, for the pages that show them: new posts
//! from others on the wall, comments appearing under a post. The stream reconnects by
//! itself after the network drops; each reconnect is counted, so pages fetch what they
//! missed meanwhile.

use super::{use_backend, use_session, SessionState, SharedBackend};
use crate::backend::LiveEvent;
use crate::model::PostId;
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long to wait before opening a new stream when the browser gave up on one.
const REOPEN_AFTER_MS: i32 = 3_000;

#[derive(Clone, Copy)]
pub struct LiveState {
    /// Posts others created since the wall last caught up, oldest first.
    pub new_posts: RwSignal<Vec<PostId>>,
    /// The post whose comments changed last, with a running number so that two changes
    /// to the same post both notify.
    pub comments_changed: RwSignal<Option<(PostId, u64)>>,
    /// How often the stream came back after a drop: pages fetch what they missed.
    pub reconnects: RwSignal<u32>,
}

impl LiveState {
    fn apply(&self, event: LiveEvent, session: SessionState) {
        let me = session.account().map(|a| a.id);
        match event {
            // My own posts and comments are shown already.
            LiveEvent::PostCreated { author, .. } | LiveEvent::CommentsChanged { author, .. }
                if Some(&author) == me.as_ref() => {}
            LiveEvent::PostCreated { post, .. } => self.new_posts.update(|posts| {
                if !posts.contains(&post) {
                    posts.push(post);
                }
            }),
            LiveEvent::CommentsChanged { post, .. } => self.comments_changed.update(|last| {
                let n = last.as_ref().map_or(0, |(_, n)| n + 1);
                *last = Some((post, n));
            }),
        }
    }
}

/// Opens the stream when the backend has one; pages without it simply never change live.
pub fn provide_live() {
    let backend = use_backend();
    if !backend.capabilities().realtime {
        return;
    }
    let Some(url) = backend.live_url() else { return };
    let session = use_session();
    let state = LiveState {
        new_posts: RwSignal::new(Vec::new()),
        comments_changed: RwSignal::new(None),
        reconnects: RwSignal::new(0),
    };
    provide_context(state);
    let connection = RwSignal::new(None::<String>);
    // Who is listening decides what the server sends: subscribe again on log in and out.
    Effect::new({
        let backend = backend.clone();
        move |_| {
            session.account();
            if let Some(id) = connection.get() {
                let backend = backend.clone();
                spawn_local(async move {
                    _ = backend.live_subscribe(&id).await;
                });
            }
        }
    });
    open(url, backend, state, session, connection, false);
}

pub fn use_live() -> Option<LiveState> {
    use_context::<LiveState>()
}

/// One stream; called again when the browser gave up reconnecting it.
fn open(
    url: String,
    backend: SharedBackend,
    state: LiveState,
    session: SessionState,
    connection: RwSignal<Option<String>>,
    reopened: bool,
) {
    let Ok(source) = web_sys::EventSource::new(&url) else {
        return;
    };
    let connects = std::cell::Cell::new(u32::from(reopened));
    let hello = {
        let backend = backend.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data().as_string().unwrap_or_default();
            if let Some(id) = backend.live_connection(&event.type_(), &data) {
                connection.set(Some(id));
                if connects.get() > 0 {
                    state.reconnects.update(|n| *n += 1);
                }
                connects.set(connects.get() + 1);
            }
        })
    };
    _ = source.add_event_listener_with_callback("PB_CONNECT", hello.as_ref().unchecked_ref());
    hello.forget();
    for &topic in backend.live_topics() {
        let backend = backend.clone();
        let on_change = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data().as_string().unwrap_or_default();
            if let Some(change) = backend.live_event(topic, &data) {
                state.apply(change, session);
            }
        });
        _ = source.add_event_listener_with_callback(topic, on_change.as_ref().unchecked_ref());
        on_change.forget();
    }
    // The browser retries a dropped stream itself; a stream it closed for good (the
    // server refused it) is opened anew after a pause.
    let source = SendWrapper::new(source);
    let on_error = {
        let source = source.clone();
        Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
            if source.ready_state() != web_sys::EventSource::CLOSED {
                return;
            }
            let (url, backend) = (url.clone(), backend.clone());
            let retry = Closure::once_into_js(move || open(url, backend, state, session, connection, true));
            _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(retry.unchecked_ref(), REOPEN_AFTER_MS);
        })
    };
    source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
}
