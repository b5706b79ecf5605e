//! Views of posts on the knowledge wall.

mod post_card;
mod post_meta;

pub use post_card::PostCard;
pub use post_meta::PostMeta;
