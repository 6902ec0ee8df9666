//! The organisation's promises (its Pledge or Care Leavers Charter): the
//! public list with the published actions under each, the young people's
//! page "Our promises to you", what groups said, and officers tying
//! messages, actions and survey questions to promises.

use super::api::find_org;
use super::error::{ApiError, ApiJson};
use super::staff::extract::{need, ApiWriter};
use super::AppState;
use crate::domain::group_feedback::GroupFeedbackInput;
use crate::service::promises::{self, PromiseError, Tied};
use crate::service::staff::Staff;
use app::model::AgeBand;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One promise with the published "You said, we did" actions under it.
#[derive(Serialize, ToSchema)]
pub struct PromiseJson {
    pub slug: String,
    pub title: String,
    pub text: String,
    pub actions: Vec<super::actions::PublicActionJson>,
}

#[derive(Deserialize, Default)]
pub struct PromisesQuery {
    age_band: Option<String>,
}

/// The organisation's promises to its children in care and care leavers,
/// each with its published "You said, we did" actions; `?age_band=`
/// chooses the wording.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/promises",
    params(("org" = String, Path), ("age_band" = Option<String>, Query)),
    responses((status = 200, body = [PromiseJson]), (status = 404, body = super::api::ErrorBody)))]
pub async fn api_promises(
    State(state): State<AppState>,
    Path(org): Path<String>,
    Query(q): Query<PromisesQuery>,
) -> Result<Json<Vec<PromiseJson>>, ApiError> {
    let org = find_org(&state, &org).await?;
    let band = q.age_band.as_deref().and_then(AgeBand::parse);
    let promises = promises::with_actions(&state.db, org.id, band).await?;
    Ok(Json(
        promises
            .into_iter()
            .map(|p| PromiseJson {
                slug: p.slug,
                title: p.title,
                text: p.text,
                actions: p.actions.into_iter().map(Into::into).collect(),
            })
            .collect(),
    ))
}

fn promise_error(e: PromiseError) -> ApiError {
    match e {
        PromiseError::Invalid(message) => ApiError::Invalid {
            message,
            problems: Vec::new(),
        },
        PromiseError::NotFound => ApiError::NotFound("There is no such item in your organisation.".into()),
        PromiseError::Database(e) => e.into(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct GroupFeedbackCreated {
    id: i64,
}

/// Record what a group said: a Children in Care Council meeting, an event
/// or a bundle of paper forms (officers and admins). With a session cookie,
/// send its `csrf_token` as `X-CSRF-Token`. The words are redacted like a
/// message's; the Board report counts sessions and participants only.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/group-feedback",
    params(("org" = String, Path)),
    request_body = GroupFeedbackInput,
    responses((status = 201, body = GroupFeedbackCreated), (status = 401, body = super::api::ErrorBody),
              (status = 403, body = super::api::ErrorBody), (status = 422, body = super::api::ErrorBody)))]
pub async fn api_group_feedback(
    State(state): State<AppState>,
    Path(org): Path<String>,
    ApiWriter(staff, _): ApiWriter<need::ManageActions>,
    body: Result<ApiJson<GroupFeedbackInput>, ApiError>,
) -> Result<Response, ApiError> {
    let ApiJson(input) = body?;
    let org = find_org(&state, &org).await?;
    let now = crate::now();
    let id = promises::record_group_feedback(&state.db, &org, staff.user.user_id, input, state.config.today(now), now)
        .await
        .map_err(promise_error)?;
    Ok((StatusCode::CREATED, Json(GroupFeedbackCreated { id })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct TieRequest {
    /// Promise slugs; an empty list unties it.
    promises: Vec<String>,
}

async fn tie(state: AppState, staff: Staff, what: Tied, id: i64, body: TieRequest) -> Result<Response, ApiError> {
    promises::tie(
        &state.db,
        staff.user.org_id,
        staff.user.user_id,
        what,
        id,
        &body.promises,
    )
    .await
    .map_err(promise_error)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Tie a message to promises (officers and admins), replacing its ties.
#[utoipa::path(put, path = "/api/v1/orgs/{org}/feedback/{id}/promises",
    params(("org" = String, Path), ("id" = i64, Path)), request_body = TieRequest,
    responses((status = 204), (status = 403, body = super::api::ErrorBody), (status = 404, body = super::api::ErrorBody),
              (status = 422, body = super::api::ErrorBody)))]
pub async fn tie_feedback(
    State(state): State<AppState>,
    Path((_org, id)): Path<(String, i64)>,
    writer: Result<ApiWriter<need::ManageActions>, ApiError>,
    body: Result<ApiJson<TieRequest>, ApiError>,
) -> Result<Response, ApiError> {
    // A malformed body is answered first, as it always was.
    let ApiJson(body) = body?;
    let ApiWriter(staff, _) = writer?;
    tie(state, staff, Tied::Feedback, id, body).await
}

/// Tie a "You said, we did" action to promises (officers and admins).
#[utoipa::path(put, path = "/api/v1/orgs/{org}/actions/{id}/promises",
    params(("org" = String, Path), ("id" = i64, Path)), request_body = TieRequest,
    responses((status = 204), (status = 403, body = super::api::ErrorBody), (status = 404, body = super::api::ErrorBody),
              (status = 422, body = super::api::ErrorBody)))]
pub async fn tie_action(
    State(state): State<AppState>,
    Path((_org, id)): Path<(String, i64)>,
    writer: Result<ApiWriter<need::ManageActions>, ApiError>,
    body: Result<ApiJson<TieRequest>, ApiError>,
) -> Result<Response, ApiError> {
    // A malformed body is answered first, as it always was.
    let ApiJson(body) = body?;
    let ApiWriter(staff, _) = writer?;
    tie(state, staff, Tied::Action, id, body).await
}

/// Tie a survey question to promises (officers and admins): answers to it
/// count under those promises in the Board report.
#[utoipa::path(put, path = "/api/v1/orgs/{org}/surveys/{survey}/questions/{question}/promises",
    params(("org" = String, Path), ("survey" = String, Path), ("question" = String, Path)), request_body = TieRequest,
    responses((status = 204), (status = 403, body = super::api::ErrorBody), (status = 404, body = super::api::ErrorBody),
              (status = 422, body = super::api::ErrorBody)))]
pub async fn tie_question(
    State(state): State<AppState>,
    Path((org, survey, question)): Path<(String, String, String)>,
    ApiWriter(staff, _): ApiWriter<need::ManageActions>,
    body: Result<ApiJson<TieRequest>, ApiError>,
) -> Result<Response, ApiError> {
    let ApiJson(body) = body?;
    let org = find_org(&state, &org).await?;
    promises::tie_question(&state.db, &org, staff.user.user_id, &survey, &question, &body.promises)
        .await
        .map_err(promise_error)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    age: Option<String>,
}

/// "Our promises to you", worded for the reader's age band (`?age=`).
pub async fn promises_page(
    State(state): State<AppState>,
    lang: super::language::Lang,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> Response {
    let org = match super::pages::org_or_404(&state, &lang, &slug).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let band = q.age.as_deref().and_then(AgeBand::parse);
    let Ok(promises) = promises::with_actions(&state.db, org.id, band).await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let page = app::pages::PromisesPage {
        band,
        promises: promises
            .into_iter()
            .map(|p| app::pages::PromiseView {
                slug: p.slug,
                title: p.title,
                text: p.text,
                actions: p.actions,
            })
            .collect(),
    };
    let page = super::pages::state(&lang, &org, band, app::pages::Page::Promises(page));
    super::pages::render(&state, page, StatusCode::OK).await
}

/// The routes of this module: the API, the young people's page (with the
/// language layer young people's pages have) and the staff page.
pub fn routes(state: &AppState) -> axum::Router<AppState> {
    use axum::routing::{get, post, put};
    let young_people =
        axum::Router::new()
            .route("/{org}/promises", get(promises_page))
            .layer(axum::middleware::from_fn_with_state(
                state.clone(),
                super::language::language,
            ));
    axum::Router::new()
        .route("/api/v1/orgs/{org}/promises", get(api_promises))
        .route("/api/v1/orgs/{org}/group-feedback", post(api_group_feedback))
        .route("/api/v1/orgs/{org}/feedback/{id}/promises", put(tie_feedback))
        .route("/api/v1/orgs/{org}/actions/{id}/promises", put(tie_action))
        .route(
            "/api/v1/orgs/{org}/surveys/{survey}/questions/{question}/promises",
            put(tie_question),
        )
        .route(
            "/staff/group-feedback",
            get(super::staff::group_feedback::page).post(super::staff::group_feedback::submit),
        )
        .merge(young_people)
}
