//! PocketBase's wire format: the list envelope and the error body. Record shapes
//! stay here too; `TryFrom` into the model is the only bridge to the rest of the app.

use crate::backend::BackendError;
use crate::model::Page;
use serde::Deserialize;
use std::collections::BTreeMap;

/// `GET /api/collections/{name}/records` answers with this envelope.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PbList<T> {
    pub page: u32,
    pub per_page: u32,
    pub total_items: i64,
    pub items: Vec<T>,
}

impl<T> PbList<T> {
    /// Converts the items into model types; one bad record fails the page rather than vanishing.
    pub fn try_into_page<U>(self) -> Result<Page<U>, BackendError>
    where
        U: TryFrom<T, Error = BackendError>,
    {
        let items = self.items.into_iter().map(U::try_from).collect::<Result<Vec<U>, _>>()?;
        Ok(Page {
            items,
            page: self.page,
            per_page: self.per_page,
            // PocketBase reports -1 when asked to skip counting.
            total: u32::try_from(self.total_items).unwrap_or(0),
        })
    }
}

/// The body of every PocketBase error response.
#[derive(Debug, Default, Deserialize)]
pub struct PbError {
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub data: BTreeMap<String, PbFieldError>,
}

/// Why one field was refused.
#[derive(Debug, Deserialize)]
pub struct PbFieldError {
    pub code: String,
    #[serde(default)]
    pub message: String,
}

/// The code PocketBase gives a value that breaks a unique index.
const NOT_UNIQUE: &str = "validation_not_unique";

/// Maps an HTTP status and PocketBase error body to a [`BackendError`].
/// Field errors keep PocketBase's code (`validation_required`, ...) for the view to word.
pub fn map_error(status: u16, body: &str) -> BackendError {
    let error: PbError = serde_json::from_str(body).unwrap_or_default();
    match status {
        400 if error.data.values().any(|e| e.code == NOT_UNIQUE) => BackendError::Conflict(error.message),
        400 if !error.data.is_empty() => {
            BackendError::Validation(error.data.into_iter().map(|(field, e)| (field, e.code)).collect())
        }
        400 | 422 => BackendError::Validation(BTreeMap::new()),
        401 => BackendError::Unauthorized,
        403 => BackendError::Forbidden,
        404 => BackendError::NotFound,
        409 => BackendError::Conflict(error.message),
        429 => BackendError::TooMany,
        _ => BackendError::Server(format!("HTTP {status}: {}", error.message)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct PbThing {
        id: String,
        title: String,
    }

    #[derive(Debug, PartialEq)]
    struct Thing(String);

    impl TryFrom<PbThing> for Thing {
        type Error = BackendError;
        fn try_from(wire: PbThing) -> Result<Self, BackendError> {
            if wire.title.is_empty() {
                return Err(BackendError::Server(format!("record {} has no title", wire.id)));
            }
            Ok(Thing(wire.title))
        }
    }

    #[test]
    fn list_envelope_becomes_a_page() {
        let body = r#"{"page":2,"perPage":2,"totalPages":3,"totalItems":5,
            "items":[{"id":"a","title":"Eén","collectionId":"x","collectionName":"posts"},{"id":"b","title":"Twee"}]}"#;
        let list: PbList<PbThing> = serde_json::from_str(body).unwrap();
        let page: Page<Thing> = list.try_into_page().unwrap();
        assert_eq!(page.items, vec![Thing("Eén".into()), Thing("Twee".into())]);
        assert_eq!((page.page, page.per_page, page.total), (2, 2, 5));
        assert_eq!(page.page_count(), 3);
    }

    #[test]
    fn a_bad_record_fails_the_page() {
        let body = r#"{"page":1,"perPage":30,"totalItems":1,"items":[{"id":"a","title":""}]}"#;
        let list: PbList<PbThing> = serde_json::from_str(body).unwrap();
        assert!(matches!(list.try_into_page::<Thing>(), Err(BackendError::Server(_))));
    }

    #[test]
    fn field_errors_become_validation_by_field() {
        let body = r#"{"status":400,"message":"Failed to create record.",
            "data":{"title":{"code":"validation_required","message":"Missing required value."}}}"#;
        let BackendError::Validation(fields) = map_error(400, body) else {
            panic!("expected validation")
        };
        assert_eq!(fields.get("title").map(String::as_str), Some("validation_required"));
    }

    #[test]
    fn a_unique_index_violation_is_a_conflict() {
        let body = r#"{"status":400,"message":"Failed to create record.",
            "data":{"member":{"code":"validation_not_unique","message":"Value must be unique."}}}"#;
        assert!(matches!(map_error(400, body), BackendError::Conflict(_)));
    }

    #[test]
    fn statuses_map_to_their_errors_even_without_a_body() {
        assert_eq!(map_error(401, ""), BackendError::Unauthorized);
        assert_eq!(map_error(403, "{}"), BackendError::Forbidden);
        assert_eq!(map_error(404, "niet json"), BackendError::NotFound);
        assert_eq!(
            map_error(429, r#"{"message":"Too Many Requests."}"#),
            BackendError::TooMany
        );
        assert!(matches!(map_error(500, r#"{"message":"boom"}"#), BackendError::Server(m) if m.contains("boom")));
    }
}
