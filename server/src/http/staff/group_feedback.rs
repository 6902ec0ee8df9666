//! The staff page to record what a group said (officers and admins); the
//! same service as `POST /api/v1/orgs/{org}/group-feedback`.

use super::extract::{need, Signed, SignedForm};
use super::{field, header_for, org_name, staff_page};
use crate::domain::group_feedback::GroupFeedbackInput;
use crate::http::AppState;
use crate::service::promises::{self, PromiseError};
use crate::service::staff::Staff;
use app::pages::{GroupFeedbackView, StaffPage};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

async fn show(state: &AppState, staff: &Staff, mut view: GroupFeedbackView, status: StatusCode) -> Response {
    let org_id = staff.user.org_id;
    let Ok(form) = promises::group_feedback_form(&state.db, org_id).await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    view.themes = form.themes.into_iter().map(|t| (t.slug, t.label)).collect();
    view.promises = form.promises.into_iter().map(|p| (p.slug, p.title)).collect();
    view.recent = form.recent;
    let header = header_for(staff, &org_name(state, staff).await);
    staff_page(state, Some(header), StaffPage::GroupFeedback(view), status).await
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    saved: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    Query(q): Query<PageQuery>,
    Signed(staff, _): Signed<need::ManageActions>,
) -> Response {
    let view = GroupFeedbackView {
        saved: q.saved.is_some(),
        held_on: state.config.today(crate::now()).to_string(),
        ..Default::default()
    };
    show(&state, &staff, view, StatusCode::OK).await
}

pub async fn submit(
    State(state): State<AppState>,
    SignedForm(staff, f, _): SignedForm<need::ManageActions>,
) -> Response {
    let all = |name: &str| -> Vec<String> { f.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect() };
    let typed = GroupFeedbackView {
        occasion: field(&f, "occasion"),
        held_on: field(&f, "held_on"),
        participants: field(&f, "participants"),
        age_bands: all("age_bands"),
        text: field(&f, "text"),
        chosen_themes: all("themes"),
        chosen_promises: all("promises"),
        ..Default::default()
    };
    let input = GroupFeedbackInput {
        occasion: Some(typed.occasion.clone()),
        held_on: Some(typed.held_on.clone()),
        // Anything not a number is 0, which the check turns away kindly.
        participants: Some(typed.participants.trim().parse().unwrap_or(0)),
        age_bands: typed.age_bands.clone(),
        text: Some(typed.text.clone()),
        themes: typed.chosen_themes.clone(),
        promises: typed.chosen_promises.clone(),
    };
    let Some(org) = crate::service::orgs::by_id(&state.db, staff.user.org_id)
        .await
        .ok()
        .flatten()
    else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let now = crate::now();
    match promises::record_group_feedback(&state.db, &org, staff.user.user_id, input, state.config.today(now), now)
        .await
    {
        Ok(_) => Redirect::to("/staff/group-feedback?saved=1").into_response(),
        Err(PromiseError::Invalid(message)) => {
            let view = GroupFeedbackView {
                error: Some(message),
                ..typed
            };
            show(&state, &staff, view, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(PromiseError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(PromiseError::Database(e)) => {
            tracing::error!(error = %e, "could not record group feedback");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
