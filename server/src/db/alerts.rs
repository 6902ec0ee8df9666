use super::{with_db, Db};
use sqlx::FromRow;

/// Emails of the organisation's safeguarding leads who can sign in.
pub async fn safeguarding_emails(db: &Db, org_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let sql = "SELECT email FROM users WHERE org_id = $1 AND role = 'safeguarding' AND disabled = FALSE ORDER BY id";
    with_db!(db, pool => sqlx::query_scalar::<_, String>(sql).bind(org_id).fetch_all(pool).await)
}

#[derive(Clone, Debug, FromRow)]
pub struct Alert {
    pub id: i64,
    pub org_id: i64,
    pub feedback_id: i64,
    pub created_at: i64,
    pub times_sent: i64,
}

/// Unacknowledged alerts of an organisation, oldest first.
pub async fn open_for(db: &Db, org_id: i64) -> Result<Vec<Alert>, sqlx::Error> {
    let sql = "SELECT id, org_id, feedback_id, created_at, times_sent FROM alerts \
               WHERE org_id = $1 AND acknowledged_at IS NULL ORDER BY id";
    with_db!(db, pool => sqlx::query_as::<_, Alert>(sql).bind(org_id).fetch_all(pool).await)
}

/// Alerts due to be sent again, each claimed by moving `last_sent_at` so
/// that one instance repeats it.
pub async fn claim_due_repeats(db: &Db, now: i64, every: i64) -> Result<Vec<Alert>, sqlx::Error> {
    let sql = "UPDATE alerts SET last_sent_at = $1, times_sent = times_sent + 1 \
               WHERE acknowledged_at IS NULL AND last_sent_at <= $2 \
               RETURNING id, org_id, feedback_id, created_at, times_sent";
    with_db!(db, pool => sqlx::query_as::<_, Alert>(sql).bind(now).bind(now - every).fetch_all(pool).await)
}

/// Acknowledges an alert: who, when and what they did. Returns false if it
/// was not open (already acknowledged, or another organisation's).
pub async fn acknowledge(
    db: &Db,
    org_id: i64,
    alert_id: i64,
    user_id: i64,
    action: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE alerts SET acknowledged_at = $4, acknowledged_by = $3, action_taken = $5 \
               WHERE id = $2 AND org_id = $1 AND acknowledged_at IS NULL";
    with_db!(db, pool => sqlx::query(sql)
        .bind(org_id)
        .bind(alert_id)
        .bind(user_id)
        .bind(now)
        .bind(action)
        .execute(pool)
        .await
        .map(|r| r.rows_affected() == 1))
}

#[derive(Clone, Debug, FromRow)]
pub struct AlertState {
    pub created_at: i64,
    pub acknowledged_at: Option<i64>,
    pub acknowledged_by: Option<String>,
    pub action_taken: Option<String>,
}

/// The alert of one item, if it had one.
pub async fn for_feedback(db: &Db, org_id: i64, feedback_id: i64) -> Result<Option<AlertState>, sqlx::Error> {
    let sql = "SELECT a.created_at, a.acknowledged_at, u.email AS acknowledged_by, a.action_taken FROM alerts a \
               LEFT JOIN users u ON u.id = a.acknowledged_by WHERE a.org_id = $1 AND a.feedback_id = $2";
    with_db!(db, pool => sqlx::query_as::<_, AlertState>(sql).bind(org_id).bind(feedback_id).fetch_optional(pool).await)
}
