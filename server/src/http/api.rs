//! The JSON API under `/api/v1` for young people's messages, plus
//! `/healthz` and the OpenAPI document.

use super::error::{ApiError, ApiJson};
use super::language::Lang;
use super::limits::ClientAddr;
use super::AppState;
use crate::domain::{FeedbackInput, ReplyCode};
use crate::service::feedback::{self, SubmitError};
use crate::service::orgs::{self, Org};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    modifiers(&SecuritySchemes),
    info(
        title = "Sayso API",
        description = "Young people's feedback to their council, and the council's replies."
    ),
    paths(
        healthz,
        create_feedback,
        get_reply,
        openapi_json,
        super::staff::sign_in::api_login,
        super::staff::sign_in::api_logout,
        super::staff::moderation::api_list_feedback,
        super::actions::public_api,
        super::surveys::list,
        super::surveys::get,
        super::surveys::respond,
        super::surveys::answer,
        super::surveys::create,
        super::surveys::publish,
        super::surveys::close,
        super::surveys::results,
        super::report::api_board_report,
        super::promises::api_promises,
        super::promises::api_group_feedback,
        super::promises::tie_feedback,
        super::promises::tie_action,
        super::promises::tie_question
    ),
    components(schemas(
        super::actions::PublicActionJson,
        crate::service::report::BoardReport,
        crate::service::report::Line,
        crate::service::report::PeriodDates,
        crate::service::report::MoodTrend,
        crate::service::report::MoodMonth,
        crate::service::report::Urgent,
        crate::service::report::ActionLine,
        crate::service::report::ThemeQuotes,
        crate::service::promises_report::Replies,
        crate::service::promises_report::RepliesBefore,
        crate::service::promises_report::Cohort,
        crate::service::promises_report::PromiseLine,
        crate::service::promises_report::ActionsByStatus,
        crate::service::promises_report::PromiseAction,
        crate::service::promises_report::GroupSessions,
        crate::service::promises_report::GroupSessionsBefore,
        super::promises::PromiseJson,
        super::promises::GroupFeedbackCreated,
        super::promises::TieRequest,
        crate::domain::group_feedback::GroupFeedbackInput,
        crate::domain::suppress::Cell,
        FeedbackRequest,
        FeedbackCreated,
        HelpNumbers,
        ReplyResponse,
        ReplyItem,
        ErrorBody,
        Health,
        super::surveys::SurveySummary,
        super::surveys::SurveyJson,
        super::surveys::QuestionJson,
        super::surveys::OptionJson,
        super::surveys::ResponseRequest,
        super::surveys::ResponseCreated,
        super::surveys::AnswersRequest,
        super::surveys::SurveyInput,
        super::surveys::QuestionInput,
        super::surveys::OptionInput,
        super::surveys::OptionOrText,
        super::surveys::SurveyStatus,
        crate::domain::survey_results::SurveyResults,
        crate::domain::survey_results::QuestionResults,
        crate::domain::survey_results::GroupResults,
        crate::domain::survey_results::GroupCount,
        crate::domain::survey_results::AnswerCount,
        crate::domain::survey_results::PreviousRound,
        crate::domain::survey_results::SurveyHeadline,
        crate::domain::survey_results::HeadlineQuestion
    ))
)]
pub struct ApiDoc;

/// How staff endpoints are authorised: a bearer API token (integrations),
/// or the session cookie that `POST /api/v1/session` sets (browsers; its
/// writes must come from this server's own pages).
struct SecuritySchemes;

impl utoipa::Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An API token made by an organisation admin; it works for 90 days.",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                super::staff::SESSION_COOKIE,
                "Set by POST /api/v1/session.",
            ))),
        );
    }
}

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// A plain-words explanation of what to change.
    error: String,
}

#[derive(Serialize, ToSchema)]
pub struct Health {
    status: String,
}

/// `200 {"status":"ok"}` once the database answers; `503` while it does
/// not. `harm` says which layers of the harm check are on: `phrases` is
/// always `on`; `meaning` is `on`, `loading`, `off` (SAYSO_HARM_MODEL=off)
/// or `degraded` (its model files vanished or failed: then `status` is
/// `degraded`, still with `200`, because messages are still taken and the
/// phrase list still reads them).
#[utoipa::path(get, path = "/healthz", responses(
    (status = 200, body = Health), (status = 503, body = Health)))]
pub async fn healthz(State(state): State<AppState>) -> Response {
    let meaning = crate::domain::harm::meaning::status();
    let harm = serde_json::json!({ "phrases": "on", "meaning": meaning });
    if state.db.ping().await {
        let status = if meaning == "degraded" { "degraded" } else { "ok" };
        Json(serde_json::json!({ "status": status, "harm": harm })).into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(serde_json::json!({ "status": "unavailable", "harm": harm })),
        )
            .into_response()
    }
}

#[utoipa::path(get, path = "/api/v1/openapi.json", responses((status = 200, description = "This document")))]
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

pub(super) async fn find_org(state: &AppState, slug: &str) -> Result<Org, ApiError> {
    orgs::by_slug(&state.db, slug)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("There is no organisation called \"{slug}\".")))
}

/// The organisation a message is for. An organisation's id and slug never
/// change and organisations are never removed, so once read they are taken
/// from memory: sending a message then costs one database statement.
/// Anything else about the organisation must be read fresh (`find_org`).
async fn known_org(state: &AppState, slug: &str) -> Result<Org, ApiError> {
    let remembered = state
        .last_seen_orgs
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(slug)
        .cloned();
    if let Some(org) = remembered {
        return Ok(org);
    }
    let org = find_org(state, slug).await?;
    let mut seen = state.last_seen_orgs.lock().unwrap_or_else(|e| e.into_inner());
    if seen.len() < 10_000 {
        seen.insert(org.slug.clone(), org.clone());
    }
    Ok(org)
}

/// A message from a young person. Only `kind`, `text` and `age_band` are
/// required; it is anonymous unless `anonymous` is false.
#[derive(Deserialize, ToSchema, Default)]
pub struct FeedbackRequest {
    /// `good_news`, `worry`, `idea`, `meeting` or `feeling`
    kind: Option<String>,
    /// Up to 5,000 characters, stored exactly as typed.
    text: Option<String>,
    /// 1 (very unhappy) to 5 (very happy)
    mood: Option<i64>,
    /// Theme slugs of the organisation.
    themes: Option<Vec<String>>,
    /// `4-7`, `8-11`, `12-17` or `16-25`
    age_band: Option<String>,
    /// `in_care` or `care_leaver`
    care_status: Option<String>,
    /// Default true. When true, `name` and `contact_email` are ignored and not stored.
    anonymous: Option<bool>,
    name: Option<String>,
    contact_email: Option<String>,
    /// Whether to email the reply to `contact_email` (default true when an email is given).
    email_consent: Option<bool>,
    /// The young person said they do not feel safe: the message is urgent.
    #[serde(rename = "unsafe")]
    reported_unsafe: Option<bool>,
    /// A trusted adult is typing the young person's words for them.
    helper: Option<bool>,
    /// The language the words are in: `en`, `cy`, `ar`, `fa` (Persian and
    /// Dari), `ps`, `ckb` (Kurdish Sorani), `ti`, `vi` or `sq`; tags such as
    /// `fa-AF` or `prs` are understood. Default: the best of the request's
    /// `Accept-Language` that Sayso has, else `en`.
    language: Option<String>,
}

impl FeedbackRequest {
    fn into_input(self, default_language: &str) -> FeedbackInput {
        let r = self;
        FeedbackInput {
            kind: r.kind,
            text: r.text,
            mood: r.mood,
            themes: r.themes.unwrap_or_default(),
            age_band: r.age_band,
            care_status: r.care_status,
            anonymous: r.anonymous,
            name: r.name,
            contact_email: r.contact_email,
            email_consent: r.email_consent,
            reported_unsafe: r.reported_unsafe.unwrap_or(false),
            helper: r.helper.unwrap_or(false),
            language: Some(r.language.unwrap_or_else(|| default_language.to_string())),
            easy_read: false,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct HelpNumbers {
    emergency: String,
    childline: String,
    out_of_hours: String,
}

#[derive(Serialize, ToSchema)]
pub struct FeedbackCreated {
    /// Three words; the only way back to an anonymous message.
    reply_code: String,
    /// True when the message was marked unsafe or its words suggest harm.
    urgent: bool,
    status: String,
    /// The date (`YYYY-MM-DD`) the organisation promises to reply by: its
    /// reply time in working days, skipping weekends and bank holidays.
    #[schema(example = "2026-12-08")]
    reply_by: Option<String>,
    /// Help to show the young person at once when `urgent` is true.
    help: Option<HelpNumbers>,
}

pub(super) fn help_numbers(org: &Org) -> HelpNumbers {
    HelpNumbers {
        emergency: "999".into(),
        childline: "0800 1111".into(),
        out_of_hours: org.out_of_hours_phone.clone(),
    }
}

/// Reads the optional `Idempotency-Key` header.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    match value.to_str() {
        Ok(key) if valid_idempotency_key(key) => Ok(Some(key.to_string())),
        _ => Err(ApiError::BadRequest(
            "Idempotency-Key must be 1 to 200 visible characters.".into(),
        )),
    }
}

pub(super) fn valid_idempotency_key(key: &str) -> bool {
    (1..=200).contains(&key.len()) && key.chars().all(|c| c.is_ascii_graphic())
}

/// Send a message. It is stored before the answer is sent; repeating the
/// request with the same `Idempotency-Key` returns the same reply code.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/feedback",
    params(("org" = String, Path, description = "The organisation's slug"),
           ("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe")),
    request_body = FeedbackRequest,
    responses((status = 201, body = FeedbackCreated), (status = 400, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_feedback(
    State(state): State<AppState>,
    lang: Lang,
    Path(org): Path<String>,
    headers: HeaderMap,
    body: Result<ApiJson<FeedbackRequest>, ApiError>,
) -> Result<Response, ApiError> {
    let org = known_org(&state, &org).await?;
    let ApiJson(body) = body?;
    let key = idempotency_key(&headers)?;
    let t = lang.i18n(Some(&org), None);
    let input = body.into_input(t.lang);
    match feedback::submit(
        &state.db,
        &org,
        input,
        key.as_deref(),
        crate::now(),
        state.config.today(crate::now()),
    )
    .await
    {
        Ok(done) => {
            // Help numbers are read fresh: an admin may have just changed them.
            let help = match done.urgent {
                true => Some(help_numbers(&find_org(&state, &org.slug).await.unwrap_or(org))),
                false => None,
            };
            let created = FeedbackCreated {
                help,
                reply_code: done.reply_code,
                urgent: done.urgent,
                reply_by: done.reply_by,
                status: "sent".into(),
            };
            Ok((StatusCode::CREATED, Json(created)).into_response())
        }
        Err(SubmitError::Invalid(problems)) => {
            let max = app::model::MAX_TEXT_CHARS.to_string();
            let problems: Vec<(String, String)> = problems
                .iter()
                .map(|p| (p.field_name().to_string(), t.ts(p.message, &[("max", &max)])))
                .collect();
            let message = problems.iter().map(|(_, m)| m.as_str()).collect::<Vec<_>>().join(" ");
            Err(ApiError::Invalid { message, problems })
        }
        Err(SubmitError::KeyReused) => Err(ApiError::Invalid {
            message:
                "This Idempotency-Key was already used for a different message. Send a new message with a new key."
                    .into(),
            problems: Vec::new(),
        }),
        Err(SubmitError::Database(e)) => Err(e.into()),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ReplyItem {
    /// The day of the reply, `YYYY-MM-DD`.
    date: String,
    text: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReplyResponse {
    reply_code: String,
    /// `sent`, `read` (by the team), `replied` or `you_said_we_did`.
    status: String,
    /// The status in plain words for the young person's age band.
    status_text: String,
    replies: Vec<ReplyItem>,
    /// Where to read the "You said, we did" action this message is part of.
    you_said_we_did_url: Option<String>,
    /// The date (`YYYY-MM-DD`) the organisation promised to reply by.
    reply_by: Option<String>,
    /// The status of the "You said, we did" action the message is part of
    /// (`heard`, `planned`, `in_progress`, `done`, `not_doing`).
    action_status: Option<String>,
    /// The day (`YYYY-MM-DD`) that action last changed or had news.
    action_updated_on: Option<String>,
}

/// What has happened to a message, by its reply code. Rate limited.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/replies/{reply_code}",
    params(("org" = String, Path), ("reply_code" = String, Path, description = "Three words, e.g. apple-river-tiger")),
    responses((status = 200, body = ReplyResponse), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn get_reply(
    State(state): State<AppState>,
    lang: Lang,
    client: ClientAddr,
    Path((org, code)): Path<(String, String)>,
) -> Result<Json<ReplyResponse>, ApiError> {
    let t = lang.i18n(None, None);
    if !state.reply_lookups.allow(&state.db, &client.rate_key()).await {
        return Err(ApiError::TooManyRequests(t.t("reply-limited")));
    }
    let org = find_org(&state, &org).await?;
    let t = lang.i18n(Some(&org), None);
    let org_key = org.id.to_string();
    if state.reply_failures.exhausted(&state.db, &org_key).await {
        return Err(ApiError::TooManyRequests(t.t("reply-limited")));
    }
    let not_found = || ApiError::NotFound(t.t("reply-not-found"));
    let found = match ReplyCode::parse(&code) {
        Some(code) => feedback::reply_for(&state.db, &org, &code).await?,
        None => None,
    };
    let Some(info) = found else {
        state.reply_failures.hit(&state.db, &org_key).await;
        return Err(not_found());
    };
    let status_text = t.with_band(info.age_band).t(&format!("status-{}", info.status));
    Ok(Json(ReplyResponse {
        reply_code: info.reply_code,
        status: info.status.to_string(),
        status_text,
        replies: info
            .replies
            .into_iter()
            .map(|r| ReplyItem {
                date: r.date,
                text: r.text,
            })
            .collect(),
        reply_by: info.reply_by,
        action_status: info.action_news.as_ref().map(|n| n.0.clone()),
        action_updated_on: info.action_news.as_ref().map(|n| n.1.clone()),
        you_said_we_did_url: info
            .action_id
            .map(|id| format!("/{}/you-said-we-did#action-{id}", org.slug)),
    }))
}
