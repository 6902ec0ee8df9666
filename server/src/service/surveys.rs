//! Surveys: building, publishing and closing them; answering anonymously;
//! and results with small numbers suppressed.

use super::csv_field;
use crate::db::{self, orgs::Org, surveys::SurveyRow, Db};
use crate::domain::harm;
use crate::domain::suppress::{self, Cell, Shown, Threshold};
use crate::domain::survey::{self, Answer, Audience, Definition, Question, QuestionKind, WELLBEING_SLUG};
use app::i18n::I18n;
use app::model::{AgeBand, CareStatus};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug)]
pub enum SurveyError {
    NotFound,
    /// 409: the survey is not open, or the change needs a new round.
    Conflict(String),
    /// 422
    Invalid(String),
    Database(sqlx::Error),
}

impl From<sqlx::Error> for SurveyError {
    fn from(e: sqlx::Error) -> Self {
        SurveyError::Database(e)
    }
}

/// A survey as the service works with it.
#[derive(Clone, Debug)]
pub struct Survey {
    pub row: SurveyRow,
    pub def: Definition,
}

impl Survey {
    fn from_row(row: SurveyRow) -> Result<Survey, sqlx::Error> {
        let def = serde_json::from_str(&row.definition)
            .map_err(|e| sqlx::Error::Decode(format!("survey {} definition: {e}", row.id).into()))?;
        Ok(Survey { row, def })
    }

    /// `draft`, `open` or `closed`, as of `today` (`YYYY-MM-DD`). A published
    /// survey closes by itself after its closing day, and is not open
    /// before its opening day.
    pub fn status(&self, today: &str) -> &'static str {
        match self.row.status.as_str() {
            "open" if self.row.closes_on.as_deref().is_some_and(|c| c < today) => "closed",
            "open" if self.row.opens_on.as_deref().is_some_and(|o| o > today) => "draft",
            "open" => "open",
            "closed" => "closed",
            _ => "draft",
        }
    }

    pub fn is_published(&self) -> bool {
        self.row.status != "draft"
    }
}

/// Today in UTC as `YYYY-MM-DD`.
pub fn today(now: i64) -> String {
    crate::service::feedback::day_of(now)
}

/// The organisation's small-number threshold, as in the Board report.
pub fn threshold(org: &Org) -> Threshold {
    Threshold::new(org.suppress_threshold as u64).unwrap_or(Threshold::DEFAULT)
}

pub async fn find(db: &Db, org: &Org, slug: &str) -> Result<Survey, SurveyError> {
    let row = db::surveys::by_slug(db, org.id, slug)
        .await?
        .ok_or(SurveyError::NotFound)?;
    Ok(Survey::from_row(row)?)
}

pub async fn list(db: &Db, org: &Org) -> Result<Vec<Survey>, sqlx::Error> {
    db::surveys::list(db, org.id)
        .await?
        .into_iter()
        .map(Survey::from_row)
        .collect()
}

/// Surveys open now, for young people.
pub async fn open_now(db: &Db, org: &Org, now: i64) -> Result<Vec<Survey>, sqlx::Error> {
    let today = today(now);
    Ok(list(db, org)
        .await?
        .into_iter()
        .filter(|s| s.status(&today) == "open")
        .collect())
}

/// A new survey's details, already read from JSON or a form.
#[derive(Clone, Debug, Default)]
pub struct NewSurvey {
    pub slug: Option<String>,
    pub def: Definition,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    pub previous_id: Option<i64>,
}

fn check_date(label: &str, day: &Option<String>) -> Result<Option<String>, SurveyError> {
    match day.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => Ok(None),
        Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map(|d| Some(d.format("%Y-%m-%d").to_string()))
            .map_err(|_| SurveyError::Invalid(format!("{label} must be a date like 2026-03-31."))),
    }
}

fn check_dates(
    opens_on: &Option<String>,
    closes_on: &Option<String>,
) -> Result<(Option<String>, Option<String>), SurveyError> {
    let opens = check_date("opens_on", opens_on)?;
    let closes = check_date("closes_on", closes_on)?;
    if let (Some(o), Some(c)) = (&opens, &closes) {
        if c < o {
            return Err(SurveyError::Invalid("closes_on must not be before opens_on.".into()));
        }
    }
    Ok((opens, closes))
}

/// Creates a draft survey.
pub async fn create(db: &Db, org: &Org, new: NewSurvey, now: i64) -> Result<Survey, SurveyError> {
    survey::check(&new.def).map_err(SurveyError::Invalid)?;
    let slug = match new.slug.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => s.to_string(),
        None => survey::slugify(&new.def.title.text),
    };
    if !survey::valid_slug(&slug) {
        return Err(SurveyError::Invalid(
            "The survey's slug must be 2-40 lowercase letters, digits and dashes.".into(),
        ));
    }
    let (opens_on, closes_on) = check_dates(&new.opens_on, &new.closes_on)?;
    let definition = serde_json::to_string(&new.def).expect("a definition serialises");
    let row = db::surveys::NewSurvey {
        org_id: org.id,
        slug: &slug,
        title: &new.def.title.text,
        definition: &definition,
        status: "draft",
        opens_on: opens_on.as_deref(),
        closes_on: closes_on.as_deref(),
        previous_id: new.previous_id,
    };
    match db::surveys::insert(db, &row, now).await {
        Ok(_) => find(db, org, &slug).await,
        Err(e) if db::is_unique_violation(&e) => Err(SurveyError::Invalid(format!(
            "There is already a survey called \"{slug}\". Choose another slug."
        ))),
        Err(e) => Err(e.into()),
    }
}

/// Changes a survey. A draft may change freely; once published, only
/// wording and dates may change, so its results keep their meaning.
pub async fn update(
    db: &Db,
    survey: &Survey,
    def: Definition,
    opens_on: Option<String>,
    closes_on: Option<String>,
) -> Result<(), SurveyError> {
    survey::check(&def).map_err(SurveyError::Invalid)?;
    if survey.is_published() && !survey::same_meaning(&survey.def, &def) {
        return Err(SurveyError::Conflict(
            "This survey is published: its questions can't change. Copy it to a new round instead.".into(),
        ));
    }
    let (opens_on, closes_on) = check_dates(&opens_on, &closes_on)?;
    let definition = serde_json::to_string(&def).expect("a definition serialises");
    db::surveys::update(
        db,
        survey.row.id,
        &def.title.text,
        &definition,
        opens_on.as_deref(),
        closes_on.as_deref(),
    )
    .await?;
    Ok(())
}

/// Opens a draft (from today, unless it has a later opening day).
pub async fn publish(db: &Db, survey: &Survey, now: i64) -> Result<(), SurveyError> {
    let today = today(now);
    match survey.row.status.as_str() {
        "open" => Ok(()),
        "closed" => Err(SurveyError::Conflict(
            "This survey is closed. Copy it to a new round to ask again.".into(),
        )),
        _ => {
            if survey.def.questions.is_empty() {
                return Err(SurveyError::Invalid(
                    "Add at least one question before publishing.".into(),
                ));
            }
            if survey.row.closes_on.as_deref().is_some_and(|c| c < today.as_str()) {
                return Err(SurveyError::Conflict(
                    "Its closing day has passed: change closes_on first.".into(),
                ));
            }
            let opens = survey.row.opens_on.clone().unwrap_or(today);
            db::surveys::set_status(
                db,
                survey.row.id,
                "open",
                Some(&opens),
                survey.row.closes_on.as_deref(),
                None,
            )
            .await?;
            Ok(())
        }
    }
}

/// Closes a survey now; its closing day becomes today if it was later.
pub async fn close(db: &Db, survey: &Survey, now: i64) -> Result<(), SurveyError> {
    let today = today(now);
    match survey.row.status.as_str() {
        "closed" => Ok(()),
        "draft" => Err(SurveyError::Conflict(
            "This survey was never published, so there is nothing to close.".into(),
        )),
        _ => {
            let closes = match survey.row.closes_on.clone() {
                Some(c) if c < today => c,
                _ => today,
            };
            let opens = survey.row.opens_on.clone().map(|o| o.min(closes.clone()));
            db::surveys::set_status(db, survey.row.id, "closed", opens.as_deref(), Some(&closes), Some(now)).await?;
            Ok(())
        }
    }
}

/// A copy of a survey as a new draft round, pointing back at it.
pub async fn new_round(db: &Db, org: &Org, survey: &Survey, slug: &str, now: i64) -> Result<Survey, SurveyError> {
    create(
        db,
        org,
        NewSurvey {
            slug: Some(slug.to_string()),
            def: survey.def.clone(),
            opens_on: None,
            closes_on: None,
            previous_id: Some(survey.row.id),
        },
        now,
    )
    .await
}

/// Who is answering: what they chose, checked against the audience.
pub fn check_who(
    def: &Definition,
    age_band: Option<&str>,
    care_status: Option<&str>,
) -> Result<(Option<AgeBand>, Option<CareStatus>), SurveyError> {
    let band = match age_band.filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(
            AgeBand::parse(s)
                .ok_or_else(|| SurveyError::Invalid("age_band must be 4-7, 8-11, 12-17 or 16-25.".into()))?,
        ),
    };
    let status = match care_status.filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(
            CareStatus::parse(s)
                .ok_or_else(|| SurveyError::Invalid("care_status must be in_care or care_leaver.".into()))?,
        ),
    };
    if band.is_some_and(|b| !def.audience.bands().contains(&b)) {
        return Err(SurveyError::Invalid("This survey is not for that age band.".into()));
    }
    if status.is_some_and(|c| !def.audience.statuses().contains(&c)) {
        return Err(SurveyError::Invalid("This survey is not for that care status.".into()));
    }
    Ok((band, status))
}

pub struct Saved {
    pub response_id: String,
    pub urgent: bool,
}

fn answers_to_store(
    def: &Definition,
    answers: &serde_json::Map<String, serde_json::Value>,
) -> Result<Vec<(String, Answer, bool)>, SurveyError> {
    let parsed = survey::parse_answers(def, answers).map_err(|p| SurveyError::Invalid(p.message))?;
    Ok(parsed
        .into_iter()
        .map(|(id, a)| {
            let urgent = matches!(&a, Answer::Text(t) if harm::suggests_harm(t));
            (id, a, urgent)
        })
        .collect())
}

fn new_answers(list: &[(String, Answer, bool)]) -> Vec<db::surveys::NewAnswer<'_>> {
    list.iter()
        .map(|(id, a, urgent)| db::surveys::NewAnswer {
            question_id: id,
            value: a.stored(),
            text: match a {
                Answer::Text(t) => Some(t.as_str()),
                _ => None,
            },
            urgent: *urgent,
        })
        .collect()
}

fn must_be_open(survey: &Survey, now: i64) -> Result<(), SurveyError> {
    if survey.status(&today(now)) != "open" {
        return Err(SurveyError::Conflict("This survey is not open just now.".into()));
    }
    Ok(())
}

/// Starts an anonymous response with any of its answers. The response id
/// is random (a v4 uuid): whoever holds it can change the answers.
pub async fn respond(
    db: &Db,
    org: &Org,
    survey: &Survey,
    age_band: Option<&str>,
    care_status: Option<&str>,
    answers: &serde_json::Map<String, serde_json::Value>,
    now: i64,
) -> Result<Saved, SurveyError> {
    must_be_open(survey, now)?;
    let (band, status) = check_who(&survey.def, age_band, care_status)?;
    let list = answers_to_store(&survey.def, answers)?;
    let public_id = uuid::Uuid::new_v4().to_string();
    let ctx = db::surveys::ResponseContext {
        org_id: org.id,
        age_band: band.map(|b| b.as_str()),
        care_status: status.map(|c| c.as_str()),
        hour: crate::domain::hour_of(now),
        now,
    };
    let alerted = db::surveys::create_response(db, survey.row.id, &public_id, &ctx, &new_answers(&list)).await?;
    if !alerted.is_empty() {
        tracing::warn!(org = %org.slug, "urgent survey answer received");
    }
    Ok(Saved {
        response_id: public_id,
        urgent: list.iter().any(|(_, _, u)| *u),
    })
}

/// Adds or replaces answers of a response, a screen at a time.
pub async fn answer(
    db: &Db,
    org: &Org,
    survey: &Survey,
    response_id: &str,
    answers: &serde_json::Map<String, serde_json::Value>,
    now: i64,
) -> Result<Saved, SurveyError> {
    let response = db::surveys::response(db, survey.row.id, response_id)
        .await?
        .ok_or(SurveyError::NotFound)?;
    must_be_open(survey, now)?;
    let list = answers_to_store(&survey.def, answers)?;
    let ctx = db::surveys::ResponseContext {
        org_id: org.id,
        age_band: response.age_band.as_deref(),
        care_status: response.care_status.as_deref(),
        hour: crate::domain::hour_of(now),
        now,
    };
    let alerted = db::surveys::save_answers(db, response.id, &ctx, &new_answers(&list)).await?;
    if !alerted.is_empty() {
        tracing::warn!(org = %org.slug, "urgent survey answer received");
    }
    Ok(Saved {
        response_id: response_id.to_string(),
        urgent: list.iter().any(|(_, _, u)| *u),
    })
}

/// The stored answers of one response, to show a young person going back.
pub async fn answers_of(
    db: &Db,
    survey: &Survey,
    response_id: &str,
) -> Result<Option<HashMap<String, String>>, sqlx::Error> {
    let Some(response) = db::surveys::response(db, survey.row.id, response_id).await? else {
        return Ok(None);
    };
    let rows = db::surveys::answers(db, survey.row.id).await?;
    Ok(Some(
        rows.into_iter()
            .filter(|r| r.response_id == response.id)
            .map(|r| (r.question_id, r.value))
            .collect(),
    ))
}

/// Makes sure the organisation has the ready-made well-being survey; opens
/// it when `open` and it is still a draft. Safe to run again.
pub async fn ensure_wellbeing(db: &Db, org: &Org, open: bool, now: i64) -> Result<(), sqlx::Error> {
    if db::surveys::by_slug(db, org.id, WELLBEING_SLUG).await?.is_none() {
        let definition = serde_json::to_string(&survey::wellbeing()).expect("a definition serialises");
        let def = survey::wellbeing();
        let row = db::surveys::NewSurvey {
            org_id: org.id,
            slug: WELLBEING_SLUG,
            title: &def.title.text,
            definition: &definition,
            status: "draft",
            opens_on: None,
            closes_on: None,
            previous_id: None,
        };
        match db::surveys::insert(db, &row, now).await {
            Ok(_) => {}
            Err(e) if db::is_unique_violation(&e) => {}
            Err(e) => return Err(e),
        }
    }
    if open {
        if let Some(row) = db::surveys::by_slug(db, org.id, WELLBEING_SLUG).await? {
            if row.status == "draft" {
                let today = today(now);
                db::surveys::set_status(db, row.id, "open", Some(&today), None, None).await?;
            }
        }
    }
    Ok(())
}

// ---- Results ----

/// The groups results are broken down by; answers with no age band or care
/// status fall in `not_given`, so every breakdown adds up.
pub const NOT_GIVEN: &str = "not_given";

fn band_groups() -> Vec<&'static str> {
    AgeBand::ALL.iter().map(|b| b.as_str()).chain([NOT_GIVEN]).collect()
}

fn care_groups() -> Vec<&'static str> {
    CareStatus::ALL.iter().map(|c| c.as_str()).chain([NOT_GIVEN]).collect()
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct AnswerCount {
    /// The answer: a face 1-5, `yes`/`no`/`not_sure`, or an option id.
    pub answer: String,
    pub label: String,
    pub count: Cell,
    /// Of those who answered the question (in this group); null when hidden.
    pub percent: Option<f64>,
    /// The same answer in the previous round, when there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<Cell>,
    /// The change in count since the previous round, when both are shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<i64>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct GroupResults {
    /// An age band, a care status, or `not_given`.
    pub group: String,
    pub answered: Cell,
    pub answers: Vec<AnswerCount>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct QuestionResults {
    pub id: String,
    pub kind: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// How many responses answered this question.
    pub answered: Cell,
    pub answers: Vec<AnswerCount>,
    pub by_age_band: Vec<GroupResults>,
    pub by_care_status: Vec<GroupResults>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct GroupCount {
    pub group: String,
    pub count: Cell,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct PreviousRound {
    pub slug: String,
    pub title: String,
    pub responses: Cell,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct SurveyResults {
    pub slug: String,
    pub title: String,
    pub status: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    /// Counts from 1 to threshold - 1 are never shown.
    pub threshold: u64,
    /// Responses with at least one answer.
    pub responses: Cell,
    pub responses_by_age_band: Vec<GroupCount>,
    pub responses_by_care_status: Vec<GroupCount>,
    pub previous: Option<PreviousRound>,
    pub questions: Vec<QuestionResults>,
}

/// Headline results of a survey for the Board report.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct SurveyHeadline {
    pub slug: String,
    pub title: String,
    pub closes_on: Option<String>,
    pub responses: Cell,
    /// Per question, everyone's answers (free text is never included).
    pub questions: Vec<HeadlineQuestion>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct HeadlineQuestion {
    pub id: String,
    pub text: String,
    pub answered: Cell,
    pub answers: Vec<AnswerCount>,
}

/// Raw counts of one survey.
struct Tally {
    /// (band group, care group) per response with at least one answer.
    responses: Vec<(usize, usize)>,
    /// question id -> list of (band group, care group, keys).
    answers: HashMap<String, Vec<(usize, usize, Vec<String>)>>,
}

async fn tally(db: &Db, survey: &Survey) -> Result<Tally, sqlx::Error> {
    let rows = db::surveys::answers(db, survey.row.id).await?;
    let bands = band_groups();
    let cares = care_groups();
    let group = |v: &Option<String>, groups: &[&str]| {
        v.as_deref()
            .and_then(|v| groups.iter().position(|g| *g == v))
            .unwrap_or(groups.len() - 1)
    };
    let mut seen = Vec::new();
    let mut t = Tally {
        responses: Vec::new(),
        answers: HashMap::new(),
    };
    for r in rows {
        let b = group(&r.age_band, &bands);
        let c = group(&r.care_status, &cares);
        if seen.last() != Some(&r.response_id) {
            seen.push(r.response_id);
            t.responses.push((b, c));
        }
        let keys = r
            .value
            .split(',')
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect();
        t.answers.entry(r.question_id).or_default().push((b, c, keys));
    }
    Ok(t)
}

fn percent(part: Shown, whole: Shown) -> Option<f64> {
    match (part.count(), whole.count()) {
        (Some(p), Some(w)) if w > 0 => Some((p as f64 * 1000.0 / w as f64).round() / 10.0),
        _ => None,
    }
}

/// Hidden in either pass is hidden; the strongest reason wins.
fn merge(a: Shown, b: Shown) -> Shown {
    use Shown::*;
    match (a, b) {
        (Withheld, _) | (_, Withheld) => Withheld,
        (Small, _) | (_, Small) => Small,
        (Hidden, _) | (_, Hidden) => Hidden,
        (x, _) => x,
    }
}

/// A group-by-answer table suppressed with the Board report's rules: each
/// row against its shown total, each column against its shown total (the
/// overall count of that answer), hidden where either hides it. A row or
/// column whose own total is not shown is withheld whole.
fn cross_table(
    cells: &[Vec<u64>],
    rows: &[Shown],
    cols: &[Shown],
    rows_partition: bool,
    threshold: Threshold,
) -> Vec<Vec<Shown>> {
    let n_cols = cols.len();
    let mut out: Vec<Vec<Shown>> = cells
        .iter()
        .map(|row| row.iter().map(|&n| suppress::single(n, threshold)).collect())
        .collect();
    for (r, row) in out.iter_mut().enumerate() {
        match rows[r] {
            Shown::Count(total) if rows_partition => {
                let b = suppress::breakdowns(total, &[cells[r].clone()], threshold);
                for (cell, pass) in row.iter_mut().zip(&b.parts[0]) {
                    *cell = merge(*cell, *pass);
                }
            }
            Shown::Count(_) => {}
            _ => row.iter_mut().for_each(|s| *s = Shown::Withheld),
        }
    }
    for (c, col) in cols.iter().enumerate().take(n_cols) {
        match *col {
            Shown::Count(total) => {
                let column: Vec<u64> = cells.iter().map(|row| row[c]).collect();
                let b = suppress::breakdowns(total, &[column], threshold);
                for (row, pass) in out.iter_mut().zip(&b.parts[0]) {
                    row[c] = merge(row[c], *pass);
                }
            }
            _ => out.iter_mut().for_each(|row| row[c] = Shown::Withheld),
        }
    }
    out
}

/// What results computes before turning counts into cells.
struct Computed {
    responses: Shown,
    overall: HashMap<String, (Shown, Vec<Shown>)>,
    results: SurveyResults,
}

fn compute(survey: &Survey, t: &Tally, threshold: Threshold, today: &str) -> Computed {
    let english = I18n::english();
    let bands = band_groups();
    let cares = care_groups();
    let cell = |s: Shown| Cell::new(s, threshold);

    // Responses, by age band and by care status.
    let total = t.responses.len() as u64;
    let mut by_band = vec![0u64; bands.len()];
    let mut by_care = vec![0u64; cares.len()];
    for (b, c) in &t.responses {
        by_band[*b] += 1;
        by_care[*c] += 1;
    }
    let resp = suppress::breakdowns(total, &[by_band, by_care], threshold);
    let group_counts = |groups: &[&str], shown: &[Shown]| {
        groups
            .iter()
            .zip(shown)
            .map(|(g, s)| GroupCount {
                group: g.to_string(),
                count: cell(*s),
            })
            .collect::<Vec<_>>()
    };

    let mut overall = HashMap::new();
    let mut questions = Vec::new();
    for q in &survey.def.questions {
        let empty = Vec::new();
        let list = t.answers.get(&q.id).unwrap_or(&empty);
        let keys = survey::answer_keys(q);
        let answered = list.len() as u64;
        let mut counts = vec![0u64; keys.len()];
        let mut band_answered = vec![0u64; bands.len()];
        let mut care_answered = vec![0u64; cares.len()];
        let mut band_cells = vec![vec![0u64; keys.len()]; bands.len()];
        let mut care_cells = vec![vec![0u64; keys.len()]; cares.len()];
        for (b, c, chosen) in list {
            band_answered[*b] += 1;
            care_answered[*c] += 1;
            for k in chosen {
                if let Some(i) = keys.iter().position(|key| key == k) {
                    counts[i] += 1;
                    band_cells[*b][i] += 1;
                    care_cells[*c][i] += 1;
                }
            }
        }
        // Single-answer kinds split the answered count; multiple choice does not.
        let partition = !matches!(q.kind, QuestionKind::Multiple | QuestionKind::Text);
        let mut parts = vec![band_answered.clone(), care_answered.clone()];
        if partition {
            parts.push(counts.clone());
        }
        let b = suppress::breakdowns(answered, &parts, threshold);
        let answered_shown = b.total;
        let count_shown: Vec<Shown> = if partition {
            b.parts[2].clone()
        } else {
            counts.iter().map(|&n| suppress::single(n, threshold)).collect()
        };
        let answer_counts = |shown: &[Shown], base: Shown| -> Vec<AnswerCount> {
            keys.iter()
                .zip(shown)
                .map(|(k, s)| AnswerCount {
                    answer: k.clone(),
                    label: survey::answer_label(q, k, &english),
                    count: cell(*s),
                    percent: percent(*s, base),
                    previous: None,
                    change: None,
                })
                .collect()
        };
        let groups = |names: &[&str], totals: &[Shown], cells: &[Vec<u64>]| -> Vec<GroupResults> {
            let table = cross_table(cells, totals, &count_shown, partition, threshold);
            names
                .iter()
                .enumerate()
                .map(|(i, g)| GroupResults {
                    group: g.to_string(),
                    answered: cell(totals[i]),
                    answers: answer_counts(&table[i], totals[i]),
                })
                .collect()
        };
        questions.push(QuestionResults {
            id: q.id.clone(),
            kind: q.kind.as_str().to_string(),
            text: q.wording.text.clone(),
            part: q.part.clone(),
            answered: cell(answered_shown),
            answers: answer_counts(&count_shown, answered_shown),
            by_age_band: groups(&bands, &b.parts[0], &band_cells),
            by_care_status: groups(&cares, &b.parts[1], &care_cells),
        });
        overall.insert(q.id.clone(), (answered_shown, count_shown));
    }
    Computed {
        responses: resp.total,
        overall,
        results: SurveyResults {
            slug: survey.row.slug.clone(),
            title: survey.row.title.clone(),
            status: survey.status(today).to_string(),
            opens_on: survey.row.opens_on.clone(),
            closes_on: survey.row.closes_on.clone(),
            threshold: threshold.get(),
            responses: cell(resp.total),
            responses_by_age_band: group_counts(&bands, &resp.parts[0]),
            responses_by_care_status: group_counts(&cares, &resp.parts[1]),
            previous: None,
            questions,
        },
    }
}

/// Results of a survey, compared with its previous round when it has one.
pub async fn results(db: &Db, org: &Org, survey: &Survey, now: i64) -> Result<SurveyResults, sqlx::Error> {
    let threshold = threshold(org);
    let today = today(now);
    let mut current = compute(survey, &tally(db, survey).await?, threshold, &today).results;
    let previous = match survey.row.previous_id {
        Some(id) => db::surveys::by_id(db, org.id, id).await?,
        None => None,
    };
    if let Some(row) = previous {
        let prev_survey = Survey::from_row(row)?;
        let prev = compute(&prev_survey, &tally(db, &prev_survey).await?, threshold, &today);
        for q in &mut current.questions {
            let Some((_, prev_counts)) = prev.overall.get(&q.id) else {
                continue;
            };
            let Some(pq) = prev_survey.def.question(&q.id) else {
                continue;
            };
            let prev_keys = survey::answer_keys(pq);
            for a in &mut q.answers {
                if let Some(i) = prev_keys.iter().position(|k| *k == a.answer) {
                    let before = prev_counts[i];
                    a.previous = Some(Cell::new(before, threshold));
                    let now_shown = match a.count.count {
                        Some(n) => Shown::Count(n),
                        None => Shown::Hidden,
                    };
                    a.change = suppress::change(now_shown, before);
                }
            }
        }
        current.previous = Some(PreviousRound {
            slug: prev_survey.row.slug.clone(),
            title: prev_survey.row.title.clone(),
            responses: Cell::new(prev.responses, threshold),
        });
    }
    Ok(current)
}

/// Headline results of the surveys that closed in `[from_unix, to_unix)`
/// (their closing day falls in the period), for the Board report, with the
/// organisation's suppression. Free text is never included.
pub async fn closed_between(
    db: &Db,
    org_id: i64,
    from_unix: i64,
    to_unix: i64,
) -> Result<Vec<SurveyHeadline>, sqlx::Error> {
    let Some(org) = db::orgs::by_id(db, org_id).await? else {
        return Ok(Vec::new());
    };
    let from = today(from_unix);
    let to = today(to_unix - 1);
    let now = crate::now();
    let today = today(now);
    let mut out = Vec::new();
    for s in list(db, &org).await? {
        let closes = s.row.closes_on.clone().unwrap_or_default();
        if s.status(&today) != "closed" || closes < from || closes > to {
            continue;
        }
        let r = results(db, &org, &s, now).await?;
        out.push(SurveyHeadline {
            slug: r.slug,
            title: r.title,
            closes_on: r.closes_on,
            responses: r.responses,
            questions: r
                .questions
                .into_iter()
                .filter(|q| q.kind != "text")
                .map(|q| HeadlineQuestion {
                    id: q.id,
                    text: q.text,
                    answered: q.answered,
                    answers: q.answers,
                })
                .collect(),
        });
    }
    out.reverse();
    Ok(out)
}

/// The results as CSV: one row per question, group and answer.
pub fn results_csv(r: &SurveyResults) -> String {
    let mut out = String::from("question_id,question,group_by,group,answer,label,count,percent,previous,change\n");
    let mut row = |cells: [&str; 10]| {
        out.push_str(&cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    };
    row(["", "responses", "all", "all", "", "", &r.responses.shown, "", "", ""]);
    for g in &r.responses_by_age_band {
        row([
            "",
            "responses",
            "age_band",
            &g.group,
            "",
            "",
            &g.count.shown,
            "",
            "",
            "",
        ]);
    }
    for g in &r.responses_by_care_status {
        row([
            "",
            "responses",
            "care_status",
            &g.group,
            "",
            "",
            &g.count.shown,
            "",
            "",
            "",
        ]);
    }
    let pct = |p: Option<f64>| p.map(|p| format!("{p:.1}")).unwrap_or_default();
    for q in &r.questions {
        row([
            &q.id,
            &q.text,
            "all",
            "all",
            "",
            "answered",
            &q.answered.shown,
            "",
            "",
            "",
        ]);
        for a in &q.answers {
            let previous = a.previous.as_ref().map(|p| p.shown.clone()).unwrap_or_default();
            let change = a.change.map(|c| c.to_string()).unwrap_or_default();
            row([
                &q.id,
                &q.text,
                "all",
                "all",
                &a.answer,
                &a.label,
                &a.count.shown,
                &pct(a.percent),
                &previous,
                &change,
            ]);
        }
        for (by, groups) in [("age_band", &q.by_age_band), ("care_status", &q.by_care_status)] {
            for g in groups {
                row([
                    &q.id,
                    &q.text,
                    by,
                    &g.group,
                    "",
                    "answered",
                    &g.answered.shown,
                    "",
                    "",
                    "",
                ]);
                for a in &g.answers {
                    row([
                        &q.id,
                        &q.text,
                        by,
                        &g.group,
                        &a.answer,
                        &a.label,
                        &a.count.shown,
                        &pct(a.percent),
                        "",
                        "",
                    ]);
                }
            }
        }
    }
    out
}

/// The audience of a survey in words for staff.
pub fn audience_words(a: &Audience) -> String {
    let bands: Vec<&str> = a.bands().iter().map(|b| b.as_str()).collect();
    let statuses: Vec<&str> = a.statuses().iter().map(|c| c.as_str()).collect();
    format!("{} · {}", bands.join(", "), statuses.join(", "))
}

/// A question's wording for a band, with its part.
pub fn question_text(q: &Question, band: Option<AgeBand>) -> String {
    q.wording.for_band(band).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    async fn demo_db() -> (Db, Org, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!("sayso-surveys-{}.db", uuid::Uuid::new_v4()));
        let db = Db::connect(&format!("sqlite:{}", path.display())).await.unwrap();
        db.migrate().await.unwrap();
        let details = crate::demo::OrgDetails {
            slug: "testshire",
            name: "Testshire",
            term_in_care: "children in care",
            out_of_hours_phone: "",
            advocacy_contact: "",
            complaints_contact: "",
        };
        crate::demo::create_org(&db, &details).await.unwrap();
        let org = db::orgs::by_slug(&db, "testshire").await.unwrap().unwrap();
        (db, org, path)
    }

    #[tokio::test]
    async fn the_board_report_gets_suppressed_headlines_of_surveys_closed_in_its_period() {
        let (db, org, path) = demo_db().await;
        let now = 1_780_000_000; // 2026-05-28
        let survey = find(&db, &org, WELLBEING_SLUG).await.unwrap();
        publish(&db, &survey, now).await.unwrap();
        let survey = find(&db, &org, WELLBEING_SLUG).await.unwrap();
        for i in 0..7 {
            let answers = json!({"trusted-adult": if i < 2 { "no" } else { "yes" }, "anything-else": "fine"});
            respond(
                &db,
                &org,
                &survey,
                Some("12-17"),
                None,
                answers.as_object().unwrap(),
                now,
            )
            .await
            .unwrap();
        }
        close(&db, &survey, now).await.unwrap();
        let day = 86_400;
        let found = closed_between(&db, org.id, now - 30 * day, now + day).await.unwrap();
        assert_eq!(found.len(), 1);
        let headline = &found[0];
        assert_eq!(headline.slug, "wellbeing");
        assert_eq!(headline.closes_on.as_deref(), Some("2026-05-28"));
        assert_eq!(headline.responses.count, Some(7));
        let q = headline.questions.iter().find(|q| q.id == "trusted-adult").unwrap();
        let no = q.answers.iter().find(|a| a.answer == "no").unwrap();
        assert_eq!(no.count.shown, "fewer than 5");
        assert!(
            headline.questions.iter().all(|q| q.id != "anything-else"),
            "no free text"
        );
        let later = closed_between(&db, org.id, now + day, now + 60 * day).await.unwrap();
        assert!(later.is_empty(), "closed before the period");
        db.close().await;
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
}
