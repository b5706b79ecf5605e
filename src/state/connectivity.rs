//! Whether the browser has a network, as it reports it: `navigator.onLine` at start,
//! then its `online` and `offline` events. Views show the offline banner from it and
//! the outbox sends what waits when it turns true.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Connectivity(RwSignal<bool>);

impl Connectivity {
    /// Tracked.
    pub fn online(&self) -> bool {
        self.0.get()
    }

    pub fn online_untracked(&self) -> bool {
        self.0.get_untracked()
    }
}

pub fn provide_connectivity() -> Connectivity {
    let online = RwSignal::new(window().navigator().on_line());
    // The listeners live as long as the page: the app never unmounts.
    std::mem::forget(window_event_listener(leptos::ev::online, move |_| online.set(true)));
    std::mem::forget(window_event_listener(leptos::ev::offline, move |_| online.set(false)));
    let state = Connectivity(online);
    provide_context(state);
    state
}

pub fn use_connectivity() -> Connectivity {
    expect_context::<Connectivity>()
}
