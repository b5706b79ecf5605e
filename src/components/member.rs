//! Views of members.

mod author_link;
mod avatar;
mod facet_select;
mod filter_chips;
mod member_card;

pub use author_link::AuthorLink;
pub use avatar::Avatar;
pub use facet_select::{FacetOption, FacetSelect};
pub use filter_chips::{FilterChip, FilterChips};
pub use member_card::MemberCard;
