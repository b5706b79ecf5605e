//! The browser's clock, the one place the app reads the current time
//! (the model takes `now` as an argument so it stays testable).

use crate::model::Timestamp;

/// Now, to the second.
pub fn now() -> Timestamp {
    Timestamp((js_sys::Date::now() / 1000.0) as i64)
}
