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

/// [`bind_columns`] and the reply terms, for the guarded [`INSERT`].
macro_rules! bind_insert {
    ($q:expr, $f:expr) => {
        bind_columns!($q, $f)
            .bind($f.org_id)
            .bind($f.terms.days)
            .bind($f.terms.bank_holidays)
    };
}

/// Inside the transaction `$tx`: the stored message `$id`'s themes, and
/// its alert when it is urgent.
macro_rules! link_themes_and_alert {
    ($tx:ident, $id:expr, $f:expr) => {
        for theme_id in $f.theme_ids {
            sqlx::query(LINK).bind($id).bind(theme_id).execute(&mut *$tx).await?;
        }
        if $f.urgent {
            sqlx::query(ALERT)
                .bind($f.org_id)
                .bind($id)
                .bind($f.now)
                .execute(&mut *$tx)
                .await?;
        }
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

const INSERT: &str = "INSERT INTO feedback (org_id, reply_code, idempotency_key, kind, body, mood, age_band, \
                      care_status, anonymous, name, contact_email, email_consent, helper, reported_unsafe, urgent, \
                      received_hour, language, reply_by, request_hash, harm_category, harm_how, harm_detail) \
                      SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22 \
                      WHERE EXISTS (SELECT 1 FROM orgs WHERE id = $23 AND reply_within_days = $24 AND bank_holidays = $25) \
                      RETURNING id";
const LINK: &str = "INSERT INTO feedback_themes (feedback_id, theme_id) VALUES ($1, $2)";
/// Due at once (last sent "never"): the alert job sends it.
const ALERT: &str = "INSERT INTO alerts (org_id, feedback_id, created_at, last_sent_at, times_sent) \
                     VALUES ($1, $2, $3, 0, 0)";

/// Stores a message, its themes and its alert in one transaction, so the
/// message is durable (committed) before anyone is told it was sent.
///
/// The promised reply date is worked out before the insert from reply terms
/// the caller remembers; the insert itself checks that they are still the
/// organisation's (no read before it), and stores nothing when they are not
/// ([`InsertOutcome::TermsChanged`]).
///
/// On SQLite, messages that arrive together are stored in one transaction
/// by [`MessageQueue`]; each is answered only once that has committed.
pub async fn insert(db: &Db, f: &NewFeedback<'_>) -> Result<InsertOutcome, sqlx::Error> {
    match db {
        Db::Sqlite(sqlite) => sqlite.messages.store(f).await,
        Db::Postgres(pool) => insert_postgres(db, pool, f).await,
    }
}

async fn insert_postgres(db: &Db, pool: &sqlx::PgPool, f: &NewFeedback<'_>) -> Result<InsertOutcome, sqlx::Error> {
    // One statement is already atomic: a message with no themes and no
    // alert needs no transaction around it (two round trips fewer).
    let single = f.theme_ids.is_empty() && !f.urgent;
    let result = async {
        if single {
            let done = bind_insert!(sqlx::query(INSERT), f).execute(pool).await?;
            return Ok(done.rows_affected() == 1);
        }
        let mut tx = pool.begin().await?;
        let id: Option<i64> = bind_insert!(sqlx::query_scalar(INSERT), f)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(id) = id else {
            return Ok(false);
        };
        link_themes_and_alert!(tx, id, f);
        tx.commit().await.map(|_| true)
    }
    .await;
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

/// How many waiting messages one SQLite transaction stores at most.
const MAX_BATCH: usize = 64;

/// SQLite's message writer: messages that arrive together are stored in
/// one transaction on one writer connection, and each is answered once it
/// has committed (group commit).
///
/// SQLite writes one transaction at a time, and each commit appends every
/// page it changed to the write-ahead log. A message changes six b-trees
/// (the table and its indexes), mostly at their right-hand edge: stored
/// one per commit, those same pages were written again for every message,
/// and the writers queued for the lock in SQLite's busy handler. In one
/// transaction a batch writes them once.
#[derive(Clone)]
pub struct MessageQueue(tokio::sync::mpsc::Sender<Queued>);

impl std::fmt::Debug for MessageQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MessageQueue")
    }
}

struct Queued {
    row: OwnedFeedback,
    done: tokio::sync::oneshot::Sender<Result<InsertOutcome, sqlx::Error>>,
}

impl MessageQueue {
    /// Starts the writer on `pool` (a connection is taken for each batch).
    pub fn start(pool: sqlx::SqlitePool) -> MessageQueue {
        let (tx, rx) = tokio::sync::mpsc::channel(1024);
        tokio::spawn(write_batches(pool, rx));
        MessageQueue(tx)
    }

    async fn store(&self, f: &NewFeedback<'_>) -> Result<InsertOutcome, sqlx::Error> {
        let (done, answer) = tokio::sync::oneshot::channel();
        let queued = Queued {
            row: OwnedFeedback::of(f),
            done,
        };
        let stopped = || sqlx::Error::Protocol("the message writer has stopped".into());
        self.0.send(queued).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

async fn write_batches(pool: sqlx::SqlitePool, mut rx: tokio::sync::mpsc::Receiver<Queued>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        match store_batch(&pool, &batch).await {
            Ok(outcomes) => {
                for (queued, outcome) in batch.drain(..).zip(outcomes) {
                    let _ = queued.done.send(Ok(outcome));
                }
            }
            // One message must not cost the others theirs: each alone, in
            // its own transaction, with its own answer.
            Err(e) => {
                if batch.len() > 1 {
                    tracing::warn!(error = %e, messages = batch.len(), "a batch of messages failed; storing each alone");
                }
                for queued in batch.drain(..) {
                    let result = store_alone(&pool, &queued).await;
                    let _ = queued.done.send(result);
                }
            }
        }
    }
}

async fn store_alone(pool: &sqlx::SqlitePool, queued: &Queued) -> Result<InsertOutcome, sqlx::Error> {
    let mut outcomes = store_batch(pool, std::slice::from_ref(queued)).await?;
    Ok(outcomes.remove(0))
}

/// Stores the messages in one transaction; the outcome of each, in order.
/// A message whose insert breaks a unique rule (its reply code or its
/// idempotency key is taken) is not stored and the others are: SQLite
/// undoes only the statement that failed. Any other failure undoes all.
async fn store_batch(pool: &sqlx::SqlitePool, batch: &[Queued]) -> Result<Vec<InsertOutcome>, sqlx::Error> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let mut outcomes = Vec::with_capacity(batch.len());
    for queued in batch {
        let f = queued.row.borrowed();
        let f = &f;
        let inserted: Result<Option<i64>, sqlx::Error> = bind_insert!(sqlx::query_scalar(INSERT), f)
            .fetch_optional(&mut *tx)
            .await;
        let id = match inserted {
            Ok(Some(id)) => id,
            Ok(None) => {
                outcomes.push(InsertOutcome::TermsChanged);
                continue;
            }
            Err(e) if is_unique_violation(&e) => {
                let sql = "SELECT 1 FROM feedback WHERE org_id = $1 AND idempotency_key = $2";
                let key_taken = match f.idempotency_key {
                    Some(key) => sqlx::query(sql)
                        .bind(f.org_id)
                        .bind(key)
                        .fetch_optional(&mut *tx)
                        .await?
                        .is_some(),
                    None => false,
                };
                outcomes.push(match key_taken {
                    true => InsertOutcome::DuplicateKey,
                    false => InsertOutcome::CodeTaken,
                });
                continue;
            }
            Err(e) => return Err(e),
        };
        link_themes_and_alert!(tx, id, f);
        outcomes.push(InsertOutcome::Stored);
    }
    tx.commit().await?;
    Ok(outcomes)
}

/// A [`NewFeedback`] that owns its words, to wait in the [`MessageQueue`].
struct OwnedFeedback {
    org_id: i64,
    reply_code: String,
    idempotency_key: Option<String>,
    request_hash: Option<String>,
    kind: String,
    body: String,
    mood: Option<i64>,
    age_band: Option<String>,
    care_status: Option<String>,
    anonymous: bool,
    name: Option<String>,
    contact_email: Option<String>,
    email_consent: bool,
    helper: bool,
    reported_unsafe: bool,
    urgent: bool,
    received_hour: i64,
    language: String,
    reply_by: String,
    category: Option<String>,
    how: Option<String>,
    detail: Option<String>,
    days: i64,
    bank_holidays: String,
    now: i64,
    theme_ids: Vec<i64>,
}

impl OwnedFeedback {
    fn of(f: &NewFeedback<'_>) -> OwnedFeedback {
        let owned = |s: Option<&str>| s.map(str::to_string);
        OwnedFeedback {
            org_id: f.org_id,
            reply_code: f.reply_code.to_string(),
            idempotency_key: owned(f.idempotency_key),
            request_hash: owned(f.request_hash),
            kind: f.kind.to_string(),
            body: f.body.to_string(),
            mood: f.mood,
            age_band: owned(f.age_band),
            care_status: owned(f.care_status),
            anonymous: f.anonymous,
            name: owned(f.name),
            contact_email: owned(f.contact_email),
            email_consent: f.email_consent,
            helper: f.helper,
            reported_unsafe: f.reported_unsafe,
            urgent: f.urgent,
            received_hour: f.received_hour,
            language: f.language.to_string(),
            reply_by: f.reply_by.to_string(),
            category: owned(f.concern.category),
            how: owned(f.concern.how),
            detail: owned(f.concern.detail),
            days: f.terms.days,
            bank_holidays: f.terms.bank_holidays.to_string(),
            now: f.now,
            theme_ids: f.theme_ids.to_vec(),
        }
    }

    fn borrowed(&self) -> NewFeedback<'_> {
        NewFeedback {
            org_id: self.org_id,
            reply_code: &self.reply_code,
            idempotency_key: self.idempotency_key.as_deref(),
            request_hash: self.request_hash.as_deref(),
            kind: &self.kind,
            body: &self.body,
            mood: self.mood,
            age_band: self.age_band.as_deref(),
            care_status: self.care_status.as_deref(),
            anonymous: self.anonymous,
            name: self.name.as_deref(),
            contact_email: self.contact_email.as_deref(),
            email_consent: self.email_consent,
            helper: self.helper,
            reported_unsafe: self.reported_unsafe,
            urgent: self.urgent,
            received_hour: self.received_hour,
            language: &self.language,
            reply_by: &self.reply_by,
            concern: Concern {
                category: self.category.as_deref(),
                how: self.how.as_deref(),
                detail: self.detail.as_deref(),
            },
            terms: ReplyTerms {
                days: self.days,
                bank_holidays: &self.bank_holidays,
            },
            now: self.now,
            theme_ids: &self.theme_ids,
        }
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
