//! The one fetch path both adapters use: send a request, get status and body back,
//! and map transport failures to [`BackendError`].

use super::BackendError;
use serde::de::DeserializeOwned;

/// The HTTP methods the adapters use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Patch,
    Delete,
}

/// A request body.
pub enum Body {
    Empty,
    /// Serialized JSON text.
    Json(String),
    /// `multipart/form-data`, for file uploads; the browser sets the boundary.
    Form(web_sys::FormData),
}

/// The status and text of an answer, whatever the status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub text: String,
}

impl Reply {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Sends one request. Only transport failures are errors here; the caller reads the status.
pub async fn send(method: Method, url: &str, token: Option<&str>, body: Body) -> Result<Reply, BackendError> {
    use gloo_net::http::Request;
    let mut builder = match method {
        Method::Get => Request::get(url),
        Method::Post => Request::post(url),
        Method::Patch => Request::patch(url),
        Method::Delete => Request::delete(url),
    };
    if let Some(token) = token {
        builder = builder.header("Authorization", token);
    }
    let request = match body {
        Body::Empty => builder.build(),
        Body::Json(json) => builder.header("Content-Type", "application/json").body(json),
        Body::Form(form) => builder.body(form),
    }
    .map_err(|e| BackendError::Network(e.to_string()))?;
    let response = request.send().await.map_err(|e| BackendError::Network(e.to_string()))?;
    let text = response
        .text()
        .await
        .map_err(|e| BackendError::Network(e.to_string()))?;
    Ok(Reply {
        status: response.status(),
        text,
    })
}

/// Fetches `url` and decodes its JSON body as `T`.
pub async fn get_json<T: DeserializeOwned>(url: &str) -> Result<T, BackendError> {
    let text = get_text(url).await?;
    decode(url, &text)
}

/// Decodes a JSON answer; a shape that is not the contract is the server's fault.
pub fn decode<T: DeserializeOwned>(url: &str, text: &str) -> Result<T, BackendError> {
    serde_json::from_str(text).map_err(|e| BackendError::Server(format!("{url} is not in the expected shape: {e}")))
}

/// Fetches `url` as text (also for files not in model shape, such as `config.json`).
pub async fn get_text(url: &str) -> Result<String, BackendError> {
    let reply = send(Method::Get, url, None, Body::Empty).await?;
    match reply.status {
        200..=299 => Ok(reply.text),
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
