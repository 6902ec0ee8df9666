//! Saying something, and finding out what happened to it.

use crate::db::{self, feedback::InsertOutcome, orgs::Org, Db};
use crate::domain::{harm, hour_of, FeedbackInput, Identity, Problem, ReplyCode};
use app::model::AgeBand;
use app::pages::SayField;

#[derive(Clone, Debug)]
pub struct Submitted {
    pub reply_code: String,
    pub urgent: bool,
    /// True when this was a retry of a message already stored.
    pub replayed: bool,
}

#[derive(Debug)]
pub enum SubmitError {
    Invalid(Vec<Problem>),
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
) -> Result<Submitted, SubmitError> {
    if let Some(key) = idempotency_key {
        if let Some(stored) = db::feedback::by_idempotency_key(db, org.id, key).await? {
            return Ok(Submitted {
                reply_code: stored.reply_code,
                urgent: stored.urgent,
                replayed: true,
            });
        }
    }
    let (valid, mut problems) = match input.parse() {
        Ok(valid) => (Some(valid), Vec::new()),
        Err(problems) => (None, problems),
    };
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
    // A clash of reply codes is rare (see README); try a few fresh ones.
    for _ in 0..8 {
        let code = ReplyCode::generate();
        let row = db::feedback::NewFeedback {
            org_id: org.id,
            reply_code: code.as_str(),
            idempotency_key,
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
            concern: db::feedback::Concern::of(&verdict),
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
                    replayed: false,
                });
            }
            InsertOutcome::CodeTaken => continue,
            InsertOutcome::DuplicateKey => {
                let key = idempotency_key.unwrap_or_default();
                if let Some(stored) = db::feedback::by_idempotency_key(db, org.id, key).await? {
                    return Ok(Submitted {
                        reply_code: stored.reply_code,
                        urgent: stored.urgent,
                        replayed: true,
                    });
                }
            }
        }
    }
    Err(SubmitError::Database(sqlx::Error::Protocol(
        "could not find a free reply code".into(),
    )))
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
    }))
}

/// A date as `YYYY-MM-DD`: all a young person needs, and no finer.
pub fn day_of(unix_seconds: i64) -> String {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}
