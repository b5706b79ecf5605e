//! Views of posts on the knowledge wall.

mod composer;
mod post_card;
mod post_meta;

pub use composer::Composer;
pub use post_card::PostCard;
pub use post_meta::PostMeta;
