//! Background jobs, run in every server instance; each claims its work in
//! the database, so running several instances sends nothing twice.
//! - the outbox: sends queued email, retrying with back-off;
//! - alerts: sends safeguarding alerts, a burst as one email, repeats and
//!   escalates unacknowledged ones, tells a newly added lead (service::alerts);
//! - reply reminders: every few minutes, emails officers once a day about
//!   messages that fall due for a reply the next working day;
//! - retention: hourly, by whichever instance claims the hour's run
//!   (`db::jobs::claim`), removes the words, names and contact details of
//!   messages older than their organisation's period. It runs in a task of
//!   its own: a slow pass (a large backlog, a lock wait) never holds back an
//!   alert or an email.

use crate::db::{self, Db};
use crate::email::Mailer;
use crate::service::alerts;
use std::sync::Arc;
use std::time::Duration;

pub struct JobConfig {
    pub mail_from: String,
    pub alerts: alerts::Timing,
    pub public_url: String,
    pub poll: Duration,
    /// `SAYSO_TODAY`, when set: the date taken as today.
    pub today: Option<chrono::NaiveDate>,
}

/// How long to wait before trying a message again after `attempts` tries:
/// 5 s, 10 s, 20 s … at most 15 minutes.
pub fn backoff_seconds(attempts: i64) -> i64 {
    let exponent = attempts.clamp(1, 20) - 1;
    (5_i64 << exponent.min(8)).min(15 * 60)
}

/// How often the reply reminder pass looks for something to send.
const REMINDERS_EVERY: Duration = Duration::from_secs(5 * 60);

/// How often the retention pass runs, across all instances together (it is
/// cheap when there is nothing to do).
const RETENTION_EVERY: Duration = Duration::from_secs(60 * 60);

/// How often an instance asks whether the retention pass is due.
const RETENTION_ASK_EVERY: Duration = Duration::from_secs(60);

pub fn spawn(db: Db, mailer: Mailer, config: JobConfig) {
    let mailer = Arc::new(mailer);
    let config = Arc::new(config);
    tokio::spawn(retention(db.clone(), mailer.clone()));
    tokio::spawn(async move {
        let mut reminders_due = std::time::Instant::now();
        loop {
            if std::time::Instant::now() >= reminders_due {
                let now = crate::now();
                let today = config.today.unwrap_or_else(|| crate::domain::reply_by::uk_date(now));
                match crate::service::reminders::remind_due_tomorrow(&db, &config.public_url, today, now).await {
                    Ok(n) if n > 0 => tracing::info!(organisations = n, "reply reminders queued"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "reply reminders could not run; will retry"),
                }
                reminders_due += REMINDERS_EVERY;
            }
            if let Err(e) = run_once(&db, &mailer, &config).await {
                tracing::warn!(error = %e, "background job could not reach the database; will retry");
            }
            tokio::time::sleep(config.poll).await;
        }
    });
}

/// The retention task: asks every `RETENTION_ASK_EVERY` (at once on start)
/// whether the hour's pass is due. Several instances share one database:
/// the run is claimed, so it happens once an hour in all, not once per
/// instance.
async fn retention(db: Db, mailer: Arc<Mailer>) {
    let mut ask = tokio::time::interval(RETENTION_ASK_EVERY);
    // After a pass longer than a minute, ask again a minute later rather
    // than at once for every minute missed.
    ask.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ask.tick().await;
        match db::jobs::claim(&db, "retention", crate::now(), RETENTION_EVERY.as_secs() as i64).await {
            Ok(true) => run_retention(&db, &mailer).await,
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "retention could not be claimed; will retry"),
        }
    }
}

/// One retention pass, and forgetting old idempotency keys.
async fn run_retention(db: &Db, mailer: &Mailer) {
    match crate::service::lifecycle::run_retention(db, crate::now()).await {
        Ok(done) => {
            if let Some(dir) = mailer.outbox_dir() {
                crate::email::forget(dir, &done.email_ids).await;
            }
            tracing::info!(messages = done.messages, "retention pass done: old messages anonymised")
        }
        Err(e) => tracing::warn!(error = %e, "retention could not run; the next hour's pass will"),
    }
    if let Err(e) = crate::service::feedback::forget_old_idempotency_keys(db, crate::now()).await {
        tracing::warn!(error = %e, "old idempotency keys could not be forgotten; the next pass will");
    }
}

async fn run_once(db: &Db, mailer: &Mailer, config: &JobConfig) -> Result<(), sqlx::Error> {
    let now = crate::now();
    alerts::run(db, &config.public_url, config.alerts, now).await?;
    // Send everything that is due, one claimed message at a time.
    while let Some(email) = db::outbox::claim(db, crate::now(), 120).await? {
        match mailer
            .send(
                &config.mail_from,
                &email.to_addr,
                &email.subject,
                &email.body_text,
                (email.id, email.created_at),
            )
            .await
        {
            Ok(()) => {
                metrics::counter!("sayso_emails_sent_total").increment(1);
                db::outbox::mark_sent(db, email.id, crate::now()).await?
            }
            Err(error) => {
                metrics::counter!("sayso_email_failures_total").increment(1);
                let retry_at = crate::now() + backoff_seconds(email.attempts);
                if email.attempts >= db::outbox::MAX_ATTEMPTS {
                    tracing::error!(id = email.id, attempts = email.attempts, %error, "email given up: it stays unsent in the outbox");
                } else {
                    tracing::warn!(id = email.id, attempts = email.attempts, %error, "email not sent yet; it stays in the outbox");
                }
                db::outbox::mark_failed(db, email.id, retry_at, &error).await?;
                break;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn back_off_doubles_then_stops_at_fifteen_minutes() {
        let waits: Vec<i64> = (1..=10).map(super::backoff_seconds).collect();
        assert_eq!(&waits[..4], &[5, 10, 20, 40]);
        assert_eq!(*waits.last().unwrap(), 900);
    }
}
