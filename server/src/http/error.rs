//! One error type for the JSON API: a status code per variant, a kind
//! message in `error`, and 500s logged in full but answered generically.

use axum::extract::rejection::JsonRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

#[derive(Debug)]
pub enum ApiError {
    /// 400: the request itself could not be read.
    BadRequest(String),
    /// 401: not signed in.
    Unauthorized(String),
    /// 403: signed in, but not allowed.
    Forbidden(String),
    /// 404
    NotFound(String),
    /// 409: not possible in the current state (a survey that is not open).
    Conflict(String),
    /// 422: readable, but some of what it says is not acceptable.
    Invalid {
        message: String,
        problems: Vec<(String, String)>,
    },
    /// 413: the body is over the size limit.
    TooLarge(String),
    /// 429
    TooManyRequests(String),
    /// 503: the database did not answer; try again.
    Unavailable,
    /// 500: logged, never shown.
    Internal(String),
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => ApiError::Unavailable,
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::JsonDataError(e) => ApiError::Invalid {
                message: format!(
                    "Some fields have the wrong type: {}",
                    e.body_text()
                        .trim_start_matches("Failed to deserialize the JSON body into the target type: ")
                ),
                problems: Vec::new(),
            },
            JsonRejection::JsonSyntaxError(_) => {
                ApiError::BadRequest("The request body is not valid JSON. Check for a missing quote or comma.".into())
            }
            JsonRejection::MissingJsonContentType(_) => ApiError::BadRequest(
                "Send the request body as JSON with the header Content-Type: application/json.".into(),
            ),
            JsonRejection::BytesRejection(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                ApiError::TooLarge("The request body is too large: a message can be up to 5,000 characters.".into())
            }
            JsonRejection::BytesRejection(_) => {
                ApiError::BadRequest("The request body could not be read. It may be too large.".into())
            }
            _ => ApiError::BadRequest("The request body could not be read.".into()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::BadRequest(m) => (StatusCode::BAD_REQUEST, json!({ "error": m })),
            ApiError::Unauthorized(m) => (StatusCode::UNAUTHORIZED, json!({ "error": m })),
            ApiError::Forbidden(m) => (StatusCode::FORBIDDEN, json!({ "error": m })),
            ApiError::NotFound(m) => (StatusCode::NOT_FOUND, json!({ "error": m })),
            ApiError::Conflict(m) => (StatusCode::CONFLICT, json!({ "error": m })),
            ApiError::Invalid { message, problems } => {
                let problems: Vec<_> = problems
                    .into_iter()
                    .map(|(field, message)| json!({ "field": field, "message": message }))
                    .collect();
                (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    json!({ "error": message, "problems": problems }),
                )
            }
            ApiError::TooManyRequests(m) => (StatusCode::TOO_MANY_REQUESTS, json!({ "error": m })),
            ApiError::TooLarge(m) => (StatusCode::PAYLOAD_TOO_LARGE, json!({ "error": m })),
            ApiError::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                json!({ "error": "We can't save anything just now. Nothing was lost: please try again in a minute." }),
            ),
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({ "error": "Something went wrong on our side. Please try again." }),
                )
            }
        };
        (status, Json(body)).into_response()
    }
}

/// `Json<T>` whose rejections are our own errors, so a malformed body gets
/// the same `{"error": …}` shape as everything else.
#[derive(Debug, axum::extract::FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

/// A page that could not be served because the database failed: the cause
/// is logged in full, and the person sees a short, kind page that says
/// nothing was changed (a change and its audit entry commit together or
/// not at all), never an empty answer nor the error itself.
#[derive(Debug)]
pub struct PageError {
    /// What was being done, for the log ("save moderation").
    what: &'static str,
    cause: String,
}

impl PageError {
    pub fn new(what: &'static str, cause: impl std::fmt::Display) -> Self {
        PageError {
            what,
            cause: cause.to_string(),
        }
    }
}

/// The page's text: plain HTML with nothing to load, so it shows even
/// when the rest of the service is struggling.
const PAGE_ERROR_HTML: &str = "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Sorry, that did not work - Sayso</title></head>\
<body><main><h1>Sorry, that did not work</h1>\
<p>Something went wrong on our side and nothing was changed. Please go back and try again in a minute.</p>\
<p>If it keeps happening, tell your Sayso administrator.</p>\
<p><a href=\"/staff\">Back to Sayso</a></p></main></body></html>\n";

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        tracing::error!(error = %self.cause, "cannot {}", self.what);
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
            PAGE_ERROR_HTML,
        )
            .into_response()
    }
}
