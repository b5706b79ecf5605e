//! Views of members.

mod avatar;
mod member_card;

pub use avatar::Avatar;
pub use member_card::MemberCard;
