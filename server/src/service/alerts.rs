//! Safeguarding alerts: an urgent item emails every safeguarding lead at
//! once, with a link and never the young person's words (email is not a
//! safe channel), and again until someone acknowledges it.
//!
//! The rules (in plain words in docs/alerts.md):
//! - One email per organisation at a time: the first urgent message goes
//!   out at once; more urgent messages within the next `window` seconds
//!   wait for the end of that window and go as one email with a count.
//!   Reminders list every alert still waiting, in one email.
//! - No safeguarding user: the organisation's safeguarding inbox gets them.
//! - A safeguarding user added later is told of every waiting alert at once.
//! - An alert nobody acknowledges within `escalate_after` seconds also goes,
//!   once, to the organisation's out-of-hours escalation address.

use crate::db::alerts::{Alert, NewLead, Outgoing};
use crate::db::{self, Db};

/// When alert emails go (from the server's configuration).
#[derive(Clone, Copy, Debug)]
pub struct Timing {
    /// `SAYSO_ALERT_REPEAT_MINUTES`: how often an unacknowledged alert repeats.
    pub repeat_seconds: i64,
    /// `SAYSO_ALERT_WINDOW_SECONDS`: urgent messages this close together go
    /// as one email.
    pub window_seconds: i64,
    /// `SAYSO_ESCALATE_AFTER_MINUTES`: when an unacknowledged alert also goes
    /// to the escalation address.
    pub escalate_seconds: i64,
}

/// Links listed in one email at most; the dashboard has them all.
const MAX_LINKS: usize = 20;

/// One pass of the alert job: due alert emails, escalations and newly
/// added leads. Every email is queued in the outbox in the same transaction
/// that marks what it tells of, so nothing is told twice or lost.
pub async fn run(db: &Db, public_url: &str, timing: Timing, now: i64) -> Result<(), sqlx::Error> {
    for (org_id, seen_last) in
        db::alerts::orgs_due_mailing(db, now, timing.repeat_seconds, timing.window_seconds).await?
    {
        let leads = db::alerts::safeguarding_emails(db, org_id).await?;
        let (to, to_inbox) = if leads.is_empty() {
            let inbox = db::alerts::contacts(db, org_id).await?.safeguarding_inbox;
            if inbox.is_empty() {
                tracing::error!(
                    org_id,
                    "urgent feedback but nobody to alert: add a safeguarding user (`sayso user add --role safeguarding`) \
                     or set the safeguarding inbox on the admin page"
                );
                (Vec::new(), true)
            } else {
                (vec![inbox], true)
            }
        } else {
            (leads, false)
        };
        db::alerts::send_mailing(db, org_id, seen_last, now, |alerts| {
            mailing(alerts, &to, to_inbox, public_url)
        })
        .await?;
    }
    let cutoff = now - timing.escalate_seconds;
    for (org_id, address) in db::alerts::orgs_due_escalation(db, cutoff).await? {
        let minutes = (timing.escalate_seconds / 60).max(1);
        db::alerts::escalate(db, org_id, cutoff, now, |alerts| {
            vec![escalation(alerts, &address, minutes, public_url)]
        })
        .await?;
    }
    for lead in db::alerts::leads_not_told(db).await? {
        db::alerts::tell_lead(db, &lead, now, |alerts| vec![catch_up(alerts, &lead, public_url)]).await?;
    }
    Ok(())
}

/// Acknowledges the staff member's organisation's `alert_ids` with one
/// record of what was done, each with its audit entry, in one transaction.
pub async fn acknowledge(
    db: &Db,
    staff: &crate::service::staff::Staff,
    alert_ids: &[i64],
    action: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let org_id = staff.user.org_id;
    let mut tx = db.begin().await?;
    let done = db::alerts::acknowledge_many(&mut tx, org_id, alert_ids, staff.user.user_id, action, now).await?;
    for alert_id in done {
        db::audit::record(
            &mut tx,
            org_id,
            Some(staff.user.user_id),
            "alert.acknowledge",
            None,
            &alert_id.to_string(),
            now,
        )
        .await?;
    }
    tx.commit().await
}

/// Who hears of an organisation's alerts: whether it has safeguarding
/// leads, and its alert addresses.
#[derive(Clone, Debug, Default)]
pub struct Reach {
    pub has_leads: bool,
    pub contacts: db::alerts::Contacts,
}

pub async fn reach(db: &Db, org_id: i64) -> Result<Reach, sqlx::Error> {
    Ok(Reach {
        has_leads: !db::alerts::safeguarding_emails(db, org_id).await?.is_empty(),
        contacts: db::alerts::contacts(db, org_id).await?,
    })
}

/// Why the harm check flagged a message: `(feedback id, category, how,
/// detail)`.
pub use crate::db::moderation::Concern;

/// The safeguarding dashboard: open alerts (oldest first), why each
/// message was flagged, and who hears of them.
#[derive(Clone, Debug)]
pub struct Dashboard {
    pub alerts: Vec<Alert>,
    pub concerns: Vec<Concern>,
    pub reach: Reach,
}

pub async fn dashboard(db: &Db, org_id: i64) -> Result<Dashboard, sqlx::Error> {
    let alerts = db::alerts::open_for(db, org_id).await?;
    let ids: Vec<i64> = alerts.iter().map(|a| a.feedback_id).collect();
    Ok(Dashboard {
        concerns: db::moderation::concerns_of(db, &ids).await?,
        alerts,
        reach: reach(db, org_id).await?,
    })
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn links(alerts: &[Alert], public_url: &str) -> String {
    let mut out: String = alerts
        .iter()
        .take(MAX_LINKS)
        .map(|a| format!("  {public_url}/staff/feedback/{}\n", a.feedback_id))
        .collect();
    if alerts.len() > MAX_LINKS {
        out.push_str(&format!("  … and {} more on the dashboard\n", alerts.len() - MAX_LINKS));
    }
    out
}

const NO_WORDS: &str = "For the young person's safety this email does not contain their words.\n";

/// The alert email (or reminder) about every alert the organisation has
/// waiting: `alerts` have just been marked sent, so a new one has
/// `times_sent == 1`.
pub fn mailing(alerts: &[Alert], to: &[String], to_inbox: bool, public_url: &str) -> Vec<Outgoing> {
    if alerts.is_empty() {
        return Vec::new();
    }
    let new = alerts.iter().filter(|a| a.times_sent == 1).count();
    let waiting = alerts.len();
    let subject = if new == 0 {
        let reminder = alerts.iter().map(|a| a.times_sent).min().unwrap_or(2) - 1;
        format!(
            "Reminder {reminder}: {} waiting in Sayso",
            plural(waiting, "urgent message is", "urgent messages are")
        )
    } else if waiting == 1 {
        "Urgent: a young person may need help (Sayso)".to_string()
    } else {
        format!(
            "Urgent: {} may need help (Sayso)",
            plural(waiting, "message", "messages")
        )
    };
    let mut body = String::new();
    if new > 0 {
        body.push_str(&format!(
            "{} arrived in Sayso and {} a safeguarding lead.\n",
            plural(new, "urgent message has", "urgent messages have"),
            if new == 1 { "needs" } else { "need" }
        ));
    }
    if waiting > new {
        body.push_str(&format!(
            "{} waiting for a safeguarding lead to acknowledge.\n",
            plural(waiting, "urgent message is", "urgent messages are")
        ));
    }
    body.push_str(&format!(
        "\nOpen {}:\n{}\nAcknowledge {} here (you can tick several at once): {public_url}/staff/alerts\n\n",
        if waiting == 1 { "it" } else { "them" },
        links(alerts, public_url),
        if waiting == 1 { "it" } else { "them" },
    ));
    body.push_str(NO_WORDS);
    body.push_str("This alert repeats until someone acknowledges it and records what they did.\n");
    if to_inbox {
        body.push_str(
            "\nThis went to your safeguarding inbox because your organisation has no safeguarding lead in Sayso. \
             An admin can add one on the admin page.\n",
        );
    }
    to.iter()
        .map(|to| Outgoing {
            to: to.clone(),
            subject: subject.clone(),
            body: body.clone(),
        })
        .collect()
}

/// The out-of-hours escalation email about alerts nobody acknowledged.
pub fn escalation(alerts: &[Alert], to: &str, minutes: i64, public_url: &str) -> Outgoing {
    let n = alerts.len();
    Outgoing {
        to: to.to_string(),
        subject: format!(
            "Escalation: {} not acknowledged after {} (Sayso)",
            plural(n, "urgent message", "urgent messages"),
            plural(minutes as usize, "minute", "minutes")
        ),
        body: format!(
            "Nobody has acknowledged {} in Sayso for {} or more. \
             This is the out-of-hours escalation address your organisation set.\n\n\
             Open {}:\n{}\nAcknowledge here: {public_url}/staff/alerts\n\n{NO_WORDS}",
            plural(n, "urgent message", "urgent messages"),
            plural(minutes as usize, "minute", "minutes"),
            if n == 1 { "it" } else { "them" },
            links(alerts, public_url),
        ),
    }
}

/// To a safeguarding user just added: every alert already waiting.
pub fn catch_up(alerts: &[Alert], lead: &NewLead, public_url: &str) -> Outgoing {
    let n = alerts.len();
    Outgoing {
        to: lead.email.clone(),
        subject: format!(
            "Urgent: {} waiting for a safeguarding lead (Sayso)",
            plural(n, "message is", "messages are")
        ),
        body: format!(
            "You are now a safeguarding lead in Sayso, and {} waiting for a lead to acknowledge.\n\n\
             Open {}:\n{}\nAcknowledge here: {public_url}/staff/alerts\n\n{NO_WORDS}",
            plural(n, "urgent message is", "urgent messages are"),
            if n == 1 { "it" } else { "them" },
            links(alerts, public_url),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alert(id: i64, times_sent: i64) -> Alert {
        Alert {
            id,
            org_id: 1,
            feedback_id: 100 + id,
            created_at: 0,
            times_sent,
        }
    }

    #[test]
    fn a_burst_is_one_email_per_lead_with_a_count() {
        let alerts: Vec<Alert> = (1..=5).map(|i| alert(i, 1)).collect();
        let to = vec!["a@x.test".to_string(), "b@x.test".to_string()];
        let mails = mailing(&alerts, &to, false, "https://s.test");
        assert_eq!(mails.len(), 2);
        assert!(mails[0].subject.contains("5 messages"), "{}", mails[0].subject);
        assert!(mails[0].body.contains("5 urgent messages have arrived"));
        assert!(mails[0].body.contains("https://s.test/staff/feedback/105"));
    }

    #[test]
    fn a_reminder_says_so_and_counts_what_waits() {
        let alerts = vec![alert(1, 3), alert(2, 2)];
        let mails = mailing(&alerts, &["a@x.test".into()], false, "https://s.test");
        assert!(mails[0]
            .subject
            .starts_with("Reminder 1: 2 urgent messages are waiting"));
    }

    #[test]
    fn a_long_list_is_cut_short_but_counted() {
        let alerts: Vec<Alert> = (1..=25).map(|i| alert(i, 1)).collect();
        let mails = mailing(&alerts, &["a@x.test".into()], true, "https://s.test");
        assert!(mails[0].body.contains("and 5 more"));
        assert!(mails[0].body.contains("no safeguarding lead"));
    }
}
