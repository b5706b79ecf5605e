//! Reusable view pieces; pages arrange them.

pub mod account;
pub mod common;
pub mod embed;
pub mod event;
pub mod form;
pub mod markdown;
pub mod member;
pub mod post;
pub mod profile;
pub mod shell;
pub mod theme;
