//! What groups said, and the Board report's counts of it.

use super::{with_db, with_write, Db};

pub struct NewGroupFeedback<'a> {
    pub org_id: i64,
    pub occasion: &'a str,
    pub held_on: &'a str,
    pub participants: i64,
    /// Comma separated.
    pub age_bands: &'a str,
    pub body: &'a str,
    pub redacted_body: &'a str,
    pub recorded_by: i64,
    pub theme_ids: &'a [i64],
    pub promise_ids: &'a [i64],
}

/// Stores a session with its themes and promises, and its audit entry, in
/// one transaction. Returns its id.
pub async fn insert(db: &Db, g: &NewGroupFeedback<'_>, now: i64) -> Result<i64, sqlx::Error> {
    with_write!(db, pool => async {
        let mut tx = pool.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO group_feedback (org_id, occasion, held_on, participants, age_bands, body, redacted_body, \
             recorded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(g.org_id)
        .bind(g.occasion)
        .bind(g.held_on)
        .bind(g.participants)
        .bind(g.age_bands)
        .bind(g.body)
        .bind(g.redacted_body)
        .bind(g.recorded_by)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        for theme in g.theme_ids {
            sqlx::query("INSERT INTO group_feedback_themes (group_feedback_id, theme_id) VALUES ($1, $2)")
                .bind(id)
                .bind(theme)
                .execute(&mut *tx)
                .await?;
        }
        for promise in g.promise_ids {
            sqlx::query("INSERT INTO group_feedback_promises (group_feedback_id, promise_id) VALUES ($1, $2)")
                .bind(id)
                .bind(promise)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "INSERT INTO audit_log (org_id, user_id, action, feedback_id, detail, created_at) \
             VALUES ($1, $2, 'group_feedback.recorded', NULL, $3, $4)",
        )
        .bind(g.org_id)
        .bind(g.recorded_by)
        .bind(format!("group feedback {id}"))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }.await)
}

/// Sessions held in `[from, to]` (`YYYY-MM-DD`) and their participants.
pub async fn totals(db: &Db, org_id: i64, from: &str, to: &str) -> Result<(i64, i64), sqlx::Error> {
    let sql = "SELECT COUNT(*), CAST(COALESCE(SUM(participants), 0) AS BIGINT) FROM group_feedback \
               WHERE org_id = $1 AND held_on >= $2 AND held_on <= $3";
    with_db!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql).bind(org_id).bind(from).bind(to).fetch_one(pool).await)
}

/// The latest sessions for the staff page: (id, occasion, held on, participants).
pub async fn recent(db: &Db, org_id: i64, limit: i64) -> Result<Vec<(i64, String, String, i64)>, sqlx::Error> {
    let sql = "SELECT id, occasion, held_on, participants FROM group_feedback WHERE org_id = $1 \
               ORDER BY held_on DESC, id DESC LIMIT $2";
    with_db!(db, pool => sqlx::query_as::<_, (i64, String, String, i64)>(sql).bind(org_id).bind(limit).fetch_all(pool).await)
}
