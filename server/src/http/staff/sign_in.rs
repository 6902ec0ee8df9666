//! Signing in and out, from the staff pages and the API.

use super::{cookie, current, field, fields, home_for, session_token, staff_page};
use crate::http::error::{ApiError, ApiJson};
use crate::http::AppState;
use crate::service::staff::{self, LoginError};
use app::i18n::I18n;
use app::pages::StaffPage;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

fn login_message(t: &I18n, e: &LoginError) -> (StatusCode, String) {
    match e {
        LoginError::Mismatch => (StatusCode::UNAUTHORIZED, t.t("staff-bad-login")),
        LoginError::Locked { minutes } => (
            StatusCode::TOO_MANY_REQUESTS,
            t.ts("staff-locked", &[("minutes", &minutes.to_string())]),
        ),
        LoginError::PasswordOff => (StatusCode::FORBIDDEN, t.t("council-password-off")),
        LoginError::Database(e) => {
            tracing::error!(error = %e, "sign-in failed");
            (StatusCode::SERVICE_UNAVAILABLE, t.t("error-generic"))
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    email: String,
    password: String,
}

#[derive(Serialize, ToSchema)]
pub struct SessionInfo {
    email: String,
    role: String,
    org: String,
    /// Send back as `csrf` in HTML forms.
    csrf_token: String,
}

/// Sign in. Sets an `HttpOnly` session cookie.
#[utoipa::path(post, path = "/api/v1/session", request_body = LoginRequest,
    responses((status = 200, body = SessionInfo), (status = 401, body = crate::http::api::ErrorBody),
              (status = 403, body = crate::http::api::ErrorBody, description = "The organisation signs in with council accounts only"),
              (status = 429, body = crate::http::api::ErrorBody)))]
pub async fn api_login(
    State(state): State<AppState>,
    client: crate::http::limits::ClientAddr,
    body: Result<ApiJson<LoginRequest>, ApiError>,
) -> Result<Response, ApiError> {
    let ApiJson(body) = body?;
    let t = I18n::english();
    if !state.logins.allow(&state.db, &client.rate_key()).await {
        return Err(ApiError::TooManyRequests(t.t("staff-slow-down")));
    }
    match staff::login(
        &state.db,
        &state.failed_logins,
        &client.rate_key(),
        &body.email,
        &body.password,
        state.oidc.is_some(),
        crate::now(),
    )
    .await
    {
        Ok(session) => {
            let info = SessionInfo {
                email: session.staff.user.email.clone(),
                role: session.staff.role.to_string(),
                org: session.staff.user.org_slug.clone(),
                csrf_token: session.staff.csrf.clone(),
            };
            let mut response = Json(info).into_response();
            response.headers_mut().insert(
                header::SET_COOKIE,
                cookie(&state, &session.token, staff::SESSION_SECONDS),
            );
            Ok(response)
        }
        Err(e) => {
            let (status, message) = login_message(&t, &e);
            Ok((status, Json(json!({ "error": message }))).into_response())
        }
    }
}

/// Sign out: the session ends on the server and the cookie is cleared.
#[utoipa::path(delete, path = "/api/v1/session", responses((status = 204)))]
pub async fn api_logout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some(token) = session_token(&headers) {
        staff::logout(&state.db, &token).await?;
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie(&state, "", 0));
    Ok(response)
}

pub async fn login_page(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Ok(Some(staff)) = current(&state, &headers).await {
        return Redirect::to(home_for(staff.role)).into_response();
    }
    staff_page(
        &state,
        None,
        StaffPage::Login {
            email: String::new(),
            error: None,
        },
        StatusCode::OK,
    )
    .await
}

pub async fn login_submit(
    State(state): State<AppState>,
    client: crate::http::limits::ClientAddr,
    body: Bytes,
) -> Response {
    let f = fields(&body);
    let email = field(&f, "email");
    let t = I18n::english();
    let result = if state.logins.allow(&state.db, &client.rate_key()).await {
        staff::login(
            &state.db,
            &state.failed_logins,
            &client.rate_key(),
            &email,
            &field(&f, "password"),
            state.oidc.is_some(),
            crate::now(),
        )
        .await
        .map_err(|e| login_message(&t, &e))
    } else {
        Err((StatusCode::TOO_MANY_REQUESTS, t.t("staff-slow-down")))
    };
    match result {
        Ok(session) => {
            let mut response = Redirect::to(home_for(session.staff.role)).into_response();
            response.headers_mut().insert(
                header::SET_COOKIE,
                cookie(&state, &session.token, staff::SESSION_SECONDS),
            );
            response
        }
        Err((status, message)) => {
            staff_page(
                &state,
                None,
                StaffPage::Login {
                    email,
                    error: Some(message),
                },
                status,
            )
            .await
        }
    }
}

pub async fn logout_submit(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    if let (Some(token), Ok(Some(staff))) = (session_token(&headers), current(&state, &headers).await) {
        let f = fields(&body);
        if staff.csrf_matches(&field(&f, "csrf")) {
            let _ = if field(&f, "everywhere") == "yes" {
                staff::logout_everywhere(&state.db, staff.user.user_id).await
            } else {
                staff::logout(&state.db, &token).await
            };
        }
    }
    let mut response = Redirect::to("/staff").into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie(&state, "", 0));
    response
}
