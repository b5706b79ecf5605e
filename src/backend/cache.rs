//! Values an adapter loads once per visit.

use std::sync::{Arc, Mutex};

/// A value loaded once and shared: a data file, the list of organisations.
pub struct Cached<T>(Mutex<Option<Arc<T>>>);

impl<T> Cached<T> {
    pub const fn new() -> Self {
        Cached(Mutex::new(None))
    }

    pub fn get(&self) -> Option<Arc<T>> {
        self.0.lock().ok().and_then(|slot| slot.clone())
    }

    pub fn set(&self, value: Arc<T>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(value);
        }
    }
}

impl<T> Default for Cached<T> {
    fn default() -> Self {
        Self::new()
    }
}
