//! The safeguarding dashboard: open alerts, and acknowledging one with
//! what was done.

use super::extract::{need, Signed, SignedForm};
use super::{field, header_for, org_name, staff_page};
use crate::domain::roles::Permission;
use crate::http::AppState;
use crate::service::staff::Staff;
use app::i18n::I18n;
use app::pages::{AlertRow, AlertsView, StaffPage};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

async fn alerts_view(state: &AppState, staff: &Staff, error: Option<String>) -> Result<AlertsView, sqlx::Error> {
    let now = crate::now();
    let crate::service::alerts::Dashboard {
        alerts,
        concerns,
        reach,
    } = crate::service::alerts::dashboard(&state.db, staff.user.org_id).await?;
    let t = I18n::english();
    Ok(AlertsView {
        alerts: alerts
            .into_iter()
            .map(|a| AlertRow {
                id: a.id,
                feedback_id: a.feedback_id,
                waiting_minutes: ((now - a.created_at) / 60).max(0),
                times_sent: a.times_sent,
                concern: concerns.iter().find(|c| c.feedback_id == a.feedback_id).and_then(|c| {
                    super::concern_line(
                        &t,
                        c.category.as_deref(),
                        c.how.as_deref(),
                        c.detail.as_deref(),
                        &c.language,
                        staff.role.can(Permission::ReadOriginal),
                    )
                }),
            })
            .collect(),
        repeat_minutes: (state.config.alert_repeat_seconds / 60).max(1),
        has_leads: reach.has_leads,
        inbox: reach.contacts.safeguarding_inbox,
        error,
    })
}

/// The safeguarding dashboard: unacknowledged alerts, oldest first.
pub async fn alerts_page(State(state): State<AppState>, Signed(staff, _): Signed<need::Moderate>) -> Response {
    let header = header_for(&staff, &org_name(&state, &staff).await);
    match alerts_view(&state, &staff, None).await {
        Ok(view) => staff_page(&state, Some(header), StaffPage::Alerts(view), StatusCode::OK).await,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// Acknowledges one alert, recording who, when and what they did.
pub async fn alert_acknowledge(
    State(state): State<AppState>,
    Path(alert_id): Path<i64>,
    form: SignedForm<need::Moderate>,
) -> Response {
    acknowledge(&state, form, Some(alert_id)).await
}

/// Acknowledges every ticked alert with one record of what was done (a
/// burst from one young person is usually one piece of work).
pub async fn alerts_acknowledge_many(State(state): State<AppState>, form: SignedForm<need::Moderate>) -> Response {
    acknowledge(&state, form, None).await
}

async fn acknowledge(
    state: &AppState,
    SignedForm(staff, f, _): SignedForm<need::Moderate>,
    one: Option<i64>,
) -> Response {
    let header = header_for(&staff, &org_name(state, &staff).await);
    let action = field(&f, "action_taken");
    let ids: Vec<i64> = match one {
        Some(id) => vec![id],
        None => f
            .iter()
            .filter(|(k, _)| k == "alert")
            .filter_map(|(_, v)| v.parse::<i64>().ok())
            .take(500)
            .collect(),
    };
    let t = I18n::english();
    let problem = if ids.is_empty() {
        Some("alerts-tick-some")
    } else if action.trim().is_empty() || action.chars().count() > 2_000 {
        Some("alert-action-needed")
    } else {
        None
    };
    if let Some(problem) = problem {
        return match alerts_view(state, &staff, Some(t.t(problem))).await {
            Ok(view) => {
                staff_page(
                    state,
                    Some(header),
                    StaffPage::Alerts(view),
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await
            }
            Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        };
    }
    let now = crate::now();
    let done = crate::service::alerts::acknowledge(&state.db, &staff, &ids, action.trim(), now).await;
    match done {
        Ok(()) => Redirect::to("/staff/alerts").into_response(),
        Err(e) => crate::http::error::PageError::new("acknowledge alerts", e).into_response(),
    }
}
