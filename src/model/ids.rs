//! Typed identifiers, so a member id can never be passed where a post id is meant.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self(value.to_owned())
            }
        }
    };
}

id_type!(
    /// Identifies a member of the network.
    MemberId
);
id_type!(
    /// Identifies an organisation (municipality, province, water board, ...).
    OrganisationId
);
id_type!(
    /// Identifies a theme group; themes are addressed in URLs by their slug.
    ThemeId
);
id_type!(
    /// Identifies a post on the knowledge wall.
    PostId
);
id_type!(
    /// Identifies a comment on a post.
    CommentId
);
id_type!(
    /// Identifies a meeting.
    EventId
);
id_type!(
    /// Identifies one member's place in one theme (a membership or a request for one).
    MembershipId
);
