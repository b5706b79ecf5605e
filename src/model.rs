//! Plain data types of the generic JSON contract (DESIGN.md §3) and the pure
//! logic over them. Nothing here knows about Leptos, the DOM or HTTP, so it all
//! compiles and is tested natively with `cargo test`.

pub mod account;
pub mod directory;
pub mod draft;
pub mod embed;
pub mod event;
pub mod ical;
pub mod ids;
pub mod markdown;
pub mod member;
pub mod organisation;
pub mod outbox;
pub mod page;
pub mod post;
pub mod text;
pub mod theme;
pub mod time;
pub mod wall;

pub use account::{Account, Credentials, Registration, Session};
pub use draft::{AvatarUpload, CommentDraft, ContentTarget, PostDraft, ProfileUpdate, ReportReason};
pub use event::{Event, EventForm, EventInput, MeetingPlace, RsvpStatus};
pub use ids::{CommentId, EventId, MemberId, MembershipId, OrganisationId, PostId, ThemeId};
pub use member::{Member, MemberLinks, MemberRef, Visibility};
pub use organisation::{Organisation, OrganisationKind, Province};
pub use page::{Page, PageRequest};
pub use post::{Comment, KindFilter, Post, PostKind, ReactionKind, Reactions};
pub use theme::{
    Membership, MembershipStatus, MyPlace, Theme, ThemeAccess, ThemeDraft, ThemeMember, ThemeRef, ThemeRole,
};
pub use time::Timestamp;
