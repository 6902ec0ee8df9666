//! Surveys: building, publishing and closing them, and answering them
//! anonymously. Results are in `survey_results`.

use crate::db::{self, orgs::Org, surveys::SurveyRow, Db, Exec, Tx};
use crate::domain::harm;
use crate::domain::status::SurveyStatus;
use crate::domain::suppress::Threshold;
use crate::domain::survey::{self, Answer, Audience, Definition, Question, WELLBEING_SLUG};
use crate::service::staff::Staff;
use app::model::{AgeBand, CareStatus};
use std::collections::HashMap;

pub use crate::db::surveys::ResponseRow;

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
    pub(super) fn from_row(row: SurveyRow) -> Result<Survey, sqlx::Error> {
        let def = serde_json::from_str(&row.definition)
            .map_err(|e| sqlx::Error::Decode(format!("survey {} definition: {e}", row.id).into()))?;
        Ok(Survey { row, def })
    }

    /// The status as stored (what an officer last did with it).
    pub fn stored_status(&self) -> SurveyStatus {
        SurveyStatus::stored(&self.row.status)
    }

    /// The status as of `today` (`YYYY-MM-DD`). A published survey closes
    /// by itself after its closing day, and is not open before its opening
    /// day.
    pub fn status(&self, today: &str) -> SurveyStatus {
        self.stored_status()
            .as_of(today, self.row.opens_on.as_deref(), self.row.closes_on.as_deref())
    }

    pub fn is_published(&self) -> bool {
        self.stored_status() != SurveyStatus::Draft
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

/// A survey as the public may see it: a draft is not found (its words and
/// questions are the staff's until they publish it).
pub async fn find_published(db: &Db, org: &Org, slug: &str) -> Result<Survey, SurveyError> {
    let survey = find(db, org, slug).await?;
    match survey.is_published() {
        true => Ok(survey),
        false => Err(SurveyError::NotFound),
    }
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
        .filter(|s| s.status(&today) == SurveyStatus::Open)
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

async fn audit(tx: &mut Tx, staff: &Staff, what: &str, slug: &str, now: i64) -> Result<(), sqlx::Error> {
    crate::service::audit::changed(tx, staff, what, slug, now).await
}

/// Creates a draft survey for a staff member, with its audit entry in the
/// same transaction.
pub async fn create(db: &Db, staff: &Staff, org: &Org, new: NewSurvey, now: i64) -> Result<Survey, SurveyError> {
    let mut tx = db.begin().await?;
    let survey = insert_draft(&mut tx, org, new, now).await?;
    audit(&mut tx, staff, "survey_created", &survey.row.slug, now).await?;
    tx.commit().await?;
    Ok(survey)
}

/// Checks a new survey and inserts it as a draft.
async fn insert_draft(tx: &mut Tx, org: &Org, new: NewSurvey, now: i64) -> Result<Survey, SurveyError> {
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
    match db::surveys::insert(&mut *tx, &row, now).await {
        Ok(_) => {}
        Err(e) if db::is_unique_violation(&e) => {
            return Err(SurveyError::Invalid(format!(
                "There is already a survey called \"{slug}\". Choose another slug."
            )))
        }
        Err(e) => return Err(e.into()),
    }
    let row = db::surveys::by_slug(&mut *tx, org.id, &slug)
        .await?
        .ok_or(SurveyError::NotFound)?;
    Ok(Survey::from_row(row)?)
}

/// Changes a survey for a staff member, with its audit entry in the same
/// transaction. A draft may change freely; once published, only wording
/// and dates may change, so its results keep their meaning.
pub async fn save(
    db: &Db,
    staff: &Staff,
    survey: &Survey,
    def: Definition,
    opens_on: Option<String>,
    closes_on: Option<String>,
    now: i64,
) -> Result<(), SurveyError> {
    survey::check(&def).map_err(SurveyError::Invalid)?;
    if survey.is_published() && !survey::same_meaning(&survey.def, &def) {
        return Err(SurveyError::Conflict(
            "This survey is published: its questions can't change. Copy it to a new round instead.".into(),
        ));
    }
    let (opens_on, closes_on) = check_dates(&opens_on, &closes_on)?;
    let definition = serde_json::to_string(&def).expect("a definition serialises");
    let mut tx = db.begin().await?;
    db::surveys::update(
        &mut tx,
        survey.row.id,
        &def.title.text,
        &definition,
        opens_on.as_deref(),
        closes_on.as_deref(),
    )
    .await?;
    audit(&mut tx, staff, "survey_saved", &survey.row.slug, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Opens a draft (from today, unless it has a later opening day).
pub async fn publish(db: impl Into<Exec<'_>>, survey: &Survey, now: i64) -> Result<(), SurveyError> {
    let today = today(now);
    match survey.stored_status() {
        SurveyStatus::Open => Ok(()),
        SurveyStatus::Closed => Err(SurveyError::Conflict(
            "This survey is closed. Copy it to a new round to ask again.".into(),
        )),
        SurveyStatus::Draft => {
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
                SurveyStatus::Open.as_str(),
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
pub async fn close(db: impl Into<Exec<'_>>, survey: &Survey, now: i64) -> Result<(), SurveyError> {
    let today = today(now);
    match survey.stored_status() {
        SurveyStatus::Closed => Ok(()),
        SurveyStatus::Draft => Err(SurveyError::Conflict(
            "This survey was never published, so there is nothing to close.".into(),
        )),
        SurveyStatus::Open => {
            let closes = match survey.row.closes_on.clone() {
                Some(c) if c < today => c,
                _ => today,
            };
            let opens = survey.row.opens_on.clone().map(|o| o.min(closes.clone()));
            db::surveys::set_status(
                db,
                survey.row.id,
                SurveyStatus::Closed.as_str(),
                opens.as_deref(),
                Some(&closes),
                Some(now),
            )
            .await?;
            Ok(())
        }
    }
}

/// Publishes (`open`) or closes a survey for a staff member, with its
/// audit entry in the same transaction.
pub async fn open_or_close(db: &Db, staff: &Staff, survey: &Survey, open: bool, now: i64) -> Result<(), SurveyError> {
    let mut tx = db.begin().await?;
    let what = if open {
        publish(&mut tx, survey, now).await?;
        "survey_published"
    } else {
        close(&mut tx, survey, now).await?;
        "survey_closed"
    };
    audit(&mut tx, staff, what, &survey.row.slug, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A copy of a survey as a new draft round, pointing back at it, for a
/// staff member, with its audit entry in the same transaction.
pub async fn new_round(
    db: &Db,
    staff: &Staff,
    org: &Org,
    survey: &Survey,
    slug: &str,
    now: i64,
) -> Result<Survey, SurveyError> {
    let new = NewSurvey {
        slug: Some(slug.to_string()),
        def: survey.def.clone(),
        opens_on: None,
        closes_on: None,
        previous_id: Some(survey.row.id),
    };
    let mut tx = db.begin().await?;
    let round = insert_draft(&mut tx, org, new, now).await?;
    audit(&mut tx, staff, "survey_new_round", &round.row.slug, now).await?;
    tx.commit().await?;
    Ok(round)
}

/// How many responses each of the organisation's surveys has, as
/// `(survey id, count)`.
pub async fn response_counts(db: &Db, org: &Org) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    db::surveys::response_counts(db, org.id).await
}

/// A response to `survey` by its public id (the one its browser holds).
pub async fn response(db: &Db, survey: &Survey, response_id: &str) -> Result<Option<ResponseRow>, sqlx::Error> {
    db::surveys::response(db, survey.row.id, response_id).await
}

/// The free-text answer of one response to `question`, to show again only
/// to the browser that holds the response id.
pub async fn text_answer(
    db: &Db,
    survey: &Survey,
    response_id: &str,
    question: &str,
) -> Result<Option<String>, sqlx::Error> {
    db::surveys::text_answer(db, survey.row.id, response_id, question).await
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

/// Parses the answers and runs every free-text one through the harm check
/// (together, off the async runtime).
/// The language a young person's written answers are read in: the code of
/// a tag they (or the page they answer on) gave, English when none was
/// given, and a clear error for a tag Sayso does not know.
pub fn answer_language(tag: Option<&str>) -> Result<&'static str, SurveyError> {
    match tag.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok("en"),
        Some(tag) => app::i18n::language_code(tag)
            .ok_or_else(|| SurveyError::Invalid("language must be a language Sayso has, such as en, cy or ar.".into())),
    }
}

/// Parses the answers and reads each written one with the harm check, in
/// the language it was written in (the phrase lists of that language; the
/// meaning layer reads English).
async fn answers_to_store(
    def: &Definition,
    answers: &serde_json::Map<String, serde_json::Value>,
    language: &str,
) -> Result<Vec<(String, Answer, harm::Verdict)>, SurveyError> {
    let parsed = survey::parse_answers(def, answers).map_err(|p| SurveyError::Invalid(p.message))?;
    let texts: Vec<(String, String)> = parsed
        .iter()
        .filter_map(|(_, a)| match a {
            Answer::Text(t) => Some((t.clone(), language.to_string())),
            _ => None,
        })
        .collect();
    let mut verdicts = harm::check_many_async(texts).await.into_iter();
    Ok(parsed
        .into_iter()
        .map(|(id, a)| {
            let verdict = match &a {
                Answer::Text(_) => verdicts.next().unwrap_or_else(harm::Verdict::none),
                _ => harm::Verdict::none(),
            };
            (id, a, verdict)
        })
        .collect())
}

fn new_answers(list: &[(String, Answer, harm::Verdict)]) -> Vec<db::surveys::NewAnswer<'_>> {
    list.iter()
        .map(|(id, a, verdict)| db::surveys::NewAnswer {
            question_id: id,
            value: a.stored(),
            text: match a {
                Answer::Text(t) => Some(t.as_str()),
                _ => None,
            },
            urgent: verdict.urgent,
            concern: db::feedback::Concern::of(verdict),
        })
        .collect()
}

fn must_be_open(survey: &Survey, now: i64) -> Result<(), SurveyError> {
    if survey.status(&today(now)) != SurveyStatus::Open {
        return Err(SurveyError::Conflict("This survey is not open just now.".into()));
    }
    Ok(())
}

/// Starts an anonymous response with any of its answers. The response id
/// is random (a v4 uuid): whoever holds it can change the answers.
/// `language` is a code from [`answer_language`].
#[allow(clippy::too_many_arguments)]
pub async fn respond(
    db: &Db,
    org: &Org,
    survey: &Survey,
    age_band: Option<&str>,
    care_status: Option<&str>,
    answers: &serde_json::Map<String, serde_json::Value>,
    language: &str,
    now: i64,
) -> Result<Saved, SurveyError> {
    must_be_open(survey, now)?;
    let (band, status) = check_who(&survey.def, age_band, care_status)?;
    let list = answers_to_store(&survey.def, answers, language).await?;
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
        urgent: list.iter().any(|(_, _, v)| v.urgent),
    })
}

/// Adds or replaces answers of a response, a screen at a time.
pub async fn answer(
    db: &Db,
    org: &Org,
    survey: &Survey,
    response_id: &str,
    answers: &serde_json::Map<String, serde_json::Value>,
    language: &str,
    now: i64,
) -> Result<Saved, SurveyError> {
    let response = db::surveys::response(db, survey.row.id, response_id)
        .await?
        .ok_or(SurveyError::NotFound)?;
    must_be_open(survey, now)?;
    let list = answers_to_store(&survey.def, answers, language).await?;
    let removed = db::surveys::anonymised_questions(db, response.id).await?;
    if list.iter().any(|(q, _, _)| removed.contains(q)) {
        return Err(SurveyError::Conflict(
            "That answer was removed by the team and cannot be changed.".into(),
        ));
    }
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
        urgent: list.iter().any(|(_, _, v)| v.urgent),
    })
}

/// The stored answers of one response, to show a young person going back.
/// Reads that response's rows only (by its key), never the survey's.
pub async fn answers_of_response(db: &Db, response: &ResponseRow) -> Result<HashMap<String, String>, sqlx::Error> {
    Ok(db::surveys::answers_of_response(db, response.id)
        .await?
        .into_iter()
        .collect())
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
            status: SurveyStatus::Draft.as_str(),
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
            if SurveyStatus::stored(&row.status) == SurveyStatus::Draft {
                let today = today(now);
                db::surveys::set_status(db, row.id, SurveyStatus::Open.as_str(), Some(&today), None, None).await?;
            }
        }
    }
    Ok(())
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
