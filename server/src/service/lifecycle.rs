//! The data lifecycle: retention, erasure on request and subject access.

use crate::db::{self, lifecycle::Target, lifecycle::Texts, Db};
use app::i18n::I18n;
use chrono::{DateTime, Months, Utc};

/// The moment `months` calendar months before `now` (unix seconds).
pub fn months_before(now: i64, months: i64) -> i64 {
    let at = DateTime::<Utc>::from_timestamp(now, 0).unwrap_or_default();
    let months = Months::new(months.clamp(0, 1200) as u32);
    at.checked_sub_months(months).map(|d| d.timestamp()).unwrap_or(i64::MIN)
}

#[derive(Debug, Default, PartialEq)]
pub struct RetentionReport {
    pub messages: u64,
    pub emails: u64,
    /// The outbox ids deleted: their `.eml` copies go too (`email::forget`).
    pub email_ids: Vec<i64>,
}

/// What erasure removed.
#[derive(Debug, Default, PartialEq)]
pub struct Erased {
    pub messages: u64,
    /// The outbox ids deleted: their `.eml` copies go too (`email::forget`).
    pub email_ids: Vec<i64>,
}

/// The ways an admin's words can name a young person: as typed, and when
/// they read as a reply code, the code as it is stored (`Apple River
/// Tiger` is `apple-river-tiger`).
fn spellings(who: &str) -> Vec<String> {
    let mut all = vec![who.trim().to_string()];
    if let Some(code) = crate::domain::ReplyCode::parse(who) {
        if code.as_str() != all[0] {
            all.push(code.as_str().to_string());
        }
    }
    all
}

/// Removes the words, names and contact details of every message older than
/// its organisation's retention period, and sent email older than it. Safe
/// to run from several instances at once: a message is changed only once.
pub async fn run_retention(db: &Db, now: i64) -> Result<RetentionReport, sqlx::Error> {
    let mut report = RetentionReport::default();
    for (org_id, months) in db::lifecycle::retention_periods(db).await? {
        let cutoff = months_before(now, months);
        let done = db::lifecycle::anonymise(db, org_id, Target::ReceivedBefore(cutoff), "retention", now).await?;
        let changed = done.messages;
        let old_email = db::lifecycle::delete_email_before(db, org_id, cutoff).await?;
        report.emails += (done.emails.len() + old_email.len()) as u64;
        report.email_ids.extend(done.emails);
        report.email_ids.extend(old_email);
        if changed > 0 {
            db::audit::record(
                db,
                org_id,
                None,
                "lifecycle.retention",
                None,
                &format!("{changed} messages"),
                now,
            )
            .await?;
        }
        report.messages += changed;
    }
    if report.messages > 0 {
        db::lifecycle::scrub(db).await?;
    }
    Ok(report)
}

/// What an admin typed to name a young person: a name, an email address or
/// a reply code. Too short to name anyone is refused.
pub fn person(who: &str) -> Option<&str> {
    let who = who.trim();
    (who.chars().count() >= 2 && who.chars().count() <= 200).then_some(who)
}

/// Erases everything held about one young person; returns how many
/// messages. Audited without the name (the audit log must not keep it).
pub async fn erase(db: &Db, org_id: i64, user_id: i64, who: &str, now: i64) -> Result<Erased, sqlx::Error> {
    let mut erased = Erased::default();
    for spelling in spellings(who) {
        let done = db::lifecycle::anonymise(db, org_id, Target::Person(&spelling), "erasure", now).await?;
        erased.messages += done.messages;
        erased.email_ids.extend(done.emails);
    }
    // The erased words must not survive in freed pages or the WAL.
    db::lifecycle::scrub(db).await?;
    let changed = erased.messages;
    db::audit::record(
        db,
        org_id,
        Some(user_id),
        "lifecycle.erase",
        None,
        &format!("{changed} messages"),
        now,
    )
    .await?;
    Ok(erased)
}

/// Every message `who` names, however a reply code was typed.
async fn held_about(db: &Db, org_id: i64, who: &str) -> Result<Vec<db::lifecycle::HeldItem>, sqlx::Error> {
    let mut items = Vec::new();
    for spelling in spellings(who) {
        for item in db::lifecycle::held_about(db, org_id, &spelling).await? {
            if !items.iter().any(|i: &db::lifecycle::HeldItem| i.id == item.id) {
                items.push(item);
            }
        }
    }
    items.sort_by_key(|i| i.id);
    Ok(items)
}

/// How many messages name `who`.
pub async fn count_held(db: &Db, org_id: i64, who: &str) -> Result<usize, sqlx::Error> {
    Ok(held_about(db, org_id, who).await?.len())
}

fn day_and_time(unix: i64) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0)
        .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

/// Everything held about one young person as a plain-text document, and
/// how many messages it covers. Audited.
pub async fn subject_access(
    db: &Db,
    org_id: i64,
    org_name: &str,
    user_id: i64,
    who: &str,
    now: i64,
) -> Result<(String, usize), sqlx::Error> {
    let t = I18n::english();
    let items = held_about(db, org_id, who).await?;
    let mut out = String::new();
    let line = |out: &mut String, label: &str, value: &str| {
        out.push_str(&format!("{}: {}\n", t.t(label), value));
    };
    out.push_str(&t.ts("sar-title", &[("org", org_name)]));
    out.push('\n');
    line(&mut out, "sar-made", &day_and_time(now));
    line(&mut out, "sar-count", &items.len().to_string());
    out.push_str(&format!("\n{}\n", t.t("sar-intro")));
    let yes_no = |b: bool| if b { t.t("sar-yes") } else { t.t("sar-no") };
    for (n, item) in items.iter().enumerate() {
        out.push_str(&format!("\n== {} {} ==\n", t.t("sar-message"), n + 1));
        line(&mut out, "sar-received", &day_and_time(item.received_hour));
        line(&mut out, "sar-reply-code", &item.reply_code);
        line(&mut out, "sar-kind", &item.kind);
        line(
            &mut out,
            "sar-mood",
            &item.mood.map(|m| m.to_string()).unwrap_or_default(),
        );
        line(&mut out, "sar-age-band", item.age_band.as_deref().unwrap_or(""));
        line(&mut out, "sar-care-status", item.care_status.as_deref().unwrap_or(""));
        line(&mut out, "sar-name", item.name.as_deref().unwrap_or(""));
        line(&mut out, "sar-email", item.contact_email.as_deref().unwrap_or(""));
        line(&mut out, "sar-email-consent", &yes_no(item.email_consent));
        line(&mut out, "sar-status", &item.status);
        line(&mut out, "sar-urgent", &yes_no(item.urgent));
        line(
            &mut out,
            "sar-themes",
            &db::lifecycle::theme_labels(db, item.id).await?.join(", "),
        );
        out.push_str(&format!("{}:\n{}\n", t.t("sar-words"), item.body));
        for (label, table) in [("sar-reply", Texts::Replies), ("sar-note", Texts::Notes)] {
            for (at, body) in db::lifecycle::texts_on(db, table, item.id).await? {
                out.push_str(&format!("-- {} ({}):\n{}\n", t.t(label), day_and_time(at), body));
            }
        }
    }
    db::audit::record(
        db,
        org_id,
        Some(user_id),
        "lifecycle.subject_access",
        None,
        &format!("{} messages", items.len()),
        now,
    )
    .await?;
    Ok((out, items.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retention_counts_calendar_months() {
        let now = DateTime::parse_from_rfc3339("2026-03-31T12:00:00Z")
            .unwrap()
            .timestamp();
        let cutoff = DateTime::parse_from_rfc3339("2024-03-31T12:00:00Z")
            .unwrap()
            .timestamp();
        assert_eq!(months_before(now, 24), cutoff);
        assert_eq!(months_before(now, 0), now);
    }

    #[test]
    fn a_person_must_be_named_by_something() {
        assert_eq!(person("  "), None);
        assert_eq!(person("a"), None);
        assert_eq!(person(" Sam Jones "), Some("Sam Jones"));
    }
}
