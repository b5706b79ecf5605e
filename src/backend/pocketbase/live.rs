//! PocketBase's realtime API: a server-sent event stream (`GET /api/realtime`) whose first
//! event, `PB_CONNECT`, names the connection; `POST /api/realtime` then subscribes it to
//! collections, and PocketBase sends each change the subscriber may see under the
//! collection's list rule, as an event named after the collection.

use crate::backend::LiveEvent;
use crate::model::{MemberId, PostId};
use serde::Deserialize;

/// The collections the app follows.
pub const TOPICS: &[&str] = &["posts", "comments"];

pub fn connection(event: &str, data: &str) -> Option<String> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Connect {
        client_id: String,
    }
    (event == "PB_CONNECT")
        .then(|| serde_json::from_str::<Connect>(data).ok())
        .flatten()
        .map(|c| c.client_id)
        .filter(|id| !id.is_empty())
}

#[derive(Deserialize)]
struct Change {
    action: String,
    record: Record,
}

#[derive(Deserialize)]
struct Record {
    id: String,
    #[serde(default)]
    author: String,
    /// Comments only.
    #[serde(default)]
    post: String,
}

pub fn event(topic: &str, data: &str) -> Option<LiveEvent> {
    let change: Change = serde_json::from_str(data).ok()?;
    let author = MemberId(change.record.author);
    match (topic, change.action.as_str()) {
        ("posts", "create") => Some(LiveEvent::PostCreated {
            post: PostId(change.record.id),
            author,
        }),
        ("comments", "create" | "update" | "delete") if !change.record.post.is_empty() => {
            Some(LiveEvent::CommentsChanged {
                post: PostId(change.record.post),
                author,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connection_id_comes_from_pb_connect() {
        assert_eq!(
            connection("PB_CONNECT", r#"{"clientId":"abc123"}"#).as_deref(),
            Some("abc123")
        );
        assert_eq!(connection("posts", r#"{"clientId":"abc123"}"#), None);
        assert_eq!(connection("PB_CONNECT", "not json"), None);
    }

    #[test]
    fn new_posts_and_comment_changes_become_events() {
        let post = r#"{"action":"create","record":{"id":"p1","author":"m1","title":"x"}}"#;
        assert_eq!(
            event("posts", post),
            Some(LiveEvent::PostCreated {
                post: PostId::from("p1"),
                author: MemberId::from("m1")
            })
        );
        let edit = r#"{"action":"update","record":{"id":"p1","author":"m1"}}"#;
        assert_eq!(event("posts", edit), None, "an edited post is not a new one");
        let comment = r#"{"action":"delete","record":{"id":"c1","author":"m2","post":"p1"}}"#;
        assert_eq!(
            event("comments", comment),
            Some(LiveEvent::CommentsChanged {
                post: PostId::from("p1"),
                author: MemberId::from("m2")
            })
        );
        assert_eq!(event("comments", "{}"), None);
    }
}
