//! Safeguarding alerts: an urgent item emails every safeguarding lead at
//! once, with a link and never the young person's words (email is not a
//! safe channel), and again until someone acknowledges it.

use crate::db::{self, Db};

/// Emails the organisation's safeguarding leads about an urgent item. The
/// alert itself is opened in the same transaction that stores the item
/// (db::feedback::insert); the alert job calls this at once and then at
/// every repeat until the alert is acknowledged.
pub async fn notify(
    db: &Db,
    public_url: &str,
    org_id: i64,
    feedback_id: i64,
    times_sent: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    let leads = db::alerts::safeguarding_emails(db, org_id).await?;
    if leads.is_empty() {
        tracing::error!(
            org_id,
            "urgent feedback but no safeguarding user to alert: add one with `sayso user add --role safeguarding`"
        );
    }
    let subject = if times_sent > 1 {
        format!("Reminder {times_sent}: an urgent message is waiting in Sayso")
    } else {
        "Urgent: a young person may need help (Sayso)".to_string()
    };
    let body = format!(
        "An urgent message has arrived in Sayso and needs a safeguarding lead.\n\n\
         Open it here: {public_url}/staff/feedback/{feedback_id}\n\
         Acknowledge it here: {public_url}/staff/alerts\n\n\
         For the young person's safety this email does not contain their words.\n\
         This alert repeats until someone acknowledges it and records what they did.\n"
    );
    for to in leads {
        let email = db::outbox::NewEmail {
            org_id: Some(org_id),
            feedback_id: Some(feedback_id),
            to: &to,
            subject: &subject,
            body_text: &body,
        };
        db::outbox::enqueue(db, &email, now).await?;
    }
    Ok(())
}
