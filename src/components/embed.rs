//! What the app offers intranet editors: the "Insluiten" button with a widget's snippet.

mod embed_button;

pub use embed_button::{EmbedButton, EmbedChoice};
