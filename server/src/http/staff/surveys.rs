//! Staff survey pages: the list, the builder, a preview per age band, and
//! results.

use super::extract::{need, Signed, SignedForm};
use super::{field, header_for, staff_page};
use crate::domain::roles::Permission;
use crate::domain::survey::{Choice, Definition, Question, QuestionKind, Wording};
use crate::domain::survey_results::{self, GroupResults, SurveyResults};
use crate::http::error::PageError;
use crate::http::survey_pages::{screen_view, survey_or_404, BANDS};
use crate::http::AppState;
use crate::service::orgs::{self, Org};
use crate::service::staff::Staff;
use crate::service::surveys::{self, Survey, SurveyError};
use app::i18n::I18n;
use app::model::{AgeBand, CareStatus};
use app::pages::{
    BuilderQuestion, ResultsQuestion, ResultsTable, StaffPage, SurveyEditView, SurveyPreviewView, SurveyResultsView,
    SurveyRowView, SurveysView,
};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The signed-in staff member's organisation.
async fn org_of(app: &AppState, staff: &Staff) -> Result<Org, Response> {
    match orgs::by_id(&app.db, staff.user.org_id).await {
        Ok(Some(org)) => Ok(org),
        _ => Err(StatusCode::SERVICE_UNAVAILABLE.into_response()),
    }
}

async fn show(app: &AppState, staff: &Staff, org: &Org, page: StaffPage, status: StatusCode) -> Response {
    staff_page(app, Some(header_for(staff, &org.name)), page, status).await
}

async fn surveys_view(app: &AppState, staff: &Staff, org: &Org) -> Result<SurveysView, sqlx::Error> {
    let list = surveys::list(&app.db, org).await?;
    let counts = surveys::response_counts(&app.db, org).await?;
    let today = surveys::today(crate::now());
    Ok(SurveysView {
        org_slug: org.slug.clone(),
        rows: list
            .into_iter()
            .map(|s| SurveyRowView {
                responses: counts.iter().find(|(id, _)| *id == s.row.id).map(|c| c.1).unwrap_or(0),
                status: s.status(&today).as_str().to_string(),
                slug: s.row.slug,
                title: s.row.title,
                opens_on: s.row.opens_on,
                closes_on: s.row.closes_on,
            })
            .collect(),
        can_build: staff.role.can(Permission::BuildSurveys),
        ..Default::default()
    })
}

pub async fn surveys_page(State(app): State<AppState>, Signed(staff, _): Signed<need::ReadSurveyResults>) -> Response {
    let org = match org_of(&app, &staff).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    match surveys_view(&app, &staff, &org).await {
        Ok(view) => show(&app, &staff, &org, StaffPage::Surveys(view), StatusCode::OK).await,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

pub async fn create_submit(
    State(app): State<AppState>,
    SignedForm(staff, f, _): SignedForm<need::BuildSurveys>,
) -> Response {
    let org = match org_of(&app, &staff).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let title = field(&f, "title");
    let slug = field(&f, "slug");
    let new = surveys::NewSurvey {
        slug: Some(slug.clone()),
        def: Definition {
            title: Wording::plain(title.trim()),
            ..Default::default()
        },
        ..Default::default()
    };
    match surveys::create(&app.db, &staff, &org, new, crate::now()).await {
        Ok(s) => Redirect::to(&format!("/staff/surveys/{}", s.row.slug)).into_response(),
        Err(SurveyError::Database(e)) => PageError::new("create a survey", e).into_response(),
        Err(e) => {
            let message = match e {
                SurveyError::Invalid(m) | SurveyError::Conflict(m) => m,
                _ => I18n::english().t("error-generic"),
            };
            let Ok(mut view) = surveys_view(&app, &staff, &org).await else {
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            };
            view.error = Some(message);
            view.title = title;
            view.slug = slug;
            show(
                &app,
                &staff,
                &org,
                StaffPage::Surveys(view),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

fn band_list(w: &Wording) -> Vec<(String, String)> {
    BANDS
        .iter()
        .map(|b| (b.to_string(), w.by_band.get(*b).cloned().unwrap_or_default()))
        .collect()
}

fn edit_view(
    org: &Org,
    s: &Survey,
    def: &Definition,
    opens: &str,
    closes: &str,
    staff: &Staff,
    responses: i64,
) -> SurveyEditView {
    let today = surveys::today(crate::now());
    SurveyEditView {
        org_slug: org.slug.clone(),
        slug: s.row.slug.clone(),
        status: s.status(&today).as_str().to_string(),
        title: def.title.text.clone(),
        intro: def.intro.text.clone(),
        intro_by_band: band_list(&def.intro),
        bands: AgeBand::ALL
            .iter()
            .map(|b| (b.to_string(), def.audience.age_bands.contains(b)))
            .collect(),
        statuses: CareStatus::ALL
            .iter()
            .map(|c| (c.to_string(), def.audience.care_statuses.contains(c)))
            .collect(),
        opens_on: opens.to_string(),
        closes_on: closes.to_string(),
        questions: def
            .questions
            .iter()
            .map(|q| BuilderQuestion {
                id: q.id.clone(),
                kind: q.kind.as_str().to_string(),
                text: q.wording.text.clone(),
                by_band: band_list(&q.wording),
                options: q
                    .options
                    .iter()
                    .map(|o| o.wording.text.clone())
                    .collect::<Vec<_>>()
                    .join("\n"),
                part: q.part.clone().unwrap_or_default(),
            })
            .collect(),
        published: s.is_published(),
        can_build: staff.role.can(Permission::BuildSurveys),
        error: None,
        saved: false,
        responses,
    }
}

async fn response_count(app: &AppState, org: &Org, s: &Survey) -> i64 {
    surveys::response_counts(&app.db, org)
        .await
        .unwrap_or_default()
        .into_iter()
        .find(|(id, _)| *id == s.row.id)
        .map(|c| c.1)
        .unwrap_or(0)
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    saved: Option<String>,
}

pub async fn edit_page(
    State(app): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<SavedQuery>,
    Signed(staff, _): Signed<need::ReadSurveyResults>,
) -> Response {
    let org = match org_of(&app, &staff).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let s = match survey_or_404(&app, &crate::http::language::Lang::default(), &org, &slug).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let count = response_count(&app, &org, &s).await;
    let mut view = edit_view(
        &org,
        &s,
        &s.def,
        s.row.opens_on.as_deref().unwrap_or(""),
        s.row.closes_on.as_deref().unwrap_or(""),
        &staff,
        count,
    );
    view.saved = q.saved.is_some();
    show(&app, &staff, &org, StaffPage::SurveyEdit(view), StatusCode::OK).await
}

/// Reads the builder form into a definition. Question and option ids are
/// kept from the survey as it was; new ones get the next free id.
fn definition_from_form(f: &[(String, String)], old: &Definition) -> Result<Definition, String> {
    let by_band = |prefix: &str| -> BTreeMap<String, String> {
        BANDS
            .iter()
            .filter_map(|b| {
                let v = field(f, &format!("{prefix}_band_{b}"));
                (!v.trim().is_empty()).then(|| (b.to_string(), v.trim().to_string()))
            })
            .collect()
    };
    let mut questions: Vec<Question> = Vec::new();
    let mut i = 0;
    while f.iter().any(|(k, _)| *k == format!("q{i}_id")) {
        let p = format!("q{i}");
        let id = field(f, &format!("{p}_id"));
        let old_q = old.question(&id);
        let kind = QuestionKind::parse(&field(f, &format!("{p}_kind")))
            .ok_or_else(|| format!("Question {}: choose a kind.", i + 1))?;
        let options = option_lines(&field(f, &format!("{p}_options")), kind, old_q);
        let text = field(f, &format!("{p}_text"));
        let mut wording = Wording {
            text: text.trim().to_string(),
            by_band: by_band(&p),
        };
        if wording.text.is_empty() {
            wording.text = old_q.map(|q| q.wording.text.clone()).unwrap_or_default();
        }
        let part = field(f, &format!("{p}_part"));
        questions.push(Question {
            id,
            kind,
            wording,
            options,
            part: (!part.is_empty()).then_some(part),
        });
        i += 1;
    }
    let audience = crate::http::surveys::parse_audience(Some(&serde_json::json!(f
        .iter()
        .filter(|(k, _)| k == "audience")
        .map(|(_, v)| v.clone())
        .collect::<Vec<_>>())))?;
    Ok(Definition {
        title: Wording {
            text: field(f, "title").trim().to_string(),
            by_band: old.title.by_band.clone(),
        },
        intro: Wording {
            text: field(f, "intro").trim().to_string(),
            by_band: by_band("intro"),
        },
        questions,
        audience,
    })
}

fn option_lines(text: &str, kind: QuestionKind, old: Option<&Question>) -> Vec<Choice> {
    if !matches!(kind, QuestionKind::Single | QuestionKind::Multiple) {
        return Vec::new();
    }
    let mut out: Vec<Choice> = Vec::new();
    for (j, line) in text.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        let old_choice = old.and_then(|q| q.options.get(j));
        let mut id = old_choice
            .map(|c| c.id.clone())
            .unwrap_or_else(|| format!("o{}", j + 1));
        let mut n = j + 1;
        while out.iter().any(|c| c.id == id) {
            n += 1;
            id = format!("o{n}");
        }
        out.push(Choice {
            id,
            wording: Wording {
                text: line.to_string(),
                by_band: old_choice.map(|c| c.wording.by_band.clone()).unwrap_or_default(),
            },
        });
    }
    out
}

pub async fn edit_submit(
    State(app): State<AppState>,
    Path(slug): Path<String>,
    SignedForm(staff, f, _): SignedForm<need::BuildSurveys>,
) -> Response {
    let org = match org_of(&app, &staff).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let s = match survey_or_404(&app, &crate::http::language::Lang::default(), &org, &slug).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let now = crate::now();
    let op = field(&f, "op");
    let opens = field(&f, "opens_on");
    let closes = field(&f, "closes_on");
    // Each change commits whole with its audit entry; a change refused
    // (bad input, a published survey's questions) shows the form again.
    let result: Result<Option<String>, SurveyError> = async {
        let mut def = definition_from_form(&f, &s.def).map_err(SurveyError::Invalid)?;
        let (verb, index) = op
            .split_once(':')
            .map_or((op.as_str(), 0), |(v, i)| (v, i.parse().unwrap_or(usize::MAX)));
        let n = def.questions.len();
        match verb {
            "up" if index > 0 && index < n => def.questions.swap(index, index - 1),
            "down" if index + 1 < n => def.questions.swap(index, index + 1),
            "remove" if index < n => {
                def.questions.remove(index);
            }
            "add" => {
                let kind = QuestionKind::parse(&field(&f, "new_kind")).unwrap_or(QuestionKind::Faces);
                let mut k = def.questions.len() + 1;
                while def.questions.iter().any(|q| q.id == format!("q{k}")) {
                    k += 1;
                }
                def.questions.push(Question {
                    id: format!("q{k}"),
                    kind,
                    wording: Wording::plain(field(&f, "new_text").trim()),
                    options: option_lines(&field(&f, "new_options"), kind, None),
                    part: None,
                });
            }
            _ => {}
        }
        if verb == "round" {
            let wanted = field(&f, "round_slug");
            let slug = if wanted.trim().is_empty() {
                format!("{}-{}", s.row.slug, &surveys::today(now)[..4])
            } else {
                wanted.trim().to_string()
            };
            let round = surveys::new_round(&app.db, &staff, &org, &s, &slug, now).await?;
            return Ok(Some(round.row.slug));
        }
        let opens_o = (!opens.is_empty()).then(|| opens.clone());
        let closes_o = (!closes.is_empty()).then(|| closes.clone());
        surveys::save(&app.db, &staff, &s, def, opens_o, closes_o, now).await?;
        let fresh = surveys::find(&app.db, &org, &slug).await?;
        if verb == "publish" || verb == "close" {
            surveys::open_or_close(&app.db, &staff, &fresh, verb == "publish", now).await?;
        }
        Ok(None)
    }
    .await;
    match result {
        Ok(Some(round)) => Redirect::to(&format!("/staff/surveys/{round}?saved=1")).into_response(),
        Ok(None) => Redirect::to(&format!("/staff/surveys/{slug}?saved=1")).into_response(),
        Err(SurveyError::Database(e)) => PageError::new("save a survey", e).into_response(),
        Err(e) => {
            let message = match e {
                SurveyError::Invalid(m) | SurveyError::Conflict(m) => m,
                _ => "That survey is gone.".to_string(),
            };
            // Keep what the officer typed.
            let def = definition_from_form(&f, &s.def).unwrap_or_else(|_| s.def.clone());
            let count = response_count(&app, &org, &s).await;
            let mut view = edit_view(&org, &s, &def, &opens, &closes, &staff, count);
            view.error = Some(message);
            show(
                &app,
                &staff,
                &org,
                StaffPage::SurveyEdit(view),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct PreviewQuery {
    band: Option<String>,
}

pub async fn preview_page(
    State(app): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<PreviewQuery>,
    Signed(staff, _): Signed<need::ReadSurveyResults>,
) -> Response {
    let org = match org_of(&app, &staff).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let s = match survey_or_404(&app, &crate::http::language::Lang::default(), &org, &slug).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let band = q.band.as_deref().and_then(AgeBand::parse).unwrap_or(AgeBand::Middle);
    let screens = (0..s.def.questions.len())
        .map(|i| {
            let mut v = screen_view(&s, &I18n::english().with_band(Some(band)), i);
            v.preview = true;
            v
        })
        .collect();
    let view = SurveyPreviewView {
        slug: s.row.slug.clone(),
        band: band.to_string(),
        bands: BANDS.iter().map(|b| b.to_string()).collect(),
        title: s.def.title.for_band(Some(band)).to_string(),
        intro: s.def.intro.for_band(Some(band)).to_string(),
        screens,
    };
    show(&app, &staff, &org, StaffPage::SurveyPreview(view), StatusCode::OK).await
}

fn pct(p: Option<f64>) -> String {
    p.map(|p| format!("{p:.1}%")).unwrap_or_default()
}

fn group_label(t: &I18n, g: &str) -> String {
    match g {
        survey_results::NOT_GIVEN => t.t("staff-survey-unknown"),
        "in_care" => t.t("survey-care-in_care"),
        "care_leaver" => t.t("survey-care-leaver"),
        other => other.to_string(),
    }
}

fn results_view(org: &Org, r: SurveyResults) -> SurveyResultsView {
    let t = I18n::english();
    SurveyResultsView {
        org_slug: org.slug.clone(),
        slug: r.slug,
        title: r.title,
        status: r.status,
        responses: r.responses.shown,
        previous: r.previous.map(|p| (p.title, p.responses.shown)),
        questions: r
            .questions
            .into_iter()
            .map(|q| {
                let columns: Vec<String> = q.answers.iter().map(|a| a.label.clone()).collect();
                let table = |heading: String, groups: &[GroupResults]| ResultsTable {
                    heading,
                    columns: columns.clone(),
                    rows: groups
                        .iter()
                        .map(|g| {
                            (
                                group_label(&t, &g.group),
                                g.answered.shown.clone(),
                                g.answers
                                    .iter()
                                    .map(|a| match a.percent {
                                        Some(_) => format!("{} ({})", a.count.shown, pct(a.percent)),
                                        None => a.count.shown.clone(),
                                    })
                                    .collect(),
                            )
                        })
                        .collect(),
                };
                ResultsQuestion {
                    tables: vec![
                        table(t.t("staff-survey-by-band"), &q.by_age_band),
                        table(t.t("staff-survey-by-care"), &q.by_care_status),
                    ],
                    answers: q
                        .answers
                        .iter()
                        .map(|a| {
                            (
                                a.label.clone(),
                                a.count.shown.clone(),
                                pct(a.percent),
                                a.previous.as_ref().map(|p| p.shown.clone()).unwrap_or_default(),
                                a.change.map(|c| format!("{c:+}")).unwrap_or_default(),
                            )
                        })
                        .collect(),
                    text: q.text,
                    kind: q.kind,
                    answered: q.answered.shown,
                }
            })
            .collect(),
    }
}

pub async fn results_page(
    State(app): State<AppState>,
    Path(slug): Path<String>,
    Signed(staff, _): Signed<need::ReadSurveyResults>,
) -> Response {
    let org = match org_of(&app, &staff).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let s = match survey_or_404(&app, &crate::http::language::Lang::default(), &org, &slug).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let Ok(results) = crate::service::survey_results::results(&app.db, &org, &s, crate::now()).await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    crate::service::audit::viewed(&app.db, &staff, "survey_results_viewed", &slug).await;
    show(
        &app,
        &staff,
        &org,
        StaffPage::SurveyResults(results_view(&org, results)),
        StatusCode::OK,
    )
    .await
}
