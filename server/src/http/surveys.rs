//! Surveys in the JSON API: the list, a survey worded for an age band,
//! anonymous responses, and for staff building, publishing, closing and
//! results (JSON or CSV).

use super::api::{find_org, help_numbers, ErrorBody, HelpNumbers};
use super::error::{ApiError, ApiJson};
use super::language::Lang;
use super::staff::current;
use super::staff::extract::{need, OrgStaff};
use super::AppState;
use crate::domain::survey::{self, Audience, Choice, Definition, Question, QuestionKind, Wording};
use crate::domain::survey_results::SurveyResults;
use crate::service::orgs::Org;
use crate::service::staff::Staff;
use crate::service::survey_results;
use crate::service::surveys::{self, NewSurvey, Survey, SurveyError};
use app::i18n::I18n;
use app::model::{AgeBand, CareStatus};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use utoipa::ToSchema;

impl From<SurveyError> for ApiError {
    fn from(e: SurveyError) -> Self {
        match e {
            SurveyError::NotFound => ApiError::NotFound("There is no survey or response at this address.".into()),
            SurveyError::Conflict(m) => ApiError::Conflict(m),
            SurveyError::Invalid(message) => ApiError::Invalid {
                message,
                problems: Vec::new(),
            },
            SurveyError::Database(e) => e.into(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct SurveySummary {
    slug: String,
    title: String,
    /// `YYYY-MM-DD`, the last day it is open; null when open until closed.
    closes_on: Option<String>,
    /// Staff only: `draft`, `open` or `closed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<String>,
    /// Staff only.
    #[serde(skip_serializing_if = "Option::is_none")]
    opens_on: Option<String>,
}

/// Surveys open now; with a staff session of this organisation, all of
/// them with their `status`.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/surveys", params(("org" = String, Path)),
    responses((status = 200, body = [SurveySummary]), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(org): Path<String>,
) -> Result<Json<Vec<SurveySummary>>, ApiError> {
    let org = find_org(&state, &org).await?;
    let now = crate::now();
    let today = surveys::today(now);
    let staff = current(&state, &headers).await?.filter(|s| s.user.org_id == org.id);
    let list = if staff.is_some() {
        surveys::list(&state.db, &org).await?
    } else {
        surveys::open_now(&state.db, &org, now).await?
    };
    Ok(Json(
        list.into_iter()
            .map(|s| SurveySummary {
                status: staff.as_ref().map(|_| s.status(&today).as_str().to_string()),
                opens_on: staff.as_ref().and(s.row.opens_on.clone()),
                slug: s.row.slug,
                title: s.row.title,
                closes_on: s.row.closes_on,
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct OptionJson {
    id: String,
    text: String,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionJson {
    id: String,
    /// `faces` (answer 1-5), `yes_no` (`yes`, `no`, `not_sure`), `single`
    /// (an option id), `multiple` (a list of option ids) or `text`.
    kind: String,
    text: String,
    /// The choices (faces and yes/no have fixed ones); empty for text.
    options: Vec<OptionJson>,
    /// The part of the survey this question belongs to, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    part: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyJson {
    slug: String,
    title: String,
    intro: String,
    questions: Vec<QuestionJson>,
    /// `draft`, `open` or `closed`.
    status: String,
    closes_on: Option<String>,
    /// The age bands this survey is for.
    age_bands: Vec<String>,
    /// The care statuses this survey is for.
    care_statuses: Vec<String>,
}

/// The words of a part heading for a band (the well-being survey's parts
/// have translations; others show as written).
pub fn part_words(part: &str, t: &I18n) -> String {
    let id = format!("wb-part-{part}");
    let words = t.t(&id);
    if words == id {
        part.to_string()
    } else {
        words
    }
}

/// A survey as JSON, worded for `t`'s age band and, for the ready-made
/// survey's own words, in its language.
pub fn survey_json(s: &Survey, t: &I18n, today: &str) -> SurveyJson {
    SurveyJson {
        slug: s.row.slug.clone(),
        title: s.def.title.for_reader("wb-title", t),
        intro: s.def.intro.for_reader("wb-intro", t),
        questions: s
            .def
            .questions
            .iter()
            .map(|q| QuestionJson {
                id: q.id.clone(),
                kind: q.kind.as_str().to_string(),
                text: q.wording.for_reader(&format!("wb-{}", q.id), t),
                options: survey::answer_keys(q)
                    .into_iter()
                    .map(|k| OptionJson {
                        text: survey::answer_label(q, &k, t),
                        id: k,
                    })
                    .collect(),
                part: q.part.as_deref().map(|p| part_words(p, t)),
            })
            .collect(),
        status: s.status(today).as_str().to_string(),
        closes_on: s.row.closes_on.clone(),
        age_bands: s.def.audience.bands().iter().map(|b| b.to_string()).collect(),
        care_statuses: s.def.audience.statuses().iter().map(|c| c.to_string()).collect(),
    }
}

#[derive(Deserialize, Default)]
pub struct BandQuery {
    age_band: Option<String>,
    format: Option<String>,
}

fn band_of(q: &BandQuery) -> Result<Option<AgeBand>, ApiError> {
    match q.age_band.as_deref().filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => AgeBand::parse(s).map(Some).ok_or_else(|| ApiError::Invalid {
            message: "age_band must be 4-7, 8-11, 12-17 or 16-25.".into(),
            problems: vec![("age_band".into(), "Choose 4-7, 8-11, 12-17 or 16-25.".into())],
        }),
    }
}

/// A survey worded for an age band.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/surveys/{survey}",
    params(("org" = String, Path), ("survey" = String, Path, description = "The survey's slug"),
           ("age_band" = Option<String>, Query, description = "4-7, 8-11, 12-17 or 16-25")),
    responses((status = 200, body = SurveyJson), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((org, slug)): Path<(String, String)>,
    Query(q): Query<BandQuery>,
) -> Result<Json<SurveyJson>, ApiError> {
    let org = find_org(&state, &org).await?;
    // A draft is shown only to the organisation's own staff.
    let staff = current(&state, &headers).await?.filter(|s| s.user.org_id == org.id);
    let survey = match staff {
        Some(_) => surveys::find(&state.db, &org, &slug).await?,
        None => surveys::find_published(&state.db, &org, &slug).await?,
    };
    let band = band_of(&q)?;
    let t = lang.i18n(Some(&org), band);
    Ok(Json(survey_json(&survey, &t, &surveys::today(crate::now()))))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct ResponseRequest {
    /// `4-7`, `8-11`, `12-17` or `16-25`
    age_band: Option<String>,
    /// `in_care` or `care_leaver`
    care_status: Option<String>,
    /// Question id to answer; any subset of the questions. `null` skips.
    #[schema(value_type = Object)]
    answers: Option<serde_json::Map<String, Value>>,
    /// The language written answers are in (a code or tag such as `cy` or
    /// `fa-AF`); English when left out. Words that suggest harm are looked
    /// for in that language.
    language: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ResponseCreated {
    /// Random; keep it to add answers with PUT. Anyone holding it can change them.
    response_id: String,
    /// True when free-text words suggest harm: show help at once.
    urgent: bool,
    help: Option<HelpNumbers>,
}

/// Starts an anonymous response with any of the answers.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/surveys/{survey}/responses",
    params(("org" = String, Path), ("survey" = String, Path)), request_body = ResponseRequest,
    responses((status = 201, body = ResponseCreated), (status = 404, body = ErrorBody),
              (status = 409, body = ErrorBody, description = "The survey is not open"),
              (status = 422, body = ErrorBody)))]
pub async fn respond(
    State(state): State<AppState>,
    Path((org, slug)): Path<(String, String)>,
    body: Result<ApiJson<ResponseRequest>, ApiError>,
) -> Result<Response, ApiError> {
    let org = find_org(&state, &org).await?;
    // A draft answers 409 "not open" (stable interface) and shows nothing.
    let survey = surveys::find(&state.db, &org, &slug).await?;
    let ApiJson(body) = body?;
    let answers = body.answers.unwrap_or_default();
    let language = surveys::answer_language(body.language.as_deref())?;
    let saved = surveys::respond(
        &state.db,
        &org,
        &survey,
        body.age_band.as_deref(),
        body.care_status.as_deref(),
        &answers,
        language,
        crate::now(),
    )
    .await?;
    let created = ResponseCreated {
        help: saved.urgent.then(|| help_numbers(&org)),
        response_id: saved.response_id,
        urgent: saved.urgent,
    };
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

#[derive(Deserialize, ToSchema, Default)]
pub struct AnswersRequest {
    #[schema(value_type = Object)]
    answers: Option<serde_json::Map<String, Value>>,
    /// As for starting a response: the language written answers are in.
    language: Option<String>,
}

/// Adds or replaces answers of a response, a screen at a time.
#[utoipa::path(put, path = "/api/v1/orgs/{org}/surveys/{survey}/responses/{response_id}",
    params(("org" = String, Path), ("survey" = String, Path), ("response_id" = String, Path)),
    request_body = AnswersRequest,
    responses((status = 200, body = ResponseCreated), (status = 404, body = ErrorBody),
              (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn answer(
    State(state): State<AppState>,
    Path((org, slug, response_id)): Path<(String, String, String)>,
    body: Result<ApiJson<AnswersRequest>, ApiError>,
) -> Result<Json<ResponseCreated>, ApiError> {
    let org = find_org(&state, &org).await?;
    let survey = surveys::find(&state.db, &org, &slug).await?;
    let ApiJson(body) = body?;
    let answers = body.answers.unwrap_or_default();
    let language = surveys::answer_language(body.language.as_deref())?;
    let saved = surveys::answer(&state.db, &org, &survey, &response_id, &answers, language, crate::now()).await?;
    Ok(Json(ResponseCreated {
        help: saved.urgent.then(|| help_numbers(&org)),
        response_id: saved.response_id,
        urgent: saved.urgent,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct OptionInput {
    /// Made from the position when left out (`o1`, `o2`, ...).
    id: Option<String>,
    text: String,
    /// Different words per age band, e.g. `{"4-7": "..."}`.
    text_by_band: Option<BTreeMap<String, String>>,
}

/// An option: its words alone, or `{"id","text","text_by_band"}`.
#[derive(Deserialize, ToSchema)]
#[serde(untagged)]
pub enum OptionOrText {
    Text(String),
    Option(OptionInput),
}

#[derive(Deserialize, ToSchema)]
pub struct QuestionInput {
    /// Made from the position when left out (`q1`, `q2`, ...).
    id: Option<String>,
    /// `faces`, `yes_no`, `single`, `multiple` or `text`.
    kind: String,
    text: String,
    text_by_band: Option<BTreeMap<String, String>>,
    /// For `single` and `multiple` (ignored for the others).
    options: Option<Vec<OptionOrText>>,
    part: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct SurveyInput {
    /// Made from the title when left out.
    slug: Option<String>,
    title: Option<String>,
    title_by_band: Option<BTreeMap<String, String>>,
    intro: Option<String>,
    intro_by_band: Option<BTreeMap<String, String>>,
    questions: Option<Vec<QuestionInput>>,
    /// `{"age_bands": ["8-11", ...], "care_statuses": ["in_care", ...]}`
    /// (or a plain list of both); empty or absent means everyone.
    #[schema(value_type = Object)]
    audience: Option<Value>,
    /// `YYYY-MM-DD`
    opens_on: Option<String>,
    /// `YYYY-MM-DD`, the last day it is open.
    closes_on: Option<String>,
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::Invalid {
        message: message.into(),
        problems: Vec::new(),
    }
}

/// Reads an audience: an object of lists, or one list of bands and statuses.
pub fn parse_audience(v: Option<&Value>) -> Result<Audience, String> {
    let bad =
        || "audience lists age bands (4-7, 8-11, 12-17, 16-25) and care statuses (in_care, care_leaver).".to_string();
    let mut audience = Audience::default();
    let mut take = |item: &Value| -> Result<(), String> {
        let s = item.as_str().ok_or_else(bad)?;
        if let Some(b) = AgeBand::parse(s) {
            if !audience.age_bands.contains(&b) {
                audience.age_bands.push(b);
            }
        } else if let Some(c) = CareStatus::parse(s) {
            if !audience.care_statuses.contains(&c) {
                audience.care_statuses.push(c);
            }
        } else {
            return Err(bad());
        }
        Ok(())
    };
    match v {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => items.iter().try_for_each(&mut take)?,
        Some(Value::Object(map)) => {
            for (key, value) in map {
                let known = ["age_bands", "age_band", "care_statuses", "care_status"];
                if !known.contains(&key.as_str()) {
                    return Err(bad());
                }
                match value {
                    Value::Array(items) => items.iter().try_for_each(&mut take)?,
                    Value::String(_) => take(value)?,
                    Value::Null => {}
                    _ => return Err(bad()),
                }
            }
        }
        _ => return Err(bad()),
    }
    Ok(audience)
}

impl SurveyInput {
    fn into_new(self) -> Result<NewSurvey, ApiError> {
        let wording = |text: Option<String>, by_band: Option<BTreeMap<String, String>>| Wording {
            text: text.unwrap_or_default().trim().to_string(),
            by_band: by_band
                .unwrap_or_default()
                .into_iter()
                .filter(|(_, v)| !v.trim().is_empty())
                .collect(),
        };
        let mut questions = Vec::new();
        for (i, q) in self.questions.unwrap_or_default().into_iter().enumerate() {
            let kind = QuestionKind::parse(&q.kind).ok_or_else(|| {
                invalid(format!(
                    "Question {}: kind must be faces, yes_no, single, multiple or text.",
                    i + 1
                ))
            })?;
            let options = if matches!(kind, QuestionKind::Single | QuestionKind::Multiple) {
                q.options
                    .unwrap_or_default()
                    .into_iter()
                    .enumerate()
                    .map(|(j, o)| {
                        let o = match o {
                            OptionOrText::Text(text) => OptionInput {
                                id: None,
                                text,
                                text_by_band: None,
                            },
                            OptionOrText::Option(o) => o,
                        };
                        Choice {
                            id: o.id.filter(|s| !s.is_empty()).unwrap_or_else(|| format!("o{}", j + 1)),
                            wording: wording(Some(o.text), o.text_by_band),
                        }
                    })
                    .collect()
            } else {
                Vec::new()
            };
            questions.push(Question {
                id: q.id.filter(|s| !s.is_empty()).unwrap_or_else(|| format!("q{}", i + 1)),
                kind,
                wording: wording(Some(q.text), q.text_by_band),
                options,
                part: q.part.filter(|p| !p.trim().is_empty()),
            });
        }
        let audience = parse_audience(self.audience.as_ref()).map_err(invalid)?;
        Ok(NewSurvey {
            slug: self.slug,
            def: Definition {
                title: wording(self.title, self.title_by_band),
                intro: wording(self.intro, self.intro_by_band),
                questions,
                audience,
            },
            opens_on: self.opens_on,
            closes_on: self.closes_on,
            previous_id: None,
        })
    }
}

#[derive(Serialize, ToSchema)]
pub struct SurveyStatus {
    slug: String,
    title: String,
    /// `draft`, `open` or `closed`.
    status: String,
    opens_on: Option<String>,
    closes_on: Option<String>,
}

fn status_json(s: &Survey, now: i64) -> SurveyStatus {
    SurveyStatus {
        slug: s.row.slug.clone(),
        title: s.row.title.clone(),
        status: s.status(&surveys::today(now)).as_str().to_string(),
        opens_on: s.row.opens_on.clone(),
        closes_on: s.row.closes_on.clone(),
    }
}

/// Creates a draft survey (officers and admins).
#[utoipa::path(post, path = "/api/v1/orgs/{org}/surveys", params(("org" = String, Path)),
    request_body = SurveyInput,
    responses((status = 201, body = SurveyStatus), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    OrgStaff(org, staff, _): OrgStaff<need::BuildSurveys>,
    body: Result<ApiJson<SurveyInput>, ApiError>,
) -> Result<Response, ApiError> {
    let ApiJson(body) = body?;
    let now = crate::now();
    let survey = surveys::create(&state.db, &staff, &org, body.into_new()?, now).await?;
    Ok((StatusCode::CREATED, Json(status_json(&survey, now))).into_response())
}

/// Publishes a draft: it opens on its opening day (today if none).
#[utoipa::path(post, path = "/api/v1/orgs/{org}/surveys/{survey}/publish",
    params(("org" = String, Path), ("survey" = String, Path)),
    responses((status = 200, body = SurveyStatus), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn publish(
    State(state): State<AppState>,
    Path((_org, slug)): Path<(String, String)>,
    OrgStaff(org, staff, _): OrgStaff<need::BuildSurveys>,
) -> Result<Json<SurveyStatus>, ApiError> {
    change_status(state, org, staff, slug, true).await
}

/// Closes an open survey now.
#[utoipa::path(post, path = "/api/v1/orgs/{org}/surveys/{survey}/close",
    params(("org" = String, Path), ("survey" = String, Path)),
    responses((status = 200, body = SurveyStatus), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn close(
    State(state): State<AppState>,
    Path((_org, slug)): Path<(String, String)>,
    OrgStaff(org, staff, _): OrgStaff<need::BuildSurveys>,
) -> Result<Json<SurveyStatus>, ApiError> {
    change_status(state, org, staff, slug, false).await
}

async fn change_status(
    state: AppState,
    org: Org,
    staff: Staff,
    slug: String,
    open: bool,
) -> Result<Json<SurveyStatus>, ApiError> {
    let survey = surveys::find(&state.db, &org, &slug).await?;
    let now = crate::now();
    surveys::open_or_close(&state.db, &staff, &survey, open, now).await?;
    let survey = surveys::find(&state.db, &org, &slug).await?;
    Ok(Json(status_json(&survey, now)))
}

/// Results: counts per answer, overall and by age band and care status,
/// with small numbers suppressed as in the Board report. `format=csv` for CSV.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/surveys/{survey}/results",
    params(("org" = String, Path), ("survey" = String, Path), ("format" = Option<String>, Query, description = "csv")),
    responses((status = 200, body = SurveyResults), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody)))]
pub async fn results(
    State(state): State<AppState>,
    Path((_org, slug)): Path<(String, String)>,
    Query(q): Query<BandQuery>,
    OrgStaff(org, staff, _): OrgStaff<need::ReadSurveyResults>,
) -> Result<Response, ApiError> {
    let survey = surveys::find(&state.db, &org, &slug).await?;
    let results = survey_results::results(&state.db, &org, &survey, crate::now()).await?;
    crate::service::audit::viewed(&state.db, &staff, "survey_results_viewed", &slug).await;
    if q.format.as_deref() == Some("csv") {
        let disposition = format!("attachment; filename=\"{slug}-results.csv\"");
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, disposition),
            ],
            survey_results::results_csv(&results),
        )
            .into_response());
    }
    Ok(Json(json!(results)).into_response())
}
