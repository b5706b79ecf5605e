//! The one fetch helper both adapters use: GET JSON and map failures to [`BackendError`].

use super::BackendError;
use serde::de::DeserializeOwned;

/// Fetches `url` and decodes its JSON body as `T`.
pub async fn get_json<T: DeserializeOwned>(url: &str) -> Result<T, BackendError> {
    let text = get_text(url).await?;
    serde_json::from_str(&text).map_err(|e| BackendError::Server(format!("{url} is not in the expected shape: {e}")))
}

/// Fetches `url` as text (also for files not in model shape, such as `config.json`).
pub async fn get_text(url: &str) -> Result<String, BackendError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| BackendError::Network(e.to_string()))?;
    match response.status() {
        200..=299 => response.text().await.map_err(|e| BackendError::Network(e.to_string())),
        401 => Err(BackendError::Unauthorized),
        403 => Err(BackendError::Forbidden),
        404 => Err(BackendError::NotFound),
        status => Err(BackendError::Server(format!("{url} answered HTTP {status}"))),
    }
}

/// Joins a base URL and a file name with exactly one slash between them.
pub fn join(base: &str, path: &str) -> String {
    if base.is_empty() {
        return path.to_owned();
    }
    format!("{}/{}", base.trim_end_matches('/'), path.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn join_puts_one_slash_between() {
        assert_eq!(join("data/", "members.json"), "data/members.json");
        assert_eq!(
            join("https://host/data", "/members.json"),
            "https://host/data/members.json"
        );
        assert_eq!(join("", "members.json"), "members.json");
    }
}
