//! Young people's survey pages: the list, "about you", one question per
//! screen and thank you, all plain forms (POST + redirect) that save each
//! screen as it is answered. The response id never travels in the address
//! (a shared phone's history, a proxy's log): the browser holds it in an
//! `HttpOnly` cookie scoped to the survey's path, for three hours at most,
//! cleared at "thank you". The staff's survey pages are in `staff::surveys`.

use super::language::Lang;
use super::pages::{not_found_page, org_or_404, render, state, unavailable};
use super::staff::{field, fields};
use super::surveys::part_words;
use super::AppState;
use crate::domain::status::SurveyStatus;
use crate::domain::survey::{self, QuestionKind};
use crate::service::orgs::Org;
use crate::service::surveys::{self, Survey, SurveyError};
use app::i18n::I18n;
use app::model::{AgeBand, CareStatus};
use app::pages::{Page, SurveyDoneView, SurveyListView, SurveyScreenView, SurveyStartView};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

pub(super) const BANDS: [&str; 4] = ["4-7", "8-11", "12-17", "16-25"];

pub(super) async fn survey_or_404(app: &AppState, lang: &Lang, org: &Org, slug: &str) -> Result<Survey, Response> {
    survey_result(app, lang, surveys::find(&app.db, org, slug).await).await
}

/// A survey for young people's pages: never a draft (staff preview those
/// under /staff).
async fn published_or_404(app: &AppState, lang: &Lang, org: &Org, slug: &str) -> Result<Survey, Response> {
    survey_result(app, lang, surveys::find_published(&app.db, org, slug).await).await
}

async fn survey_result(app: &AppState, lang: &Lang, found: Result<Survey, SurveyError>) -> Result<Survey, Response> {
    match found {
        Ok(s) => Ok(s),
        Err(SurveyError::NotFound) => Err(not_found_page(app, lang).await),
        Err(e) => {
            tracing::error!(error = ?e, "cannot read survey");
            Err(unavailable(app, lang).await)
        }
    }
}

pub async fn list_page(State(app): State<AppState>, lang: Lang, Path(org): Path<String>) -> Response {
    let org = match org_or_404(&app, &lang, &org).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    let Ok(list) = surveys::open_now(&app.db, &org, crate::now()).await else {
        return unavailable(&app, &lang).await;
    };
    let t = lang.i18n(Some(&org), None);
    let view = SurveyListView {
        surveys: list
            .into_iter()
            .map(|s| {
                (
                    s.row.slug.clone(),
                    s.def.title.for_reader("wb-title", &t),
                    s.row.closes_on,
                )
            })
            .collect(),
    };
    render(&app, state(&lang, &org, None, Page::SurveyList(view)), StatusCode::OK).await
}

fn start_view(s: &Survey, t: &I18n, open: bool) -> SurveyStartView {
    let band = t.band;
    SurveyStartView {
        slug: s.row.slug.clone(),
        title: s.def.title.for_reader("wb-title", t),
        intro: s.def.intro.for_reader("wb-intro", t),
        bands: s.def.audience.bands().iter().map(|b| b.to_string()).collect(),
        statuses: s.def.audience.statuses().iter().map(|c| c.to_string()).collect(),
        band: band.map(|b| b.to_string()),
        care_status: None,
        error: None,
        open,
    }
}

pub async fn start_page(
    State(app): State<AppState>,
    lang: Lang,
    Path((org, slug)): Path<(String, String)>,
) -> Response {
    let org = match org_or_404(&app, &lang, &org).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    let s = match published_or_404(&app, &lang, &org, &slug).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let open = s.status(&surveys::today(crate::now())) == SurveyStatus::Open;
    let status = if open { StatusCode::OK } else { StatusCode::CONFLICT };
    let t = lang.i18n(Some(&org), None);
    render(
        &app,
        state(&lang, &org, None, Page::SurveyStart(start_view(&s, &t, open))),
        status,
    )
    .await
}

pub async fn start_submit(
    State(app): State<AppState>,
    lang: Lang,
    Path((org, slug)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let org = match org_or_404(&app, &lang, &org).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    let s = match published_or_404(&app, &lang, &org, &slug).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let f = fields(&body);
    let band = AgeBand::parse(&field(&f, "age_band"));
    let care = field(&f, "care_status");
    let t = lang.i18n(Some(&org), band);
    let Some(band) = band else {
        let mut view = start_view(&s, &t, true);
        view.care_status = CareStatus::parse(&care).map(|c| c.to_string());
        view.error = Some(t.t("survey-error-who"));
        return render(
            &app,
            state(&lang, &org, None, Page::SurveyStart(view)),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let empty = serde_json::Map::new();
    match surveys::respond(
        &app.db,
        &org,
        &s,
        Some(band.as_str()),
        Some(&care),
        &empty,
        lang.code(Some(&org)),
        crate::now(),
    )
    .await
    {
        Ok(saved) => {
            let mut r = Redirect::to(&format!("/{}/surveys/{}/answer/1", org.slug, s.row.slug)).into_response();
            r.headers_mut().insert(
                header::SET_COOKIE,
                response_cookie(&app, &org, &s, &saved.response_id, RESPONSE_COOKIE_SECONDS),
            );
            r
        }
        Err(SurveyError::Conflict(_)) => {
            render(
                &app,
                state(&lang, &org, Some(band), Page::SurveyStart(start_view(&s, &t, false))),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(SurveyError::Invalid(message)) => {
            let mut view = start_view(&s, &t.with_band(None), true);
            view.error = Some(message);
            render(
                &app,
                state(&lang, &org, None, Page::SurveyStart(view)),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => {
            tracing::error!(error = ?e, "cannot start a survey response");
            unavailable(&app, &lang).await
        }
    }
}

/// One question as a screen, worded for the reader's band and language.
pub(super) fn screen_view(s: &Survey, t: &I18n, index: usize) -> SurveyScreenView {
    let q = &s.def.questions[index];
    SurveyScreenView {
        slug: s.row.slug.clone(),
        title: s.def.title.for_reader("wb-title", t),
        number: index + 1,
        total: s.def.questions.len(),
        part: q.part.as_deref().map(|p| part_words(p, t)),
        question_id: q.id.clone(),
        kind: q.kind.as_str().to_string(),
        text: q.wording.for_reader(&format!("wb-{}", q.id), t),
        options: survey::answer_keys(q)
            .into_iter()
            .map(|k| (k.clone(), survey::answer_label(q, &k, t)))
            .collect(),
        chosen: Vec::new(),
        typed: String::new(),
        error: None,
        preview: false,
    }
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    urgent: Option<String>,
}

/// How long a browser keeps its survey response (the cookie's life).
const RESPONSE_COOKIE_SECONDS: i64 = 3 * 3600;
const RESPONSE_COOKIE: &str = "sayso_survey";

/// The cookie that holds a response id, for this survey's pages only.
fn response_cookie(app: &AppState, org: &Org, s: &Survey, rid: &str, max_age: i64) -> header::HeaderValue {
    let secure = if app.config.secure_cookies() { "; Secure" } else { "" };
    header::HeaderValue::from_str(&format!(
        "{RESPONSE_COOKIE}={rid}; Path=/{}/surveys/{}/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}",
        org.slug, s.row.slug
    ))
    .unwrap_or_else(|_| header::HeaderValue::from_static("sayso_survey=; Max-Age=0"))
}

/// The response id the browser holds, if any.
fn response_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(|(name, _)| *name == RESPONSE_COOKIE)
        .map(|(_, value)| value.to_string())
        .find(|v| !v.is_empty() && v.len() <= 64)
}

/// Loads what a screen needs: organisation, survey, the response (from the
/// cookie) with its band and, when `with_answers`, this response's own
/// answers (never anyone else's: a screen costs the same however many
/// have answered). Without a response: back to the survey's start.
async fn load(
    app: &AppState,
    lang: &Lang,
    org: &str,
    slug: &str,
    headers: &HeaderMap,
    with_answers: bool,
) -> Result<
    (
        Org,
        Survey,
        String,
        Option<AgeBand>,
        std::collections::HashMap<String, String>,
    ),
    Response,
> {
    let org = org_or_404(app, lang, org).await?;
    let s = published_or_404(app, lang, &org, slug).await?;
    let start = || Redirect::to(&format!("/{}/surveys/{}", org.slug, s.row.slug)).into_response();
    let Some(rid) = response_id(headers) else {
        return Err(start());
    };
    let response = match surveys::response(&app.db, &s, &rid).await {
        Ok(Some(r)) => r,
        Ok(None) => return Err(start()),
        Err(e) => {
            tracing::error!(error = %e, "cannot read a survey response");
            return Err(unavailable(app, lang).await);
        }
    };
    let answers = match with_answers {
        true => surveys::answers_of_response(&app.db, &response)
            .await
            .unwrap_or_default(),
        false => Default::default(),
    };
    let band = response.age_band.as_deref().and_then(AgeBand::parse);
    Ok((org, s, rid, band, answers))
}

pub async fn screen_page(
    State(app): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((org, slug, n)): Path<(String, String, String)>,
    Query(q): Query<DoneQuery>,
) -> Response {
    let (org, s, rid, band, answers) = match load(&app, &lang, &org, &slug, &headers, n != "done").await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let t = lang.i18n(Some(&org), band);
    if n == "done" {
        let view = SurveyDoneView {
            title: s.def.title.for_reader("wb-title", &t),
            urgent: q.urgent.as_deref() == Some("1"),
        };
        let mut r = render(&app, state(&lang, &org, band, Page::SurveyDone(view)), StatusCode::OK).await;
        // Finished: the next person on this phone starts afresh.
        r.headers_mut()
            .insert(header::SET_COOKIE, response_cookie(&app, &org, &s, "", 0));
        return r;
    }
    let index = match n.parse::<usize>() {
        Ok(n) if (1..=s.def.questions.len()).contains(&n) => n - 1,
        _ => return not_found_page(&app, &lang).await,
    };
    let mut view = screen_view(&s, &t, index);
    if let Some(stored) = answers.get(&view.question_id) {
        view.chosen = stored
            .split(',')
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect();
    }
    if view.kind == "text" {
        // Free text was stored as a message; show it again only to the same
        // browser that holds the response id.
        view.typed = text_answer(&app, &s, &rid, &view.question_id).await.unwrap_or_default();
    }
    render(&app, state(&lang, &org, band, Page::SurveyScreen(view)), StatusCode::OK).await
}

async fn text_answer(app: &AppState, s: &Survey, rid: &str, question: &str) -> Option<String> {
    surveys::text_answer(&app.db, s, rid, question).await.ok().flatten()
}

pub async fn screen_submit(
    State(app): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((org, slug, n)): Path<(String, String, String)>,
    body: Bytes,
) -> Response {
    let (org, s, rid, band, _) = match load(&app, &lang, &org, &slug, &headers, false).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let index = match n.parse::<usize>() {
        Ok(n) if (1..=s.def.questions.len()).contains(&n) => n - 1,
        _ => return not_found_page(&app, &lang).await,
    };
    let q = &s.def.questions[index];
    let f = fields(&body);
    let name = format!("answer-{}", q.id);
    let values: Vec<String> = f.iter().filter(|(k, _)| *k == name).map(|(_, v)| v.clone()).collect();
    let skip = field(&f, "go") == "skip";
    let next = if index + 1 == s.def.questions.len() {
        "done".to_string()
    } else {
        (index + 2).to_string()
    };
    let base = format!("/{}/surveys/{}/answer", org.slug, s.row.slug);
    if skip {
        return Redirect::to(&format!("{base}/{next}")).into_response();
    }
    let value = match q.kind {
        QuestionKind::Multiple => serde_json::json!(values),
        _ => match values.first() {
            Some(v) => serde_json::json!(v),
            None => serde_json::Value::Null,
        },
    };
    let nothing = value.is_null()
        || (q.kind == QuestionKind::Text && value.as_str().is_some_and(|v| v.trim().is_empty()))
        || value.as_array().is_some_and(|a| a.is_empty());
    let t = lang.i18n(Some(&org), band);
    let problem = |message: String, chosen: Vec<String>, typed: String| {
        let mut view = screen_view(&s, &t, index);
        view.error = Some(message);
        view.chosen = chosen;
        view.typed = typed;
        view
    };
    if nothing {
        let view = problem(t.t("survey-error-answer"), Vec::new(), String::new());
        return render(
            &app,
            state(&lang, &org, band, Page::SurveyScreen(view)),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let mut answers = serde_json::Map::new();
    answers.insert(q.id.clone(), value);
    // Written answers are read in the language of the page they were typed on.
    match surveys::answer(&app.db, &org, &s, &rid, &answers, lang.code(Some(&org)), crate::now()).await {
        Ok(saved) => {
            let target = if saved.urgent {
                // Help at once, before any further question.
                format!("{base}/done?urgent=1")
            } else {
                format!("{base}/{next}")
            };
            Redirect::to(&target).into_response()
        }
        Err(SurveyError::Invalid(_)) => {
            let typed = if q.kind == QuestionKind::Text {
                values.join("")
            } else {
                String::new()
            };
            let view = problem(t.t("survey-error-answer"), values, typed);
            render(
                &app,
                state(&lang, &org, band, Page::SurveyScreen(view)),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(SurveyError::Conflict(_)) => {
            render(
                &app,
                state(&lang, &org, band, Page::SurveyStart(start_view(&s, &t, false))),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(SurveyError::NotFound) => not_found_page(&app, &lang).await,
        Err(e) => {
            tracing::error!(error = ?e, "cannot save a survey answer");
            unavailable(&app, &lang).await
        }
    }
}

/// A QR code of the survey's address, as SVG, for posters.
pub async fn qr_svg(
    State(app): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Path((org, slug)): Path<(String, String)>,
) -> Response {
    let org = match org_or_404(&app, &lang, &org).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    let s = match published_or_404(&app, &lang, &org, &slug).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let base = match &app.config.public_url {
        Some(url) => url.clone(),
        None => {
            let host = headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or("localhost");
            format!("http://{host}")
        }
    };
    let url = format!("{base}/{}/surveys/{}", org.slug, s.row.slug);
    let Ok(code) = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    ([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response()
}
