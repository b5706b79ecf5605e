//! Who is logged in. The session lives in the browser's storage so a reload stays
//! logged in; at start the token is exchanged for a fresh one, and a token the
//! backend no longer accepts turns into "log in again" without leaving the page.

use super::backend::SharedBackend;
use crate::backend::BackendError;
use crate::model::{Account, Session};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where the session is remembered.
const SESSION_KEY: &str = "knooppunt.sessie";

/// The login state views react to.
#[derive(Clone, Copy)]
pub struct SessionState {
    account: RwSignal<Option<Account>>,
    /// The member was logged in, but the backend no longer accepts the session.
    expired: RwSignal<Option<Account>>,
}

impl SessionState {
    /// The logged-in member (tracked).
    pub fn account(&self) -> Option<Account> {
        self.account.get()
    }

    pub fn account_untracked(&self) -> Option<Account> {
        self.account.get_untracked()
    }

    pub fn writer_untracked(&self) -> Option<Account> {
        self.account_untracked().or_else(|| self.expired.get_untracked())
    }

    /// Whose session expired, while it waits for a new login (tracked).
    pub fn expired(&self) -> Option<Account> {
        self.expired.get()
    }

    /// The member this browser writes for: the logged-in one, or the one whose session
    /// expired and waits to be renewed, so their drafts and forms stay theirs (tracked).
    pub fn writer(&self) -> Option<Account> {
        self.account().or_else(|| self.expired())
    }

    /// A login or registration succeeded.
    pub fn start(&self, backend: &SharedBackend, session: Session) {
        // Another member on this device: the reads kept for offline use were the last one's.
        let before = self.account.get_untracked().or_else(|| self.expired.get_untracked());
        if before.is_some_and(|b| b.id != session.account.id) {
            super::forget_cached_reads();
        }
        backend.set_session(Some(session.clone()));
        store(Some(&session));
        if self.expired.read_untracked().is_some() {
            self.expired.set(None);
        }
        // The same member again (a refreshed token) must not reload every page's data.
        if self.account.read_untracked().as_ref() != Some(&session.account) {
            self.account.set(Some(session.account));
        }
    }

    pub fn end(&self, backend: &SharedBackend) {
        backend.log_out();
        store(None);
        super::forget_cached_reads();
        self.expired.set(None);
        self.account.set(None);
    }

    /// The backend refused the session: ask to log in again, keep the page as it is.
    pub fn expire(&self, backend: &SharedBackend) {
        let was = self
            .account
            .get_untracked()
            .or_else(|| backend.session().map(|s| s.account));
        backend.log_out();
        store(None);
        self.account.set(None);
        self.expired.set(was);
    }
}

/// Restores a remembered session and refreshes it in the background.
pub fn provide_session(backend: SharedBackend) {
    let remembered = if backend.capabilities().auth { load() } else { None };
    let state = SessionState {
        account: RwSignal::new(remembered.as_ref().map(|s| s.account.clone())),
        expired: RwSignal::new(None),
    };
    provide_context(state);
    if let Some(session) = remembered {
        backend.set_session(Some(session));
        spawn_local(async move {
            match backend.refresh_session().await {
                Ok(fresh) => state.start(&backend, fresh),
                Err(BackendError::Unauthorized | BackendError::NotFound) => state.expire(&backend),
                // Offline or a server hiccup: keep the session, it may still be good.
                Err(_) => {}
            }
        });
    }
}

pub fn use_session() -> SessionState {
    expect_context::<SessionState>()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn load() -> Option<Session> {
    let text = storage()?.get_item(SESSION_KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

fn store(session: Option<&Session>) {
    let Some(storage) = storage() else { return };
    // Private browsing may refuse storage: the session then lasts for this page only.
    let _ = match session.and_then(|s| serde_json::to_string(s).ok()) {
        Some(text) => storage.set_item(SESSION_KEY, &text),
        None => storage.remove_item(SESSION_KEY),
    };
}
