//! Surveys, their anonymous responses and answers.

use super::{with_tx, Exec};
use sqlx::FromRow;

#[derive(Clone, Debug, FromRow)]
pub struct SurveyRow {
    pub id: i64,
    pub org_id: i64,
    pub slug: String,
    pub title: String,
    pub definition: String,
    /// As stored: `draft`, `open` or `closed` (see service::surveys::status
    /// for what the dates make of it).
    pub status: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    pub previous_id: Option<i64>,
    pub created_at: i64,
    pub closed_at: Option<i64>,
}

const COLUMNS: &str =
    "id, org_id, slug, title, definition, status, opens_on, closes_on, previous_id, created_at, closed_at";

pub struct NewSurvey<'a> {
    pub org_id: i64,
    pub slug: &'a str,
    pub title: &'a str,
    pub definition: &'a str,
    pub status: &'a str,
    pub opens_on: Option<&'a str>,
    pub closes_on: Option<&'a str>,
    pub previous_id: Option<i64>,
}

pub async fn insert(db: impl Into<Exec<'_>>, s: &NewSurvey<'_>, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO surveys (org_id, slug, title, definition, status, opens_on, closes_on, previous_id, \
               created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql)
        .bind(s.org_id)
        .bind(s.slug)
        .bind(s.title)
        .bind(s.definition)
        .bind(s.status)
        .bind(s.opens_on)
        .bind(s.closes_on)
        .bind(s.previous_id)
        .bind(now)
        .fetch_one(pool)
        .await)
}

pub async fn by_slug(db: impl Into<Exec<'_>>, org_id: i64, slug: &str) -> Result<Option<SurveyRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM surveys WHERE org_id = $1 AND slug = $2");
    with_tx!(db, pool => sqlx::query_as::<_, SurveyRow>(&sql).bind(org_id).bind(slug).fetch_optional(pool).await)
}

pub async fn by_id(db: impl Into<Exec<'_>>, org_id: i64, id: i64) -> Result<Option<SurveyRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM surveys WHERE org_id = $1 AND id = $2");
    with_tx!(db, pool => sqlx::query_as::<_, SurveyRow>(&sql).bind(org_id).bind(id).fetch_optional(pool).await)
}

/// Every survey of an organisation, newest first.
pub async fn list(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<SurveyRow>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM surveys WHERE org_id = $1 ORDER BY id DESC");
    with_tx!(db, pool => sqlx::query_as::<_, SurveyRow>(&sql).bind(org_id).fetch_all(pool).await)
}

/// Replaces title, definition and dates (the service decides what may change).
pub async fn update(
    db: impl Into<Exec<'_>>,
    id: i64,
    title: &str,
    definition: &str,
    opens_on: Option<&str>,
    closes_on: Option<&str>,
) -> Result<(), sqlx::Error> {
    let sql = "UPDATE surveys SET title = $2, definition = $3, opens_on = $4, closes_on = $5 WHERE id = $1";
    with_tx!(db, pool => sqlx::query(sql)
        .bind(id)
        .bind(title)
        .bind(definition)
        .bind(opens_on)
        .bind(closes_on)
        .execute(pool)
        .await
        .map(|_| ()))
}

pub async fn set_status(
    db: impl Into<Exec<'_>>,
    id: i64,
    status: &str,
    opens_on: Option<&str>,
    closes_on: Option<&str>,
    closed_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    let sql = "UPDATE surveys SET status = $2, opens_on = $3, closes_on = $4, closed_at = $5 WHERE id = $1";
    with_tx!(db, pool => sqlx::query(sql)
        .bind(id)
        .bind(status)
        .bind(opens_on)
        .bind(closes_on)
        .bind(closed_at)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// One answer to store. Free text goes into `feedback` so the team can read
/// and redact it; `urgent` text also opens a safeguarding alert.
pub struct NewAnswer<'a> {
    pub question_id: &'a str,
    pub value: String,
    pub text: Option<&'a str>,
    pub urgent: bool,
    /// Why the harm check flagged the text.
    pub concern: super::feedback::Concern<'a>,
}

pub struct ResponseContext<'a> {
    pub org_id: i64,
    pub age_band: Option<&'a str>,
    pub care_status: Option<&'a str>,
    pub hour: i64,
    /// Only for an alert's clock, as for feedback.
    pub now: i64,
}

/// Stores one answer inside a transaction; evaluates to the feedback id if
/// a new alert was opened. A macro so it serves both engines' transactions.
macro_rules! save_answer {
    ($tx:ident, $response_id:expr, $ctx:expr, $a:expr) => {{
        let a = $a;
        let ctx = $ctx;
        let existing: Option<Option<i64>> = sqlx::query_scalar::<_, Option<i64>>(
            "SELECT feedback_id FROM survey_answers WHERE response_id = $1 AND question_id = $2",
        )
        .bind($response_id)
        .bind(a.question_id)
        .fetch_optional(&mut *$tx)
        .await?;
        let mut feedback_id = None;
        let mut alerted = None;
        if let Some(text) = a.text {
            let fid: i64 = match existing.flatten() {
                Some(fid) => {
                    // The young person changed their words: the new words
                    // replace the old, and urgency never goes away. Words
                    // already anonymised or erased are never refilled.
                    sqlx::query(
                        "UPDATE feedback SET body = $2, redacted_body = NULL, urgent = (urgent OR $3), \
                         harm_category = CASE WHEN $3 THEN $4 ELSE harm_category END, \
                         harm_how = CASE WHEN $3 THEN $5 ELSE harm_how END, \
                         harm_detail = CASE WHEN $3 THEN $6 ELSE harm_detail END \
                         WHERE id = $1 AND anonymised_at IS NULL",
                    )
                    .bind(fid)
                    .bind(text)
                    .bind(a.urgent)
                    .bind(a.concern.category)
                    .bind(a.concern.how)
                    .bind(a.concern.detail)
                    .execute(&mut *$tx)
                    .await?;
                    fid
                }
                None => {
                    sqlx::query_scalar::<_, i64>(
                        "INSERT INTO feedback (org_id, reply_code, kind, body, age_band, care_status, anonymous, \
                         urgent, received_hour, harm_category, harm_how, harm_detail) \
                         VALUES ($1, $2, 'survey', $3, $4, $5, TRUE, $6, $7, $8, $9, $10) RETURNING id",
                    )
                    .bind(ctx.org_id)
                    // Not a three-word code, so it can never be looked up.
                    .bind(format!("survey-{}", uuid::Uuid::new_v4().simple()))
                    .bind(text)
                    .bind(ctx.age_band)
                    .bind(ctx.care_status)
                    .bind(a.urgent)
                    .bind(ctx.hour)
                    .bind(a.concern.category)
                    .bind(a.concern.how)
                    .bind(a.concern.detail)
                    .fetch_one(&mut *$tx)
                    .await?
                }
            };
            if a.urgent {
                let inserted = sqlx::query(
                    "INSERT INTO alerts (org_id, feedback_id, created_at, last_sent_at, times_sent) \
                     VALUES ($1, $2, $3, 0, 0) ON CONFLICT (feedback_id) DO NOTHING",
                )
                .bind(ctx.org_id)
                .bind(fid)
                .bind(ctx.now)
                .execute(&mut *$tx)
                .await?;
                if inserted.rows_affected() == 1 {
                    alerted = Some(fid);
                }
            }
            feedback_id = Some(fid);
        }
        sqlx::query(
            "INSERT INTO survey_answers (response_id, question_id, value, feedback_id) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (response_id, question_id) DO UPDATE SET value = excluded.value, \
             feedback_id = excluded.feedback_id",
        )
        .bind($response_id)
        .bind(a.question_id)
        .bind(&a.value)
        .bind(feedback_id)
        .execute(&mut *$tx)
        .await?;
        alerted
    }};
}

/// Creates a response and its first answers in one transaction.
pub async fn create_response(
    db: impl Into<Exec<'_>>,
    survey_id: i64,
    public_id: &str,
    ctx: &ResponseContext<'_>,
    answers: &[NewAnswer<'_>],
) -> Result<Vec<i64>, sqlx::Error> {
    let sql = "INSERT INTO survey_responses (survey_id, public_id, age_band, care_status, started_hour) \
               VALUES ($1, $2, $3, $4, $5) RETURNING id";
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let id: i64 = sqlx::query_scalar(sql)
            .bind(survey_id)
            .bind(public_id)
            .bind(ctx.age_band)
            .bind(ctx.care_status)
            .bind(ctx.hour)
            .fetch_one(&mut *tx)
            .await?;
        let mut alerted = Vec::new();
        for a in answers {
            if let Some(fid) = save_answer!(tx, id, ctx, a) {
                alerted.push(fid);
            }
        }
        tx.commit().await?;
        Ok(alerted)
    }.await)
}

#[derive(Clone, Debug, FromRow)]
pub struct ResponseRow {
    pub id: i64,
    pub age_band: Option<String>,
    pub care_status: Option<String>,
}

pub async fn response(
    db: impl Into<Exec<'_>>,
    survey_id: i64,
    public_id: &str,
) -> Result<Option<ResponseRow>, sqlx::Error> {
    let sql = "SELECT id, age_band, care_status FROM survey_responses WHERE survey_id = $1 AND public_id = $2";
    with_tx!(db, pool => sqlx::query_as::<_, ResponseRow>(sql).bind(survey_id).bind(public_id).fetch_optional(pool).await)
}

/// Adds or replaces answers of a response. Returns the feedback ids of
/// free-text answers that opened a new safeguarding alert.
pub async fn save_answers(
    db: impl Into<Exec<'_>>,
    response_id: i64,
    ctx: &ResponseContext<'_>,
    answers: &[NewAnswer<'_>],
) -> Result<Vec<i64>, sqlx::Error> {
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let mut alerted = Vec::new();
        for a in answers {
            if let Some(fid) = save_answer!(tx, response_id, ctx, a) {
                alerted.push(fid);
            }
        }
        tx.commit().await?;
        Ok(alerted)
    }.await)
}

/// One answer with who gave it (age band and care status only).
#[derive(Clone, Debug, FromRow)]
pub struct AnswerRow {
    pub response_id: i64,
    pub age_band: Option<String>,
    pub care_status: Option<String>,
    pub question_id: String,
    pub value: String,
}

pub async fn answers(db: impl Into<Exec<'_>>, survey_id: i64) -> Result<Vec<AnswerRow>, sqlx::Error> {
    let sql = "SELECT r.id AS response_id, r.age_band, r.care_status, a.question_id, a.value \
               FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id \
               WHERE r.survey_id = $1 ORDER BY r.id";
    with_tx!(db, pool => sqlx::query_as::<_, AnswerRow>(sql).bind(survey_id).fetch_all(pool).await)
}

/// The answers of one response only (question id, value): a screen never
/// reads anyone else's answers, so its cost does not grow with the survey.
pub async fn answers_of_response(
    db: impl Into<Exec<'_>>,
    response_id: i64,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let sql = "SELECT question_id, value FROM survey_answers WHERE response_id = $1";
    with_tx!(db, pool => sqlx::query_as::<_, (String, String)>(sql).bind(response_id).fetch_all(pool).await)
}

/// The questions of a response whose free-text words were anonymised or
/// erased: they can no longer be changed.
pub async fn anonymised_questions(db: impl Into<Exec<'_>>, response_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let sql = "SELECT a.question_id FROM survey_answers a JOIN feedback f ON f.id = a.feedback_id \
               WHERE a.response_id = $1 AND f.anonymised_at IS NOT NULL";
    with_tx!(db, pool => sqlx::query_scalar::<_, String>(sql).bind(response_id).fetch_all(pool).await)
}

/// Responses per survey of an organisation that have at least one answer.
pub async fn response_counts(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT s.id, COUNT(DISTINCT a.response_id) FROM surveys s \
               JOIN survey_responses r ON r.survey_id = s.id JOIN survey_answers a ON a.response_id = r.id \
               WHERE s.org_id = $1 GROUP BY s.id";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql).bind(org_id).fetch_all(pool).await)
}

/// The words of a free-text answer, for the young person going back to it.
pub async fn text_answer(
    db: impl Into<Exec<'_>>,
    survey_id: i64,
    public_id: &str,
    question_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    let sql = "SELECT f.body FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id \
               JOIN feedback f ON f.id = a.feedback_id \
               WHERE r.survey_id = $1 AND r.public_id = $2 AND a.question_id = $3";
    with_tx!(db, pool => sqlx::query_scalar::<_, String>(sql)
        .bind(survey_id)
        .bind(public_id)
        .bind(question_id)
        .fetch_optional(pool)
        .await)
}
