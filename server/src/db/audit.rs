//! The audit log: every view of an identifiable item and every change, by
//! whom and when. Entries are only ever added.

use super::{with_tx, Exec};
use sqlx::FromRow;

/// Records one entry: who did what, to which item, when.
pub async fn record(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    user_id: Option<i64>,
    action: &str,
    feedback_id: Option<i64>,
    detail: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO audit_log (org_id, user_id, action, feedback_id, detail, created_at) VALUES ($1, $2, $3, $4, $5, $6)";
    with_tx!(db, pool => sqlx::query(sql)
        .bind(org_id)
        .bind(user_id)
        .bind(action)
        .bind(feedback_id)
        .bind(detail)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))
}

#[derive(Clone, Debug, FromRow)]
pub struct AuditEntry {
    pub created_at: i64,
    pub email: Option<String>,
    pub action: String,
    pub feedback_id: Option<i64>,
    pub detail: String,
}

/// The newest audit entries of an organisation, optionally filtered by
/// action (prefix) and staff email (part).
pub async fn entries(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    action: Option<&str>,
    email: Option<&str>,
    limit: i64,
) -> Result<Vec<AuditEntry>, sqlx::Error> {
    let sql = "SELECT a.created_at, u.email, a.action, a.feedback_id, a.detail FROM audit_log a \
               LEFT JOIN users u ON u.id = a.user_id WHERE a.org_id = $1 \
               AND ($2 IS NULL OR a.action LIKE $2 || '%') AND ($3 IS NULL OR u.email LIKE '%' || $3 || '%') \
               ORDER BY a.id DESC LIMIT $4";
    with_tx!(db, pool => sqlx::query_as::<_, AuditEntry>(sql)
        .bind(org_id)
        .bind(action)
        .bind(email)
        .bind(limit)
        .fetch_all(pool)
        .await)
}
