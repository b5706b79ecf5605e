//! Values an adapter loads once per visit.

use std::future::Future;
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

    /// The cached value, or what `load` gives, kept for next time. A failed load is not
    /// kept, so the next call tries again. `load` is only awaited when nothing is cached.
    pub async fn get_or_load<E>(&self, load: impl Future<Output = Result<T, E>>) -> Result<Arc<T>, E> {
        if let Some(value) = self.get() {
            return Ok(value);
        }
        let value = Arc::new(load.await?);
        self.set(value.clone());
        Ok(value)
    }
}

impl<T> Default for Cached<T> {
    fn default() -> Self {
        Self::new()
    }
}
