//! Promises kept: reply promises as the Board report reads them, and the
//! cohort an admin records per quarter.

use super::{with_tx, Exec};
use sqlx::FromRow;

#[derive(Clone, Debug, FromRow)]
pub struct ReplyPromise {
    pub reply_by: String,
    pub status: String,
    /// When the team first replied (Unix seconds), if it has.
    pub first_reply_at: Option<i64>,
}

/// Messages whose promised date falls in `[from, to]` (`YYYY-MM-DD`).
pub async fn reply_promises(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    from: &str,
    to: &str,
) -> Result<Vec<ReplyPromise>, sqlx::Error> {
    let sql = "SELECT f.reply_by, f.status, \
               (SELECT MIN(r.created_at) FROM replies r WHERE r.feedback_id = f.id) AS first_reply_at \
               FROM feedback f WHERE f.org_id = $1 AND f.reply_by >= $2 AND f.reply_by <= $3";
    with_tx!(db, pool => sqlx::query_as::<_, ReplyPromise>(sql)
        .bind(org_id)
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await)
}

/// `(in_care, care_leavers)` recorded for a quarter such as `2026-Q4`.
pub async fn cohort(db: impl Into<Exec<'_>>, org_id: i64, quarter: &str) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT in_care, care_leavers FROM cohorts WHERE org_id = $1 AND quarter = $2";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql).bind(org_id).bind(quarter).fetch_optional(pool).await)
}

/// Every recorded quarter, latest first: `(quarter, in_care, care_leavers)`.
pub async fn cohorts(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
    let sql = "SELECT quarter, in_care, care_leavers FROM cohorts WHERE org_id = $1 ORDER BY quarter DESC";
    with_tx!(db, pool => sqlx::query_as::<_, (String, i64, i64)>(sql).bind(org_id).fetch_all(pool).await)
}

/// Records (or corrects) a quarter's cohort.
pub async fn set_cohort(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    quarter: &str,
    in_care: i64,
    care_leavers: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO cohorts (org_id, quarter, in_care, care_leavers, recorded_at) VALUES ($1, $2, $3, $4, $5) \
               ON CONFLICT (org_id, quarter) DO UPDATE SET in_care = excluded.in_care, \
               care_leavers = excluded.care_leavers, recorded_at = excluded.recorded_at";
    with_tx!(db, pool => sqlx::query(sql)
        .bind(org_id)
        .bind(quarter)
        .bind(in_care)
        .bind(care_leavers)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// One of the organisation's promises, worded for an age band when it has
/// such words.
#[derive(Clone, Debug, FromRow)]
pub struct PromiseRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub body: String,
}

/// The promises in order; with `band`, its wording where there is one.
pub async fn list(db: impl Into<Exec<'_>>, org_id: i64, band: Option<&str>) -> Result<Vec<PromiseRow>, sqlx::Error> {
    let sql = "SELECT p.id, p.slug, COALESCE(w.title, p.title) AS title, COALESCE(w.body, p.body) AS body \
               FROM promises p LEFT JOIN promise_wordings w ON w.promise_id = p.id AND w.age_band = $2 \
               WHERE p.org_id = $1 AND p.retired = FALSE ORDER BY p.position, p.id";
    with_tx!(db, pool => sqlx::query_as::<_, PromiseRow>(sql)
        .bind(org_id)
        .bind(band.unwrap_or(""))
        .fetch_all(pool)
        .await)
}

pub struct NewPromise<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    /// (age band, title, body)
    pub wordings: &'a [(&'a str, &'a str, &'a str)],
}

/// Adds promises with their wordings, in order, in one transaction.
pub async fn insert_all(db: impl Into<Exec<'_>>, org_id: i64, promises: &[NewPromise<'_>]) -> Result<(), sqlx::Error> {
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        for (position, p) in promises.iter().enumerate() {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO promises (org_id, slug, title, body, position) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(org_id)
            .bind(p.slug)
            .bind(p.title)
            .bind(p.body)
            .bind(position as i64)
            .fetch_one(&mut *tx)
            .await?;
            for (band, title, body) in p.wordings {
                sqlx::query("INSERT INTO promise_wordings (promise_id, age_band, title, body) VALUES ($1, $2, $3, $4)")
                    .bind(id)
                    .bind(*band)
                    .bind(*title)
                    .bind(*body)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await
    }.await)
}

/// Published actions tied to each promise: (promise id, action id).
pub async fn published_actions(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT ap.promise_id, ap.action_id FROM action_promises ap JOIN actions a ON a.id = ap.action_id \
               WHERE a.org_id = $1 AND a.published = TRUE";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql).bind(org_id).fetch_all(pool).await)
}

/// Every action tied to each promise, published or not: (promise id, action id).
pub async fn all_actions(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT ap.promise_id, ap.action_id FROM action_promises ap JOIN actions a ON a.id = ap.action_id \
               WHERE a.org_id = $1";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql).bind(org_id).fetch_all(pool).await)
}

/// Which link table a tie goes in. The ids are the organisation's own:
/// the service checks that before calling [`tie`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tied {
    Feedback,
    Action,
}

/// Replaces what `id` (a message or an action) is tied to.
pub async fn tie(db: impl Into<Exec<'_>>, what: Tied, id: i64, promise_ids: &[i64]) -> Result<(), sqlx::Error> {
    let (delete, insert) = match what {
        Tied::Feedback => (
            "DELETE FROM feedback_promises WHERE feedback_id = $1",
            "INSERT INTO feedback_promises (feedback_id, promise_id) VALUES ($1, $2)",
        ),
        Tied::Action => (
            "DELETE FROM action_promises WHERE action_id = $1",
            "INSERT INTO action_promises (action_id, promise_id) VALUES ($1, $2)",
        ),
    };
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        sqlx::query(delete).bind(id).execute(&mut *tx).await?;
        for p in promise_ids {
            sqlx::query(insert).bind(id).bind(p).execute(&mut *tx).await?;
        }
        tx.commit().await
    }.await)
}

/// The promise ids `id` is tied to.
pub async fn tied(db: impl Into<Exec<'_>>, what: Tied, id: i64) -> Result<Vec<i64>, sqlx::Error> {
    let sql = match what {
        Tied::Feedback => "SELECT promise_id FROM feedback_promises WHERE feedback_id = $1",
        Tied::Action => "SELECT promise_id FROM action_promises WHERE action_id = $1",
    };
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql).bind(id).fetch_all(pool).await)
}

/// Ties a survey's question to promises (replacing what it was tied to).
pub async fn tie_question(
    db: impl Into<Exec<'_>>,
    survey_id: i64,
    question_id: &str,
    promise_ids: &[i64],
) -> Result<(), sqlx::Error> {
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        sqlx::query("DELETE FROM survey_question_promises WHERE survey_id = $1 AND question_id = $2")
            .bind(survey_id)
            .bind(question_id)
            .execute(&mut *tx)
            .await?;
        for p in promise_ids {
            sqlx::query("INSERT INTO survey_question_promises (survey_id, question_id, promise_id) VALUES ($1, $2, $3)")
                .bind(survey_id)
                .bind(question_id)
                .bind(p)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await
    }.await)
}

/// Messages received in `[from, until)` tied to each promise: (promise id, count).
pub async fn feedback_counts(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    from: i64,
    until: i64,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT fp.promise_id, COUNT(*) FROM feedback_promises fp JOIN feedback f ON f.id = fp.feedback_id \
               WHERE f.org_id = $1 AND f.received_hour >= $2 AND f.received_hour < $3 AND f.kind <> 'survey' \
               GROUP BY fp.promise_id";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql).bind(org_id).bind(from).bind(until).fetch_all(pool).await)
}

/// Survey responses in `[from, until)` that answered a question tied to
/// each promise: (promise id, responses).
pub async fn survey_answer_counts(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    from: i64,
    until: i64,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT q.promise_id, COUNT(DISTINCT a.response_id) FROM survey_question_promises q \
               JOIN surveys s ON s.id = q.survey_id \
               JOIN survey_responses r ON r.survey_id = s.id \
               JOIN survey_answers a ON a.response_id = r.id AND a.question_id = q.question_id \
               WHERE s.org_id = $1 AND r.started_hour >= $2 AND r.started_hour < $3 \
               GROUP BY q.promise_id";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql).bind(org_id).bind(from).bind(until).fetch_all(pool).await)
}

/// Group sessions held in `[from, to]` (`YYYY-MM-DD`) tied to each promise.
pub async fn group_counts(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    from: &str,
    to: &str,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT gp.promise_id, COUNT(*) FROM group_feedback_promises gp \
               JOIN group_feedback g ON g.id = gp.group_feedback_id \
               WHERE g.org_id = $1 AND g.held_on >= $2 AND g.held_on <= $3 GROUP BY gp.promise_id";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql).bind(org_id).bind(from).bind(to).fetch_all(pool).await)
}

/// The organisation a message belongs to.
pub async fn feedback_org(db: impl Into<Exec<'_>>, id: i64) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT org_id FROM feedback WHERE id = $1";
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql).bind(id).fetch_optional(pool).await)
}

/// The organisation an action belongs to.
pub async fn action_org(db: impl Into<Exec<'_>>, id: i64) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT org_id FROM actions WHERE id = $1";
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql).bind(id).fetch_optional(pool).await)
}
