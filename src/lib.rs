//! Knooppunt: the web home of a self-organising network of Dutch public servants.
//!
//! Layers, dependencies pointing down: `pages`/`components` → `state` → `backend` → `model`.

pub mod app;
pub mod backend;
pub mod clock;
pub mod components;
pub mod config;
pub mod document;
pub mod embed;
pub mod entry;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod routes;
pub mod split_point;
pub mod state;

pub use app::App;
