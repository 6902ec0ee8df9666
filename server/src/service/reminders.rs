//! The daily reminder to officers of messages that fall due tomorrow (the
//! next working day), so a promised reply date is not missed. Sent once
//! per organisation and due day; never the young people's words.

use crate::db::{self, Db};
use crate::domain::reply_by::{BankHolidays, Region};
use chrono::NaiveDate;

/// Sends each organisation's reminder for the working day after `today`,
/// if `today` is one of its working days, something falls due and it has
/// not been sent. Returns how many organisations were reminded.
pub async fn remind_due_tomorrow(db: &Db, public_url: &str, today: NaiveDate, now: i64) -> Result<usize, sqlx::Error> {
    let holidays = BankHolidays::shipped();
    let mut reminded = 0;
    for (org_id, region) in db::reminders::orgs(db).await? {
        let region = Region::parse(&region).unwrap_or(Region::EnglandAndWales);
        // On a Friday the next working day is Monday: the weekend's dues
        // are reminded before it, not on it.
        if !holidays.is_working_day(region, today) {
            continue;
        }
        let due_on = holidays.next_working_day(region, today).format("%Y-%m-%d").to_string();
        if db::reminders::sent(db, org_id, &due_on).await? {
            continue;
        }
        let count = db::reminders::waiting_due(db, org_id, &today.format("%Y-%m-%d").to_string(), &due_on).await?;
        if count == 0 {
            continue;
        }
        let to = db::reminders::recipients(db, org_id).await?;
        let subject = match count {
            1 => "1 message is due for a reply tomorrow (Sayso)".to_string(),
            n => format!("{n} messages are due for a reply tomorrow (Sayso)"),
        };
        let body = format!(
            "{count} message(s) in Sayso are waiting for a reply that was promised by {due_on}.\n\n\
             The queue, sorted by reply date after urgent items: {public_url}/staff/queue\n\n\
             Young people were told this date when they sent their message.\n\
             For their privacy this email does not contain their words.\n"
        );
        let emails: Vec<db::outbox::NewEmail> = to
            .iter()
            .map(|to| db::outbox::NewEmail {
                org_id: Some(org_id),
                feedback_id: None,
                to,
                subject: &subject,
                body_text: &body,
            })
            .collect();
        if db::reminders::send_once(db, org_id, &due_on, &emails, now).await? {
            reminded += 1;
        }
    }
    Ok(reminded)
}
