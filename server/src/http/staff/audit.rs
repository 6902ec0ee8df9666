//! The audit log page, for admins.

use super::extract::{need, Signed};
use super::{header_for, org_name, staff_page};
use crate::http::AppState;
use app::pages::{AuditView, StaffPage};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct AuditQuery {
    action: Option<String>,
    user: Option<String>,
}

/// The audit log, for admins.
pub async fn audit_page(
    State(state): State<AppState>,
    Query(q): Query<AuditQuery>,
    Signed(staff, _): Signed<need::ReadAudit>,
) -> Response {
    let header = header_for(&staff, &org_name(&state, &staff).await);
    let action = q.action.unwrap_or_default();
    let user = q.user.unwrap_or_default();
    let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let entries =
        crate::service::audit::entries(&state.db, &staff, some(&action).as_deref(), some(&user).as_deref(), 500).await;
    let Ok(entries) = entries else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let when = |s: i64| {
        chrono::DateTime::from_timestamp(s, 0)
            .map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_default()
    };
    let rows = entries
        .into_iter()
        .map(|e| {
            (
                when(e.created_at),
                e.email.unwrap_or_default(),
                e.action,
                e.feedback_id,
                e.detail,
            )
        })
        .collect();
    staff_page(
        &state,
        Some(header),
        StaffPage::Audit(AuditView { action, user, rows }),
        StatusCode::OK,
    )
    .await
}
