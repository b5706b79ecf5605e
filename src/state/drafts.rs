//! Text being written, kept in the browser's storage as it is typed: a reload, a failed
//! send or an expired session loses nothing. Only the sender clears it, once the server
//! accepted what was sent.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::marker::PhantomData;

/// Where drafts live in `localStorage`.
const PREFIX: &str = "knooppunt.concept";

/// One draft slot, e.g. the composer's post of one member.
pub struct DraftStore<T> {
    key: String,
    value: PhantomData<T>,
}

impl<T: Serialize + DeserializeOwned> DraftStore<T> {
    /// `owner` keeps members who share a browser out of each other's drafts; `slot` says
    /// which draft ("bericht", "reactie.<post>").
    pub fn new(owner: &str, slot: &str) -> Self {
        DraftStore {
            key: format!("{PREFIX}.{owner}.{slot}"),
            value: PhantomData,
        }
    }

    pub fn load(&self) -> Option<T> {
        let text = storage()?.get_item(&self.key).ok().flatten()?;
        // A draft from an older version that no longer reads is dropped, not fatal.
        serde_json::from_str(&text).ok()
    }

    pub fn save(&self, value: &T) {
        if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(value)) {
            // A full storage loses the draft's copy, never the text on screen.
            _ = storage.set_item(&self.key, &text);
        }
    }

    /// Keeps what was typed, or nothing when it is `blank`: an emptied form leaves no draft.
    pub fn keep(&self, value: &T, blank: bool) {
        if blank {
            self.clear();
        } else {
            self.save(value);
        }
    }

    pub fn clear(&self) {
        if let Some(storage) = storage() {
            _ = storage.remove_item(&self.key);
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
