//! Saying something, and finding out what happened to it.

use crate::db::{self, feedback::InsertOutcome, orgs::Org, Db};
use crate::domain::feedback::{idempotency_key_hash, IDEMPOTENCY_KEY_SECONDS};
use crate::domain::reply_by::{BankHolidays, Region};
use crate::domain::{harm, hour_of, FeedbackInput, Identity, Problem, ReplyCode};
use app::model::AgeBand;
use app::pages::SayField;
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub struct Submitted {
    pub reply_code: String,
    pub urgent: bool,
    /// The date the organisation promises to reply by, `YYYY-MM-DD`.
    pub reply_by: Option<String>,
    /// True when this was a retry of a message already stored.
    pub replayed: bool,
}

#[derive(Debug)]
pub enum SubmitError {
    Invalid(Vec<Problem>),
    /// The Idempotency-Key was already used, within the last day, for a
    /// different message: nothing is stored and no reply code is given.
    KeyReused,
    Database(sqlx::Error),
}

impl From<sqlx::Error> for SubmitError {
    fn from(e: sqlx::Error) -> Self {
        SubmitError::Database(e)
    }
}

/// Checks and stores one message. It is committed before this returns, and
/// a retry with the same idempotency key returns the first reply code
/// without storing anything new.
pub async fn submit(
    db: &Db,
    org: &Org,
    input: FeedbackInput,
    idempotency_key: Option<&str>,
    now: i64,
    today: chrono::NaiveDate,
) -> Result<Submitted, SubmitError> {
    let (valid, mut problems) = match input.parse() {
        Ok(valid) => (Some(valid), Vec::new()),
        Err(problems) => (None, problems),
    };
    let key_hash = idempotency_key.map(idempotency_key_hash);
    let request_hash = valid.as_ref().map(|v| v.request_hash());
    if let (Some(key_hash), Some(request_hash)) = (&key_hash, &request_hash) {
        if let Some(done) = replay(db, org, key_hash, request_hash, now).await? {
            return Ok(done);
        }
    }
    // Most messages name no theme: then there is nothing to look up.
    let themes = match &valid {
        Some(v) if !v.theme_slugs.is_empty() => db::themes::active(db, org.id).await?,
        _ => Vec::new(),
    };
    let theme_ids: Option<Vec<i64>> = valid.as_ref().map(|v| {
        v.theme_slugs
            .iter()
            .filter_map(|slug| themes.iter().find(|t| &t.slug == slug).map(|t| t.id))
            .collect()
    });
    if let (Some(v), Some(ids)) = (&valid, &theme_ids) {
        if ids.len() != v.theme_slugs.len() {
            problems.push(Problem {
                field: SayField::Themes,
                message: "error-theme",
            });
        }
    }
    let (Some(valid), Some(theme_ids), true) = (valid, theme_ids, problems.is_empty()) else {
        return Err(SubmitError::Invalid(problems));
    };

    // The check may wait for the meaning layer: off the async runtime.
    let verdict = match valid.text.trim().is_empty() {
        true => harm::Verdict::none(),
        false => harm::check_async(valid.text.clone(), valid.language.to_string()).await,
    }
    .with_report(valid.reported_unsafe);
    let urgent = verdict.urgent;
    let (name, email, email_consent) = match &valid.identity {
        Identity::Anonymous => (None, None, false),
        Identity::Named {
            name,
            email,
            email_consent,
        } => (Some(name.as_str()), email.as_ref().map(|e| e.as_str()), *email_consent),
    };
    // Worked out once and stored: a later change of reply time or bank
    // holidays never moves a promise already made. The terms come from
    // memory and the insert checks they are still the organisation's.
    let mut terms = remembered_terms(org);
    let mut reply_by = promised_date(&terms, org, today);
    // A clash of reply codes is rare (see README); try a few fresh ones.
    for _ in 0..8 {
        let code = ReplyCode::generate();
        let row = db::feedback::NewFeedback {
            org_id: org.id,
            reply_code: code.as_str(),
            idempotency_key: key_hash.as_deref(),
            request_hash: key_hash.as_ref().and(request_hash.as_deref()),
            kind: valid.kind.as_str(),
            body: &valid.text,
            mood: valid.mood,
            age_band: valid.age_band.map(|b| b.as_str()),
            care_status: valid.care_status.map(|c| c.as_str()),
            anonymous: matches!(valid.identity, Identity::Anonymous),
            name,
            contact_email: email,
            email_consent,
            helper: valid.helper,
            reported_unsafe: valid.reported_unsafe,
            urgent,
            received_hour: hour_of(now),
            language: valid.language,
            reply_by: &reply_by,
            concern: db::feedback::Concern::of(&verdict),
            terms: db::feedback::ReplyTerms {
                days: terms.0,
                bank_holidays: &terms.1,
            },
            now,
            theme_ids: &theme_ids,
        };
        match db::feedback::insert(db, &row).await? {
            InsertOutcome::Stored => {
                metrics::counter!("sayso_messages_received_total").increment(1);
                if urgent {
                    tracing::warn!(org = %org.slug, "urgent feedback received");
                }
                return Ok(Submitted {
                    reply_code: code.to_string(),
                    urgent,
                    reply_by: Some(reply_by),
                    replayed: false,
                });
            }
            InsertOutcome::CodeTaken => continue,
            InsertOutcome::TermsChanged => {
                // An admin changed the reply time or calendar: read them
                // fresh, remember them, and work the date out again.
                let Some(fresh) = db::orgs::reply_terms(db, org.id).await? else {
                    break;
                };
                remember_terms(org.id, &fresh);
                terms = fresh;
                reply_by = promised_date(&terms, org, today);
            }
            InsertOutcome::DuplicateKey => {
                // Another request with the same key won the race.
                if let (Some(key_hash), Some(request_hash)) = (&key_hash, &request_hash) {
                    if let Some(done) = replay(db, org, key_hash, request_hash, now).await? {
                        return Ok(done);
                    }
                }
            }
        }
    }
    Err(SubmitError::Database(sqlx::Error::Protocol(
        "could not store the message: no free reply code, or the organisation is gone".into(),
    )))
}

/// The reply terms (days, bank-holiday calendar) each organisation was last
/// seen with. Only a starting guess: [`db::feedback::insert`] stores a
/// message only while they are still the organisation's, so a change made
/// on any instance applies to the very next message.
static LAST_TERMS: std::sync::Mutex<BTreeMap<i64, (i64, String)>> = std::sync::Mutex::new(BTreeMap::new());

fn remembered_terms(org: &Org) -> (i64, String) {
    let memo = LAST_TERMS.lock().unwrap_or_else(|e| e.into_inner());
    memo.get(&org.id)
        .cloned()
        .unwrap_or_else(|| (org.reply_within_days, org.bank_holidays.clone()))
}

fn remember_terms(org_id: i64, terms: &(i64, String)) {
    let mut memo = LAST_TERMS.lock().unwrap_or_else(|e| e.into_inner());
    if memo.len() < 10_000 || memo.contains_key(&org_id) {
        memo.insert(org_id, terms.clone());
    }
}

/// The date promised for a reply to a message received `today`.
fn promised_date((days, region): &(i64, String), org: &Org, today: chrono::NaiveDate) -> String {
    let region = Region::parse(region).unwrap_or(org.bank_holiday_region());
    BankHolidays::shipped()
        .add_working_days(region, today, (*days).clamp(0, 366) as u32)
        .format("%Y-%m-%d")
        .to_string()
}

/// The answer already given for this Idempotency-Key, when the key is still
/// fresh and was used for exactly this message; `KeyReused` when it was
/// used for another one; `None` when it is unknown or expired (an expired
/// key is forgotten here, so it can be used again).
async fn replay(
    db: &Db,
    org: &Org,
    key_hash: &str,
    request_hash: &str,
    now: i64,
) -> Result<Option<Submitted>, SubmitError> {
    let Some(stored) = db::feedback::by_idempotency_key(db, org.id, key_hash).await? else {
        return Ok(None);
    };
    if stored.received_hour < hour_of(now) - IDEMPOTENCY_KEY_SECONDS {
        db::feedback::forget_idempotency_key(db, stored.id).await?;
        return Ok(None);
    }
    if stored.request_hash.as_deref() != Some(request_hash) {
        return Err(SubmitError::KeyReused);
    }
    Ok(Some(Submitted {
        reply_code: stored.reply_code,
        urgent: stored.urgent,
        reply_by: stored.reply_by,
        replayed: true,
    }))
}

/// [`submit`] for the young people's forms: a form sent again under its key
/// with different words (the young person went back and changed them after
/// a lost answer) is a new message, not a refusal.
pub async fn submit_from_form(
    db: &Db,
    org: &Org,
    input: FeedbackInput,
    idempotency_key: Option<&str>,
    now: i64,
    today: chrono::NaiveDate,
) -> Result<Submitted, SubmitError> {
    match submit(db, org, input.clone(), idempotency_key, now, today).await {
        Err(SubmitError::KeyReused) => submit(db, org, input, None, now, today).await,
        other => other,
    }
}

/// Forgets every Idempotency-Key older than a day (the hourly job).
pub async fn forget_old_idempotency_keys(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    db::feedback::forget_idempotency_keys(db, hour_of(now) - IDEMPOTENCY_KEY_SECONDS).await
}

/// What a young person sees when they check their reply code.
#[derive(Clone, Debug)]
pub struct ReplyInfo {
    pub reply_code: String,
    pub age_band: Option<AgeBand>,
    /// `sent`, `read`, `replied` or `you_said_we_did`.
    pub status: &'static str,
    pub replies: Vec<ReplyEntry>,
    /// The published "You said, we did" action the message is part of.
    pub action_id: Option<i64>,
    /// The date the organisation promised to reply by (`YYYY-MM-DD`).
    pub reply_by: Option<String>,
    /// The status of the action (`heard` … `not_doing`) and the day it last
    /// changed or had news.
    pub action_news: Option<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct ReplyEntry {
    pub date: String,
    pub text: String,
}

pub async fn reply_for(db: &Db, org: &Org, code: &ReplyCode) -> Result<Option<ReplyInfo>, sqlx::Error> {
    let Some(found) = db::feedback::status_by_code(db, org.id, code.as_str()).await? else {
        return Ok(None);
    };
    let action_id = db::actions::published_for_item(db, found.id).await?;
    let action_news = match action_id {
        Some(id) => db::actions::get(db, org.id, id)
            .await?
            .map(|a| (a.status, day_of(a.updated_at))),
        None => None,
    };
    let status = match (action_id, found.status.as_str()) {
        (Some(_), _) => "you_said_we_did",
        (None, "new") => "sent",
        (None, "replied") => "replied",
        (None, _) => "read",
    };
    let replies = db::moderation::replies(db, found.id)
        .await?
        .into_iter()
        .map(|r| ReplyEntry {
            date: day_of(r.created_at),
            text: r.body,
        })
        .collect();
    Ok(Some(ReplyInfo {
        reply_code: code.to_string(),
        age_band: found.age_band.as_deref().and_then(AgeBand::parse),
        status,
        replies,
        action_id,
        reply_by: found.reply_by.filter(|d| !d.is_empty()),
        action_news,
    }))
}

/// A date as `YYYY-MM-DD`: all a young person needs, and no finer.
pub fn day_of(unix_seconds: i64) -> String {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}
