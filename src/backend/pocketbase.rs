//! The PocketBase adapter's building blocks: its list envelope and error body
//! ([`wire`]) and safe filter expressions ([`filter`]). The adapter itself, which
//! implements [`super::Backend`] over these, follows with the PocketBase schema.

pub mod filter;
pub mod wire;
