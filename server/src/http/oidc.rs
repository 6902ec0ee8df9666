//! Council sign-in pages: `/staff/oidc/start` sends the browser to the
//! council's sign-in page; `/staff/oidc/callback` is where it comes back.
//! The rules are in `service::oidc`.

use super::admin::show;
use super::staff::{cookie as session_cookie, field, home_for, staff_page};
use super::AppState;
use crate::service::oidc::{Callback, SignInError};
use crate::service::staff::{Staff, SESSION_SECONDS};
use app::i18n::I18n;
use app::pages::StaffPage;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// Carries the browser's half of a sign-in in progress (see `service::oidc`).
pub const FLOW_COOKIE: &str = "sayso_oidc";

fn flow_cookie(state: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.config.secure_cookies() { "; Secure" } else { "" };
    // SameSite=Lax: the council's page sends the browser back with a
    // top-level GET, which Lax cookies accompany.
    HeaderValue::from_str(&format!(
        "{FLOW_COOKIE}={value}; Path=/staff/oidc; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .expect("cookie is ASCII")
}

fn flow_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == FLOW_COOKIE)
        .map(|(_, value)| value.to_string())
        .filter(|v| !v.is_empty())
}

/// What the sign-in page offers: the council button when council sign-in
/// is set up, the password form unless every organisation switched it off.
pub async fn choice(state: &AppState) -> app::pages::SignInChoice {
    let council = state.oidc.is_some();
    let password = !council
        || crate::service::oidc::any_password_sign_in(&state.db)
            .await
            .unwrap_or(true);
    app::pages::SignInChoice { council, password }
}

fn count(outcome: &'static str) {
    metrics::counter!("sayso_council_sign_ins_total", "outcome" => outcome).increment(1);
}

async fn refused(state: &AppState, status: StatusCode, message: String) -> Response {
    let mut response = staff_page(
        state,
        None,
        StaffPage::Login {
            email: String::new(),
            error: Some(message),
        },
        status,
    )
    .await;
    response
        .headers_mut()
        .append(header::SET_COOKIE, flow_cookie(state, "", 0));
    response
}

/// Council sign-ins one address may begin in a minute: enough for an
/// office behind one address at 9 am, too few to fill the table of
/// sign-ins in progress.
pub const STARTS_PER_MINUTE: u32 = 60;

/// `GET /staff/oidc/start`: the council sign-in button.
pub async fn start(State(state): State<AppState>, client: super::limits::ClientAddr) -> Response {
    let t = I18n::english();
    let Some(oidc) = state.oidc.clone() else {
        return refused(&state, StatusCode::NOT_FOUND, t.t("council-not-set-up")).await;
    };
    if !state.oidc_starts.allow(&state.db, &client.rate_key()).await {
        count("too_many");
        return refused(&state, StatusCode::TOO_MANY_REQUESTS, t.t("staff-slow-down")).await;
    }
    match oidc.begin(&state.db, crate::now()).await {
        Ok(started) => {
            let mut response = Redirect::to(&started.url).into_response();
            response.headers_mut().insert(
                header::SET_COOKIE,
                flow_cookie(&state, &started.browser_token, crate::service::oidc::FLOW_SECONDS),
            );
            response
        }
        Err(e) => {
            count(e.outcome());
            tracing::warn!(outcome = e.outcome(), error = ?e, "council sign-in could not start");
            refused(&state, StatusCode::SERVICE_UNAVAILABLE, t.t("council-unavailable")).await
        }
    }
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /staff/oidc/callback`: the council's page sends the browser back
/// here with a code (or an error).
pub async fn callback(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<CallbackQuery>) -> Response {
    let t = I18n::english();
    let Some(oidc) = state.oidc.clone() else {
        return refused(&state, StatusCode::NOT_FOUND, t.t("council-not-set-up")).await;
    };
    let answer = Callback {
        code: q.code,
        state: q.state,
        error: q.error,
    };
    match oidc
        .finish(&state.db, flow_token(&headers).as_deref(), answer, crate::now())
        .await
    {
        Ok(session) => {
            count("signed_in");
            let mut response = Redirect::to(home_for(session.staff.role)).into_response();
            let headers = response.headers_mut();
            headers.append(
                header::SET_COOKIE,
                session_cookie(&state, &session.token, SESSION_SECONDS),
            );
            headers.append(header::SET_COOKIE, flow_cookie(&state, "", 0));
            response
        }
        Err(e) => {
            count(e.outcome());
            let (status, message) = match &e {
                SignInError::Unavailable(_) | SignInError::Database(_) => {
                    (StatusCode::SERVICE_UNAVAILABLE, t.t("council-unavailable"))
                }
                SignInError::Expired => (StatusCode::BAD_REQUEST, t.t("council-expired")),
                SignInError::Cancelled => (StatusCode::UNAUTHORIZED, t.t("council-cancelled")),
                SignInError::NotConfirmed(_) => (StatusCode::UNAUTHORIZED, t.t("council-not-confirmed")),
                SignInError::NoEmail => (StatusCode::FORBIDDEN, t.t("council-no-email")),
                SignInError::EmailNotVerified { email } => (
                    StatusCode::FORBIDDEN,
                    t.ts("council-email-not-verified", &[("email", email)]),
                ),
                SignInError::NoAccount { email } => {
                    (StatusCode::FORBIDDEN, t.ts("council-no-account", &[("email", email)]))
                }
                SignInError::Disabled { email } => {
                    (StatusCode::FORBIDDEN, t.ts("council-disabled", &[("email", email)]))
                }
            };
            match &e {
                SignInError::Database(err) => tracing::error!(error = %err, "council sign-in failed"),
                // The reason, never the email: logs travel further than the audit log.
                SignInError::Unavailable(why) | SignInError::NotConfirmed(why) => {
                    tracing::warn!(outcome = e.outcome(), reason = %why, "council sign-in refused")
                }
                _ => tracing::info!(outcome = e.outcome(), "council sign-in refused"),
            }
            refused(&state, status, message).await
        }
    }
}

/// The admin page's "How staff sign in" panel.
pub(super) fn admin_view(state: &AppState, password: bool) -> app::pages::SignInAdminView {
    app::pages::SignInAdminView {
        council: state.oidc.is_some(),
        password,
    }
}

/// `POST /staff/admin` with `action=sign_in` (admin, CSRF checked by the
/// caller): password sign-in on or off for the admin's organisation.
pub(super) async fn admin_sign_in(state: &AppState, staff: &Staff, f: &[(String, String)]) -> Response {
    let t = I18n::english();
    let allowed = field(f, "password_sign_in") == "yes";
    // Without council sign-in, switching passwords off would lock everyone out.
    if !allowed && state.oidc.is_none() {
        let message = t.t("council-admin-needs-council");
        return show(
            state,
            staff,
            |v| v.error = Some(message),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let now = crate::now();
    match crate::service::oidc::set_password_sign_in(&state.db, staff, allowed, now).await {
        Ok(()) => {
            let message = t.t(if allowed {
                "council-admin-saved-on"
            } else {
                "council-admin-saved-off"
            });
            show(state, staff, |v| v.message = Some(message), StatusCode::OK).await
        }
        Err(e) => {
            tracing::error!(error = %e, "saving the sign-in choice failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
