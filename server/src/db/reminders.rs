//! The daily reminder of messages that fall due for a reply.

use super::{outbox::NewEmail, with_db, with_write, Db};

/// Every organisation's id and the bank holidays it keeps.
pub async fn orgs(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let sql = "SELECT id, bank_holidays FROM orgs ORDER BY id";
    with_db!(db, pool => sqlx::query_as::<_, (i64, String)>(sql).fetch_all(pool).await)
}

/// Whether the reminder for messages due on `due_on` has gone out.
pub async fn sent(db: &Db, org_id: i64, due_on: &str) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM reply_reminders WHERE org_id = $1 AND due_on = $2";
    with_db!(db, pool => sqlx::query_scalar::<_, i64>(sql).bind(org_id).bind(due_on).fetch_one(pool).await)
        .map(|n| n > 0)
}

/// Messages still waiting for a reply whose date falls after `after` and
/// on or before `until` (both `YYYY-MM-DD`).
pub async fn waiting_due(db: &Db, org_id: i64, after: &str, until: &str) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM feedback WHERE org_id = $1 AND status IN ('new', 'in_review') \
               AND reply_by > $2 AND reply_by <= $3";
    with_db!(db, pool => sqlx::query_scalar::<_, i64>(sql)
        .bind(org_id)
        .bind(after)
        .bind(until)
        .fetch_one(pool)
        .await)
}

/// Who gets the reminder: the organisation's participation officers, or
/// its admins when it has no officer.
pub async fn recipients(db: &Db, org_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let sql = "SELECT email FROM users WHERE org_id = $1 AND role = $2 AND disabled = FALSE ORDER BY id";
    let officers = with_db!(db, pool => sqlx::query_scalar::<_, String>(sql)
        .bind(org_id)
        .bind("officer")
        .fetch_all(pool)
        .await)?;
    if !officers.is_empty() {
        return Ok(officers);
    }
    with_db!(db, pool => sqlx::query_scalar::<_, String>(sql).bind(org_id).bind("admin").fetch_all(pool).await)
}

/// Records the reminder for `due_on` and queues its emails in one
/// transaction. Returns false (and queues nothing) when another instance
/// or an earlier pass already sent it.
pub async fn send_once(
    db: &Db,
    org_id: i64,
    due_on: &str,
    emails: &[NewEmail<'_>],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let claim = "INSERT INTO reply_reminders (org_id, due_on, sent_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (org_id, due_on) DO NOTHING";
    let queue = "INSERT INTO outbox (org_id, to_addr, subject, body_text, created_at, next_attempt_at) \
                 VALUES ($1, $2, $3, $4, $5, $5)";
    with_write!(db, pool => async {
        let mut tx = pool.begin().await?;
        let claimed = sqlx::query(claim).bind(org_id).bind(due_on).bind(now).execute(&mut *tx).await?.rows_affected();
        if claimed == 0 {
            return Ok(false);
        }
        for email in emails {
            sqlx::query(queue)
                .bind(email.org_id)
                .bind(email.to)
                .bind(email.subject)
                .bind(email.body_text)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    }.await)
}
