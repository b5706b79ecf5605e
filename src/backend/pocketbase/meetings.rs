//! Planning meetings on PocketBase. The rules let only the moderators of the meeting's
//! theme create or change it (pb_migrations 0001).

use super::records::PbEvent;
use super::{pb_time, record_path, PocketBase};
use crate::backend::http::Method;
use crate::backend::BackendError;
use crate::model::{Event, EventId, EventInput};
use serde_json::json;

fn event_body(input: &EventInput) -> serde_json::Value {
    json!({
        "title": input.title,
        "description": input.description,
        "starts_at": pb_time(input.starts_at),
        "ends_at": pb_time(input.ends_at),
        "location": input.location.as_deref().unwrap_or_default(),
        "online_url": input.online_url.as_deref().unwrap_or_default(),
        // The schema stores "no limit" as 0.
        "capacity": input.capacity.unwrap_or(0),
    })
}

impl PocketBase {
    pub(super) async fn save_event(&self, id: Option<&EventId>, input: &EventInput) -> Result<Event, BackendError> {
        let mut body = event_body(input);
        let answer = match id {
            Some(id) => {
                let path = format!("{}?expand=theme", record_path("events", id.as_str())?);
                self.send_json(Method::Patch, &path, body).await
            }
            None => {
                body["theme"] = json!(input.theme.as_ref().map(|t| t.as_str()).unwrap_or_default());
                self.send_json(Method::Post, "/api/collections/events/records?expand=theme", body)
                    .await
            }
        };
        let answer = answer.map_err(|e| e.renamed_field("title", "event_title"))?;
        Event::try_from(answer.decode::<PbEvent>()?)
    }
}
