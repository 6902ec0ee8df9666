//! Staff pages and the staff API: who is signed in, and the helpers every
//! staff page shares. Every staff endpoint checks the session, the
//! organisation, the role and (for a change) the CSRF token by taking one
//! of the extractors in [`extract`] as an argument.

pub mod alerts;
pub mod audit;
pub mod extract;
pub mod group_feedback;
pub mod moderation;
pub mod sign_in;
pub mod surveys;

use super::error::ApiError;
use super::pages::render;
use super::AppState;
use crate::domain::roles::{Permission, Role};
use crate::service::staff::{self, Staff};
use app::i18n::I18n;
use app::pages::{Page, PageState, StaffHeader, StaffPage};
use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;

pub const SESSION_COOKIE: &str = "sayso_session";

pub(super) fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_string())
        .filter(|v| !v.is_empty())
}

/// Whether the request carries a staff session cookie (valid or not).
pub(crate) fn session_cookie_present(headers: &HeaderMap) -> bool {
    session_token(headers).is_some()
}

pub(super) fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// The signed-in staff member, from the session cookie (or, for the API,
/// a bearer token).
pub(super) async fn current(state: &AppState, headers: &HeaderMap) -> Result<Option<Staff>, sqlx::Error> {
    match session_token(headers) {
        Some(token) => staff::from_token(&state.db, &token, crate::now()).await,
        None => Ok(None),
    }
}

pub(super) fn cookie(state: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.config.secure_cookies() { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .expect("cookie is ASCII")
}

/// The staff member, checked against the organisation in the address and
/// the permission the endpoint needs (through `extract::ApiStaff`).
pub(super) async fn authorise(
    state: &AppState,
    headers: &HeaderMap,
    org: &str,
    needs: Option<Permission>,
) -> Result<Staff, ApiError> {
    let staff = match bearer_token(headers) {
        Some(token) => Some(
            staff::from_api_token(&state.db, token)
                .await?
                .ok_or_else(|| ApiError::Unauthorized("That API token is not valid or was revoked.".into()))?,
        ),
        None => current(state, headers).await?,
    };
    let staff = staff.ok_or_else(|| ApiError::Unauthorized("Please sign in first (POST /api/v1/session).".into()))?;
    if staff.user.org_slug != org {
        return Err(ApiError::Forbidden("You can only see your own organisation.".into()));
    }
    if needs.is_some_and(|p| !staff.role.can(p)) {
        return Err(ApiError::Forbidden(format!(
            "Your role ({}) cannot do this.",
            staff.role
        )));
    }
    Ok(staff)
}

pub(super) fn hour_iso(hour: i64) -> String {
    chrono::DateTime::from_timestamp(hour, 0)
        .map(|d| d.format("%Y-%m-%dT%H:00Z").to_string())
        .unwrap_or_default()
}

pub(super) fn header_for(staff: &Staff, org_name: &str) -> StaffHeader {
    StaffHeader {
        email: staff.user.email.clone(),
        role: staff.role.to_string(),
        org_name: org_name.to_string(),
        csrf: staff.csrf.clone(),
    }
}

pub(super) async fn staff_page(
    state: &AppState,
    header: Option<StaffHeader>,
    page: StaffPage,
    status: StatusCode,
) -> Response {
    let page = PageState {
        i18n: I18n::english(),
        org: None,
        page: Page::Staff(header, page),
    };
    render(state, page, status).await
}

pub(super) async fn org_name(state: &AppState, staff: &Staff) -> String {
    crate::service::orgs::by_slug(&state.db, &staff.user.org_slug)
        .await
        .ok()
        .flatten()
        .map(|o| o.name)
        .unwrap_or_default()
}

/// Where a role starts: board members read the report, everyone else the queue.
pub(super) fn home_for(role: Role) -> &'static str {
    if role.can(Permission::ReadFeedback) {
        "/staff/queue"
    } else {
        "/staff/report"
    }
}

pub(super) fn fields(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

pub(super) fn field(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Why the harm check flagged a message, in words for staff ("self-harm ·
/// phrase: “cut myself”"), or that it is in a language the check cannot
/// read. The matched words are the young person's: only for roles that
/// may read the original.
pub(super) fn concern_line(
    t: &I18n,
    category: Option<&str>,
    how: Option<&str>,
    detail: Option<&str>,
    language: &str,
    show_words: bool,
) -> Option<String> {
    use crate::domain::harm;
    let category = harm::label(category.unwrap_or("cry_for_help"));
    let detail = detail.unwrap_or_default();
    let line = match how? {
        "phrase" if show_words => t.ts("harm-concern-phrase", &[("category", category), ("detail", detail)]),
        "phrase" => t.ts("harm-concern-phrase-hidden", &[("category", category)]),
        "meaning" => t.ts("harm-concern-meaning", &[("category", category), ("detail", detail)]),
        "reported" => t.ts("harm-concern-reported", &[("category", category)]),
        "not_checked" => t.ts(
            "harm-not-checked",
            &[(
                "language",
                app::i18n::language(language)
                    .map(|l| l.english_name)
                    .unwrap_or(language),
            )],
        ),
        _ => t.ts("harm-concern-unknown", &[("category", category)]),
    };
    Some(line)
}

/// `{"category","how"}` for the staff API (`how`: phrase, meaning or
/// reported), with the nearest example for `meaning`; for a message the
/// check could not read, `{"how": "not_checked"}`.
pub(super) fn concern_json(
    category: Option<&str>,
    how: Option<&str>,
    detail: Option<&str>,
    show_words: bool,
) -> Option<serde_json::Value> {
    let how = how?;
    let mut v = serde_json::json!({ "category": category, "how": how });
    match how {
        "meaning" => v["example"] = serde_json::json!(detail),
        "phrase" if show_words => v["phrase"] = serde_json::json!(detail),
        _ => {}
    }
    Some(v)
}
