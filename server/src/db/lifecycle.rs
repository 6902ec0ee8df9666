//! The data lifecycle: removing what identifies a young person (retention
//! and erasure), and finding everything held about one (subject access).
//!
//! "Anonymising" a message empties its words, name and contact details,
//! deletes its internal notes and the replies to it (replies quote and
//! address the young person), and forgets its idempotency key and any
//! safeguarding note. The row itself stays with its non-identifying fields,
//! its themes and its links to actions, so report figures do not change.

use super::{with_db, with_write, Db};
use sqlx::FromRow;

/// Which messages to act on: always within one organisation.
#[derive(Clone, Copy, Debug)]
pub enum Target<'a> {
    /// Received before this time (unix seconds) and not yet anonymised.
    ReceivedBefore(i64),
    /// Named by this name or email (case-insensitive), or with this reply code.
    Person(&'a str),
}

impl Target<'_> {
    /// The condition on `feedback` (aliased `f`) with `$1` = org id, `$2` = the value.
    fn condition(&self) -> &'static str {
        match self {
            Target::ReceivedBefore(_) => "f.org_id = $1 AND f.received_hour < $2 AND f.anonymised_at IS NULL",
            Target::Person(_) => {
                "f.org_id = $1 AND (LOWER(f.name) = LOWER($2) OR LOWER(f.contact_email) = LOWER($2) \
                 OR f.reply_code = LOWER($2))"
            }
        }
    }
}

macro_rules! bind_target {
    ($query:expr, $org:expr, $target:expr) => {{
        let q = $query.bind($org);
        match $target {
            Target::ReceivedBefore(t) => q.bind(t),
            Target::Person(who) => q.bind(who.trim().to_string()),
        }
    }};
}

/// What [`anonymise`] changed.
#[derive(Debug, Default)]
pub struct Anonymised {
    pub messages: u64,
    /// Outbox rows deleted with the messages (their `.eml` copies must go too).
    pub emails: Vec<i64>,
}

/// Removes what identifies the young person from every message `target`
/// names, and deletes every email about those messages. One transaction:
/// all or none.
pub async fn anonymise(
    db: &Db,
    org_id: i64,
    target: Target<'_>,
    why: &str,
    now: i64,
) -> Result<Anonymised, sqlx::Error> {
    let cond = target.condition();
    let erasing = matches!(target, Target::Person(_));
    let ids = format!("SELECT f.id FROM feedback f WHERE {cond}");
    let emails = format!("SELECT f.contact_email FROM feedback f WHERE {cond} AND f.contact_email IS NOT NULL");
    let notes = format!("DELETE FROM notes WHERE feedback_id IN ({ids})");
    let replies = format!("DELETE FROM replies WHERE feedback_id IN ({ids})");
    // A quote for the board is the young person's own (redacted) words:
    // erasure takes it too; retention keeps it, as it identifies nobody.
    let quotes = format!("DELETE FROM board_quotes WHERE feedback_id IN ({ids})");
    let alerts =
        format!("UPDATE alerts SET action_taken = '' WHERE feedback_id IN ({ids}) AND action_taken IS NOT NULL");
    // Email about these messages, and (erasure) any email to the person.
    let to_person = if erasing {
        format!(" OR (org_id = $1 AND LOWER(to_addr) IN (SELECT LOWER(e.contact_email) FROM ({emails}) e))")
    } else {
        String::new()
    };
    let outbox_ids = format!("SELECT id FROM outbox WHERE feedback_id IN ({ids}){to_person}");
    let outbox = format!("DELETE FROM outbox WHERE id IN ({outbox_ids})");
    // An erased message also loses its reply code: nothing can lead back to it.
    let code = if erasing {
        ", reply_code = 'erased-' || CAST(id AS TEXT)"
    } else {
        ""
    };
    let update = format!(
        "UPDATE feedback SET body = '', redacted_body = NULL, harm_detail = NULL, name = NULL, contact_email = NULL, \
         email_consent = FALSE, idempotency_key = NULL, request_hash = NULL, anonymised_at = $3, anonymised_why = $4{code} \
         WHERE id IN ({ids})"
    );
    with_write!(db, pool => async {
        let mut tx = pool.begin().await?;
        for sql in [&notes, &replies, &alerts] {
            bind_target!(sqlx::query(sql), org_id, target).execute(&mut *tx).await?;
        }
        let emails: Vec<i64> = bind_target!(sqlx::query_scalar::<_, i64>(&outbox_ids), org_id, target)
            .fetch_all(&mut *tx)
            .await?;
        bind_target!(sqlx::query(&outbox), org_id, target).execute(&mut *tx).await?;
        if erasing {
            bind_target!(sqlx::query(&quotes), org_id, target).execute(&mut *tx).await?;
        }
        let changed = bind_target!(sqlx::query(&update), org_id, target)
            .bind(now)
            .bind(why)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(Anonymised { messages: changed, emails })
    }.await)
}

/// Email about no message (board reports, invitations), sent or given up,
/// older than `before`: deleted by the retention job. Returns the ids.
pub async fn delete_email_before(db: &Db, org_id: i64, before: i64) -> Result<Vec<i64>, sqlx::Error> {
    let sql = "DELETE FROM outbox WHERE org_id = $1 AND feedback_id IS NULL AND created_at < $2 \
               AND (sent_at IS NOT NULL OR attempts >= $3) RETURNING id";
    with_write!(db, pool => sqlx::query_scalar::<_, i64>(sql)
        .bind(org_id)
        .bind(before)
        .bind(super::outbox::MAX_ATTEMPTS)
        .fetch_all(pool)
        .await)
}

/// Makes sure erased words are not left in the database file: SQLite
/// overwrites freed pages (`secure_delete`, set on every connection) and
/// here copies the write-ahead log back and empties it. PostgreSQL needs a
/// `VACUUM` of `feedback`, `replies`, `notes` and `outbox` (see
/// docs/security.md); autovacuum does it in time.
pub async fn scrub(db: &Db) -> Result<(), sqlx::Error> {
    if let Db::Sqlite(db) = db {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&db.write)
            .await?;
    }
    Ok(())
}

#[derive(Clone, Debug, FromRow)]
pub struct HeldItem {
    pub id: i64,
    pub reply_code: String,
    pub kind: String,
    pub body: String,
    pub mood: Option<i64>,
    pub age_band: Option<String>,
    pub care_status: Option<String>,
    pub anonymous: bool,
    pub name: Option<String>,
    pub contact_email: Option<String>,
    pub email_consent: bool,
    pub status: String,
    pub urgent: bool,
    pub received_hour: i64,
}

/// Every message `who` names (see [`Target::Person`]), oldest first.
pub async fn held_about(db: &Db, org_id: i64, who: &str) -> Result<Vec<HeldItem>, sqlx::Error> {
    let target = Target::Person(who);
    let sql = format!(
        "SELECT f.id, f.reply_code, f.kind, f.body, f.mood, f.age_band, f.care_status, f.anonymous, f.name, \
         f.contact_email, f.email_consent, f.status, f.urgent, f.received_hour FROM feedback f WHERE {} ORDER BY f.id",
        target.condition()
    );
    with_db!(db, pool => bind_target!(sqlx::query_as::<_, HeldItem>(&sql), org_id, target).fetch_all(pool).await)
}

/// (when, text) of the notes or replies on one message.
pub async fn texts_on(db: &Db, table: Texts, feedback_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let sql = match table {
        Texts::Notes => "SELECT created_at, body FROM notes WHERE feedback_id = $1 ORDER BY id",
        Texts::Replies => "SELECT created_at, body FROM replies WHERE feedback_id = $1 ORDER BY id",
    };
    with_db!(db, pool => sqlx::query_as::<_, (i64, String)>(sql).bind(feedback_id).fetch_all(pool).await)
}

pub enum Texts {
    Notes,
    Replies,
}

/// The theme names of one message.
pub async fn theme_labels(db: &Db, feedback_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let sql = "SELECT t.label FROM feedback_themes ft JOIN themes t ON t.id = ft.theme_id \
               WHERE ft.feedback_id = $1 ORDER BY t.position";
    with_db!(db, pool => sqlx::query_scalar::<_, String>(sql).bind(feedback_id).fetch_all(pool).await)
}

/// Every organisation's id and retention period in months.
pub async fn retention_periods(db: &Db) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let sql = "SELECT id, retention_months FROM orgs ORDER BY id";
    with_db!(db, pool => sqlx::query_as::<_, (i64, i64)>(sql).fetch_all(pool).await)
}
