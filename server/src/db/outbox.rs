use super::{with_tx, Exec};
use sqlx::FromRow;

pub struct NewEmail<'a> {
    pub org_id: Option<i64>,
    /// The message this email is about, if any: it goes when that does.
    pub feedback_id: Option<i64>,
    pub to: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
}

/// Queues one email: `$1` org, `$2` to, `$3` subject, `$4` body, `$5` now.
/// Shared with the statements that queue email in their own transaction.
pub(super) const ENQUEUE: &str =
    "INSERT INTO outbox (org_id, to_addr, subject, body_text, created_at, next_attempt_at) \
                                  VALUES ($1, $2, $3, $4, $5, $5)";

pub async fn enqueue(db: impl Into<Exec<'_>>, email: &NewEmail<'_>, now: i64) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO outbox (org_id, to_addr, subject, body_text, created_at, next_attempt_at, feedback_id) \
               VALUES ($1, $2, $3, $4, $5, $5, $6)";
    with_tx!(db, pool => sqlx::query(sql)
        .bind(email.org_id)
        .bind(email.to)
        .bind(email.subject)
        .bind(email.body_text)
        .bind(now)
        .bind(email.feedback_id)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// Tries before an email is given up on: with the back-off (at most 15
/// minutes apart) that is about four hours of an SMTP outage. A message
/// given up stays unsent in the outbox for an admin to see, and goes with
/// its message or by retention.
pub const MAX_ATTEMPTS: i64 = 20;

#[derive(Clone, Debug, FromRow)]
pub struct Claimed {
    pub id: i64,
    pub to_addr: String,
    pub subject: String,
    pub body_text: String,
    pub attempts: i64,
    pub created_at: i64,
}

/// Claims the oldest message that is due, for `lease` seconds. The outer
/// `claimed_until < $1` is checked again under the row lock, so two
/// instances racing for the same row get it once.
pub async fn claim(db: impl Into<Exec<'_>>, now: i64, lease: i64) -> Result<Option<Claimed>, sqlx::Error> {
    let sql = "UPDATE outbox SET claimed_until = $2, attempts = attempts + 1 \
               WHERE id = (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 \
                           AND claimed_until < $1 AND attempts < $3 ORDER BY id LIMIT 1) \
               AND claimed_until < $1 AND sent_at IS NULL \
               RETURNING id, to_addr, subject, body_text, attempts, created_at";
    with_tx!(db, pool => sqlx::query_as::<_, Claimed>(sql)
        .bind(now)
        .bind(now + lease)
        .bind(MAX_ATTEMPTS)
        .fetch_optional(pool)
        .await)
}

pub async fn mark_sent(db: impl Into<Exec<'_>>, id: i64, now: i64) -> Result<(), sqlx::Error> {
    with_tx!(db, pool => sqlx::query("UPDATE outbox SET sent_at = $2, last_error = NULL WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ()))
}

pub async fn mark_failed(db: impl Into<Exec<'_>>, id: i64, retry_at: i64, error: &str) -> Result<(), sqlx::Error> {
    let sql = "UPDATE outbox SET next_attempt_at = $2, claimed_until = 0, last_error = $3 WHERE id = $1";
    with_tx!(db, pool => sqlx::query(sql).bind(id).bind(retry_at).bind(error).execute(pool).await.map(|_| ()))
}
