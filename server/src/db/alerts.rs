use super::{with_tx, Exec};
use sqlx::FromRow;

/// Emails of the organisation's safeguarding leads who can sign in.
pub async fn safeguarding_emails(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let sql = "SELECT email FROM users WHERE org_id = $1 AND role = 'safeguarding' AND disabled = FALSE ORDER BY id";
    with_tx!(db, pool => sqlx::query_scalar::<_, String>(sql).bind(org_id).fetch_all(pool).await)
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
pub async fn open_for(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<Alert>, sqlx::Error> {
    let sql = "SELECT id, org_id, feedback_id, created_at, times_sent FROM alerts \
               WHERE org_id = $1 AND acknowledged_at IS NULL ORDER BY id";
    with_tx!(db, pool => sqlx::query_as::<_, Alert>(sql).bind(org_id).fetch_all(pool).await)
}

/// An email to queue in the same transaction as the alerts it tells of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    pub to: String,
    pub subject: String,
    pub body: String,
}

const ALERT_COLUMNS: &str = "id, org_id, feedback_id, created_at, times_sent";

/// Organisations with an alert email due: a new alert (none sent yet) once
/// the organisation's last alert email is `window` seconds old, or an alert
/// sent before and unacknowledged for `every` seconds. Each comes with when
/// its last alert email went (0: never), to claim the mailing with.
pub async fn orgs_due_mailing(
    db: impl Into<Exec<'_>>,
    now: i64,
    every: i64,
    window: i64,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT a.org_id, COALESCE(MAX(m.last_sent_at), 0) FROM alerts a \
               LEFT JOIN alert_mailings m ON m.org_id = a.org_id \
               WHERE a.acknowledged_at IS NULL \
               AND ((a.times_sent = 0 AND COALESCE(m.last_sent_at, 0) <= $1) \
                    OR (a.times_sent > 0 AND a.last_sent_at <= $2)) \
               GROUP BY a.org_id ORDER BY a.org_id";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql)
        .bind(now - window)
        .bind(now - every)
        .fetch_all(pool)
        .await)
}

/// In one transaction: claims the organisation's next alert email (only if
/// its last one is still `seen_last`, so one instance sends it), marks every
/// unacknowledged alert of the organisation as sent now, and queues the
/// emails `write` makes of them. False if another instance got there first.
pub async fn send_mailing(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    seen_last: i64,
    now: i64,
    write: impl FnOnce(&[Alert]) -> Vec<Outgoing>,
) -> Result<bool, sqlx::Error> {
    let claim = "INSERT INTO alert_mailings (org_id, last_sent_at) VALUES ($1, $2) \
                 ON CONFLICT (org_id) DO UPDATE SET last_sent_at = excluded.last_sent_at \
                 WHERE alert_mailings.last_sent_at = $3";
    let mark = format!(
        "UPDATE alerts SET last_sent_at = $2, times_sent = times_sent + 1 \
         WHERE org_id = $1 AND acknowledged_at IS NULL RETURNING {ALERT_COLUMNS}"
    );
    let told = "INSERT INTO alert_leads_told (user_id, told_at) \
                SELECT id, $3 FROM users WHERE org_id = $1 AND email = $2 AND role = 'safeguarding' \
                ON CONFLICT (user_id) DO NOTHING";
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let claimed = sqlx::query(claim).bind(org_id).bind(now).bind(seen_last).execute(&mut *tx).await?;
        if claimed.rows_affected() != 1 {
            return Ok(false);
        }
        let mut alerts = sqlx::query_as::<_, Alert>(&mark).bind(org_id).bind(now).fetch_all(&mut *tx).await?;
        alerts.sort_by_key(|a| a.id);
        for mail in write(&alerts) {
            sqlx::query(super::outbox::ENQUEUE)
                .bind(org_id)
                .bind(&mail.to)
                .bind(&mail.subject)
                .bind(&mail.body)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            // A lead this email tells of everything waiting needs no
            // separate "you are now a lead" email (tell_lead).
            sqlx::query(told)
                .bind(org_id)
                .bind(&mail.to)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    }.await)
}

/// Organisations with an escalation address and an alert created at or
/// before `cutoff` that nobody has acknowledged nor escalated yet.
pub async fn orgs_due_escalation(db: impl Into<Exec<'_>>, cutoff: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let sql = "SELECT DISTINCT a.org_id, c.escalation_email FROM alerts a \
               JOIN alert_contacts c ON c.org_id = a.org_id \
               WHERE a.acknowledged_at IS NULL AND a.escalated_at IS NULL AND a.created_at <= $1 \
               AND c.escalation_email <> '' ORDER BY a.org_id";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, String)>(sql).bind(cutoff).fetch_all(pool).await)
}

/// In one transaction: marks the organisation's alerts due for escalation
/// as escalated (each once) and queues the emails `write` makes of them.
/// False if there were none left (another instance escalated them).
pub async fn escalate(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    cutoff: i64,
    now: i64,
    write: impl FnOnce(&[Alert]) -> Vec<Outgoing>,
) -> Result<bool, sqlx::Error> {
    let mark = format!(
        "UPDATE alerts SET escalated_at = $3 WHERE org_id = $1 AND acknowledged_at IS NULL \
         AND escalated_at IS NULL AND created_at <= $2 RETURNING {ALERT_COLUMNS}"
    );
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let mut alerts = sqlx::query_as::<_, Alert>(&mark)
            .bind(org_id)
            .bind(cutoff)
            .bind(now)
            .fetch_all(&mut *tx)
            .await?;
        if alerts.is_empty() {
            return Ok(false);
        }
        alerts.sort_by_key(|a| a.id);
        for mail in write(&alerts) {
            sqlx::query(super::outbox::ENQUEUE)
                .bind(org_id)
                .bind(&mail.to)
                .bind(&mail.subject)
                .bind(&mail.body)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    }.await)
}

/// A safeguarding user not yet told about the alerts waiting when they
/// became one.
#[derive(Clone, Debug, FromRow)]
pub struct NewLead {
    pub user_id: i64,
    pub org_id: i64,
    pub email: String,
}

pub async fn leads_not_told(db: impl Into<Exec<'_>>) -> Result<Vec<NewLead>, sqlx::Error> {
    let sql = "SELECT u.id AS user_id, u.org_id, u.email FROM users u \
               WHERE u.role = 'safeguarding' AND u.disabled = FALSE \
               AND NOT EXISTS (SELECT 1 FROM alert_leads_told t WHERE t.user_id = u.id) ORDER BY u.id";
    with_tx!(db, pool => sqlx::query_as::<_, NewLead>(sql).fetch_all(pool).await)
}

/// In one transaction: records that the lead has been told (once, whichever
/// instance gets there first) and queues the email `write` makes of the
/// organisation's unacknowledged alerts (none when nothing waits).
pub async fn tell_lead(
    db: impl Into<Exec<'_>>,
    lead: &NewLead,
    now: i64,
    write: impl FnOnce(&[Alert]) -> Vec<Outgoing>,
) -> Result<bool, sqlx::Error> {
    let claim = "INSERT INTO alert_leads_told (user_id, told_at) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING";
    let open = format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE org_id = $1 AND acknowledged_at IS NULL ORDER BY id");
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let claimed = sqlx::query(claim).bind(lead.user_id).bind(now).execute(&mut *tx).await?;
        if claimed.rows_affected() != 1 {
            return Ok(false);
        }
        let alerts = sqlx::query_as::<_, Alert>(&open).bind(lead.org_id).fetch_all(&mut *tx).await?;
        if !alerts.is_empty() {
            for mail in write(&alerts) {
                sqlx::query(super::outbox::ENQUEUE)
                    .bind(lead.org_id)
                    .bind(&mail.to)
                    .bind(&mail.subject)
                    .bind(&mail.body)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(true)
    }.await)
}

/// The organisation's alert addresses (empty when not set).
#[derive(Clone, Debug, Default, FromRow)]
pub struct Contacts {
    pub safeguarding_inbox: String,
    pub escalation_email: String,
}

pub async fn contacts(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Contacts, sqlx::Error> {
    let sql = "SELECT safeguarding_inbox, escalation_email FROM alert_contacts WHERE org_id = $1";
    with_tx!(db, pool => sqlx::query_as::<_, Contacts>(sql).bind(org_id).fetch_optional(pool).await)
        .map(Option::unwrap_or_default)
}

/// Sets the organisation's alert addresses. When the safeguarding inbox
/// changes, every waiting alert is due again at once, so a newly set inbox
/// hears of them within the minute rather than at the next repeat.
pub async fn set_contacts(tx: &mut super::Tx, org_id: i64, contacts: &Contacts) -> Result<(), sqlx::Error> {
    let before = self::contacts(&mut *tx, org_id).await?;
    let upsert = "INSERT INTO alert_contacts (org_id, safeguarding_inbox, escalation_email) VALUES ($1, $2, $3) \
                  ON CONFLICT (org_id) DO UPDATE SET safeguarding_inbox = excluded.safeguarding_inbox, \
                  escalation_email = excluded.escalation_email";
    let due = "UPDATE alerts SET last_sent_at = 0 WHERE org_id = $1 AND acknowledged_at IS NULL AND times_sent > 0";
    let inbox_changed =
        before.safeguarding_inbox != contacts.safeguarding_inbox && !contacts.safeguarding_inbox.is_empty();
    with_tx!(&mut *tx, pool => async {
        let mut tx = pool.begin_write().await?;
        sqlx::query(upsert)
            .bind(org_id)
            .bind(&contacts.safeguarding_inbox)
            .bind(&contacts.escalation_email)
            .execute(&mut *tx)
            .await?;
        if inbox_changed {
            sqlx::query(due).bind(org_id).execute(&mut *tx).await?;
        }
        tx.commit().await
    }.await)
}

/// Acknowledges several alerts at once with one record of what was done,
/// in one transaction. Returns the alerts it acknowledged (those still open
/// and of this organisation).
pub async fn acknowledge_many(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    alert_ids: &[i64],
    user_id: i64,
    action: &str,
    now: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    let sql = "UPDATE alerts SET acknowledged_at = $4, acknowledged_by = $3, action_taken = $5 \
               WHERE id = $2 AND org_id = $1 AND acknowledged_at IS NULL";
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let mut done = Vec::new();
        for id in alert_ids {
            let r = sqlx::query(sql)
                .bind(org_id)
                .bind(id)
                .bind(user_id)
                .bind(now)
                .bind(action)
                .execute(&mut *tx)
                .await?;
            if r.rows_affected() == 1 {
                done.push(*id);
            }
        }
        tx.commit().await?;
        Ok(done)
    }.await)
}

#[derive(Clone, Debug, FromRow)]
pub struct AlertState {
    pub created_at: i64,
    pub acknowledged_at: Option<i64>,
    pub acknowledged_by: Option<String>,
    pub action_taken: Option<String>,
}

/// The alert of one item, if it had one.
pub async fn for_feedback(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    feedback_id: i64,
) -> Result<Option<AlertState>, sqlx::Error> {
    let sql = "SELECT a.created_at, a.acknowledged_at, u.email AS acknowledged_by, a.action_taken FROM alerts a \
               LEFT JOIN users u ON u.id = a.acknowledged_by WHERE a.org_id = $1 AND a.feedback_id = $2";
    with_tx!(db, pool => sqlx::query_as::<_, AlertState>(sql).bind(org_id).bind(feedback_id).fetch_optional(pool).await)
}
