use super::{is_unique_violation, with_db, with_write, Db};
use sqlx::FromRow;

/// Why the harm check flagged a message (all `None` when it did not):
/// stored with the message so staff see why.
#[derive(Clone, Copy, Debug, Default)]
pub struct Concern<'a> {
    pub category: Option<&'a str>,
    /// `phrase`, `meaning`, `reported` or `not_checked`.
    pub how: Option<&'a str>,
    pub detail: Option<&'a str>,
}

impl<'a> Concern<'a> {
    pub fn of(v: &'a crate::domain::harm::Verdict) -> Concern<'a> {
        Concern {
            category: v.category,
            how: v.how_name(),
            detail: v.detail(),
        }
    }
}

/// Binds a message's twenty-two columns, in the order of the INSERT in [`insert`].
macro_rules! bind_columns {
    ($q:expr, $f:expr) => {
        $q.bind($f.org_id)
            .bind($f.reply_code)
            .bind($f.idempotency_key)
            .bind($f.kind)
            .bind($f.body)
            .bind($f.mood)
            .bind($f.age_band)
            .bind($f.care_status)
            .bind($f.anonymous)
            .bind($f.name)
            .bind($f.contact_email)
            .bind($f.email_consent)
            .bind($f.helper)
            .bind($f.reported_unsafe)
            .bind($f.urgent)
            .bind($f.received_hour)
            .bind($f.language)
            .bind($f.reply_by)
            .bind($f.request_hash)
            .bind($f.concern.category)
            .bind($f.concern.how)
            .bind($f.concern.detail)
    };
}

/// A message as it is written to the database. Anonymous messages arrive
/// here with `name` and `contact_email` already empty.
pub struct NewFeedback<'a> {
    pub org_id: i64,
    pub reply_code: &'a str,
    /// The SHA-256 of the client's Idempotency-Key, never the key itself.
    pub idempotency_key: Option<&'a str>,
    /// The SHA-256 of what was sent, to tell a retry from another message
    /// under the same key.
    pub request_hash: Option<&'a str>,
    pub kind: &'a str,
    pub body: &'a str,
    pub mood: Option<i64>,
    pub age_band: Option<&'a str>,
    pub care_status: Option<&'a str>,
    pub anonymous: bool,
    pub name: Option<&'a str>,
    pub contact_email: Option<&'a str>,
    pub email_consent: bool,
    pub helper: bool,
    pub reported_unsafe: bool,
    pub urgent: bool,
    pub received_hour: i64,
    /// The code of the language the words are in.
    pub language: &'a str,
    /// The promised reply date, `YYYY-MM-DD`.
    pub reply_by: &'a str,
    pub concern: Concern<'a>,
    /// The organisation's reply terms `reply_by` was worked out from: the
    /// message is stored only while they are still the organisation's.
    pub terms: ReplyTerms<'a>,
    /// The exact time, used only for a safeguarding alert's clock: how long
    /// a child has waited matters more than hiding the minute.
    pub now: i64,
    pub theme_ids: &'a [i64],
}

/// An organisation's reply time and bank-holiday calendar, as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReplyTerms<'a> {
    pub days: i64,
    pub bank_holidays: &'a str,
}

pub enum InsertOutcome {
    Stored,
    /// The organisation's reply terms are no longer the ones `reply_by` was
    /// worked out from (an admin changed them): nothing was stored; work
    /// the date out again from the fresh terms.
    TermsChanged,
    /// The reply code is already taken in this organisation: pick another.
    CodeTaken,
    /// A message with this idempotency key is already stored.
    DuplicateKey,
}

/// Stores a message and its themes in one transaction, so the message is
/// durable (committed) before anyone is told it was sent.
///
/// The promised reply date is worked out before the insert from reply terms
/// the caller remembers; the insert itself checks that they are still the
/// organisation's (one statement, no read before it), and stores nothing
/// when they are not ([`InsertOutcome::TermsChanged`]).
pub async fn insert(db: &Db, f: &NewFeedback<'_>) -> Result<InsertOutcome, sqlx::Error> {
    let insert = "INSERT INTO feedback (org_id, reply_code, idempotency_key, kind, body, mood, age_band, \
                  care_status, anonymous, name, contact_email, email_consent, helper, reported_unsafe, urgent, \
                  received_hour, language, reply_by, request_hash, harm_category, harm_how, harm_detail) \
                  SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22 \
                  WHERE EXISTS (SELECT 1 FROM orgs WHERE id = $23 AND reply_within_days = $24 AND bank_holidays = $25) \
                  RETURNING id";
    let link = "INSERT INTO feedback_themes (feedback_id, theme_id) VALUES ($1, $2)";
    // One statement is already atomic: a message with no themes and no
    // alert needs no transaction around it (two round trips fewer).
    let single = f.theme_ids.is_empty() && !f.urgent;
    let result = with_write!(db, pool => async {
        if single {
            let done = bind_columns!(sqlx::query(insert), f)
                .bind(f.org_id)
                .bind(f.terms.days)
                .bind(f.terms.bank_holidays)
                .execute(pool)
                .await?;
            return Ok(done.rows_affected() == 1);
        }
        let mut tx = pool.begin().await?;
        let id: Option<i64> = bind_columns!(sqlx::query_scalar(insert), f)
            .bind(f.org_id)
            .bind(f.terms.days)
            .bind(f.terms.bank_holidays)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(id) = id else {
            return Ok(false);
        };
        for theme_id in f.theme_ids {
            sqlx::query(link).bind(id).bind(theme_id).execute(&mut *tx).await?;
        }
        if f.urgent {
            // Due at once (last sent "never"): the alert job sends it.
            sqlx::query("INSERT INTO alerts (org_id, feedback_id, created_at, last_sent_at, times_sent) \
                         VALUES ($1, $2, $3, 0, 0)")
                .bind(f.org_id)
                .bind(id)
                .bind(f.now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await.map(|_| true)
    }.await);
    match result {
        Ok(true) => Ok(InsertOutcome::Stored),
        Ok(false) => Ok(InsertOutcome::TermsChanged),
        Err(e) if is_unique_violation(&e) => {
            let key_taken = match f.idempotency_key {
                Some(key) => by_idempotency_key(db, f.org_id, key).await?.is_some(),
                None => false,
            };
            Ok(if key_taken {
                InsertOutcome::DuplicateKey
            } else {
                InsertOutcome::CodeTaken
            })
        }
        Err(e) => Err(e),
    }
}

#[derive(Clone, Debug, FromRow)]
pub struct Stored {
    pub id: i64,
    pub reply_code: String,
    pub urgent: bool,
    pub reply_by: Option<String>,
    pub request_hash: Option<String>,
    pub received_hour: i64,
}

/// The message stored under an Idempotency-Key's hash, however old.
pub async fn by_idempotency_key(db: &Db, org_id: i64, key_hash: &str) -> Result<Option<Stored>, sqlx::Error> {
    let sql = "SELECT id, reply_code, urgent, reply_by, request_hash, received_hour FROM feedback \
               WHERE org_id = $1 AND idempotency_key = $2";
    with_db!(db, pool => sqlx::query_as::<_, Stored>(sql).bind(org_id).bind(key_hash).fetch_optional(pool).await)
}

/// Forgets the Idempotency-Keys of messages received before `before_hour`.
pub async fn forget_idempotency_keys(db: &Db, before_hour: i64) -> Result<u64, sqlx::Error> {
    let sql = "UPDATE feedback SET idempotency_key = NULL, request_hash = NULL \
               WHERE idempotency_key IS NOT NULL AND received_hour < $1";
    with_write!(db, pool => sqlx::query(sql).bind(before_hour).execute(pool).await.map(|r| r.rows_affected()))
}

/// Forgets one message's Idempotency-Key (it has expired).
pub async fn forget_idempotency_key(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE feedback SET idempotency_key = NULL, request_hash = NULL WHERE id = $1";
    with_write!(db, pool => sqlx::query(sql).bind(id).execute(pool).await.map(|_| ()))
}

/// Whether the organisation already has a message with exactly these words
/// (the demo adds its samples once).
pub async fn has_body(db: &Db, org_id: i64, body: &str) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM feedback WHERE org_id = $1 AND body = $2";
    with_db!(db, pool => {
        let (n,): (i64,) = sqlx::query_as(sql).bind(org_id).bind(body).fetch_one(pool).await?;
        Ok(n > 0)
    })
}

/// What the young person may see about their own message.
#[derive(Clone, Debug, FromRow)]
pub struct ReplyStatus {
    pub id: i64,
    pub status: String,
    pub age_band: Option<String>,
    pub reply_by: Option<String>,
}

pub async fn status_by_code(db: &Db, org_id: i64, code: &str) -> Result<Option<ReplyStatus>, sqlx::Error> {
    let sql = "SELECT id, status, age_band, reply_by FROM feedback WHERE org_id = $1 AND reply_code = $2";
    with_db!(db, pool => sqlx::query_as::<_, ReplyStatus>(sql).bind(org_id).bind(code).fetch_optional(pool).await)
}
