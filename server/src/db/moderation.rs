//! The participation team's view of feedback: the queue, one item, and
//! what they add to it (themes, status, notes, replies, redaction).

use super::{with_tx, Exec};
use sqlx::FromRow;

#[derive(Clone, Debug, FromRow)]
pub struct Item {
    pub id: i64,
    pub kind: String,
    pub body: String,
    pub mood: Option<i64>,
    pub age_band: Option<String>,
    pub care_status: Option<String>,
    pub anonymous: bool,
    pub name: Option<String>,
    pub contact_email: Option<String>,
    pub email_consent: bool,
    pub helper: bool,
    pub urgent: bool,
    pub status: String,
    pub received_hour: i64,
    pub reply_code: String,
    pub redacted_body: Option<String>,
    /// The code of the language the words are in.
    pub language: String,
    /// The promised reply date, `YYYY-MM-DD` (none for older messages).
    pub reply_by: Option<String>,
    /// Why the harm check flagged it (see `db::feedback::Concern`).
    pub harm_category: Option<String>,
    pub harm_how: Option<String>,
    pub harm_detail: Option<String>,
}

const ITEM_COLUMNS: &str = "f.id, f.kind, f.body, f.mood, f.age_band, f.care_status, f.anonymous, f.name, \
     f.contact_email, f.email_consent, f.helper, f.urgent, f.status, f.received_hour, f.reply_code, f.redacted_body, \
     f.language, f.reply_by, f.harm_category, f.harm_how, f.harm_detail";

/// Filters for the queue; `None` means any.
#[derive(Clone, Debug, Default)]
pub struct QueueFilter {
    pub status: Option<String>,
    pub theme: Option<String>,
    pub kind: Option<String>,
    pub age_band: Option<String>,
    pub urgent: Option<bool>,
    /// Received at or after this time (seconds).
    pub from: Option<i64>,
    /// Received before this time (seconds).
    pub until: Option<i64>,
}

/// The queue: urgent first, then messages the harm check could not read
/// (another language), then by the date a reply is promised, then oldest
/// first. Items that promise no date (survey answers, messages from before
/// reply dates) come after those that do.
pub async fn queue(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    f: &QueueFilter,
    limit: i64,
) -> Result<Vec<Item>, sqlx::Error> {
    let sql = format!(
        "SELECT {ITEM_COLUMNS} FROM feedback f WHERE f.org_id = $1 \
         AND ($2 IS NULL OR f.status = $2) \
         AND ($3 IS NULL OR f.kind = $3) \
         AND ($4 IS NULL OR f.age_band = $4) \
         AND ($5 IS NULL OR f.urgent = $5) \
         AND ($8 IS NULL OR f.received_hour >= $8) \
         AND ($9 IS NULL OR f.received_hour < $9) \
         AND ($6 IS NULL OR EXISTS (SELECT 1 FROM feedback_themes ft JOIN themes t ON t.id = ft.theme_id \
                                    WHERE ft.feedback_id = f.id AND t.slug = $6)) \
         ORDER BY f.urgent DESC, CASE WHEN f.harm_how = 'not_checked' THEN 1 ELSE 0 END DESC, \
         CASE WHEN f.reply_by IS NULL THEN 1 ELSE 0 END, f.reply_by ASC, f.id ASC LIMIT $7"
    );
    with_tx!(db, pool => sqlx::query_as::<_, Item>(&sql)
        .bind(org_id)
        .bind(&f.status)
        .bind(&f.kind)
        .bind(&f.age_band)
        .bind(f.urgent)
        .bind(&f.theme)
        .bind(limit)
        .bind(f.from)
        .bind(f.until)
        .fetch_all(pool)
        .await)
}

/// How many items are in each status.
pub async fn status_counts(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let sql = "SELECT status, COUNT(*) FROM feedback WHERE org_id = $1 GROUP BY status";
    with_tx!(db, pool => sqlx::query_as::<_, (String, i64)>(sql).bind(org_id).fetch_all(pool).await)
}

pub async fn item(db: impl Into<Exec<'_>>, org_id: i64, id: i64) -> Result<Option<Item>, sqlx::Error> {
    let sql = format!("SELECT {ITEM_COLUMNS} FROM feedback f WHERE f.org_id = $1 AND f.id = $2");
    with_tx!(db, pool => sqlx::query_as::<_, Item>(&sql).bind(org_id).bind(id).fetch_optional(pool).await)
}

/// Theme slugs of each of `ids`, as (feedback id, slug).
pub async fn themes_of(db: impl Into<Exec<'_>>, org_id: i64, ids: &[i64]) -> Result<Vec<(i64, String)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    // Only the organisation's own items: another's ids show nothing.
    let sql = format!(
        "SELECT ft.feedback_id, t.slug FROM feedback_themes ft JOIN themes t ON t.id = ft.theme_id \
         JOIN feedback f ON f.id = ft.feedback_id \
         WHERE ft.feedback_id IN ({list}) AND f.org_id = $1 AND t.org_id = $1 ORDER BY t.position"
    );
    with_tx!(db, pool => sqlx::query_as::<_, (i64, String)>(&sql).bind(org_id).fetch_all(pool).await)
}

/// Replaces an item's themes.
pub async fn set_themes(db: impl Into<Exec<'_>>, feedback_id: i64, theme_ids: &[i64]) -> Result<(), sqlx::Error> {
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        sqlx::query("DELETE FROM feedback_themes WHERE feedback_id = $1").bind(feedback_id).execute(&mut *tx).await?;
        for theme_id in theme_ids {
            sqlx::query("INSERT INTO feedback_themes (feedback_id, theme_id) VALUES ($1, $2)")
                .bind(feedback_id)
                .bind(theme_id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await
    }.await)
}

pub async fn set_status(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    feedback_id: i64,
    status: &str,
) -> Result<(), sqlx::Error> {
    let sql = "UPDATE feedback SET status = $3 WHERE org_id = $1 AND id = $2";
    with_tx!(db, pool => sqlx::query(sql).bind(org_id).bind(feedback_id).bind(status).execute(pool).await.map(|_| ()))
}

/// Marks a new item as in review the first time someone opens it.
pub async fn mark_read(db: impl Into<Exec<'_>>, org_id: i64, feedback_id: i64) -> Result<(), sqlx::Error> {
    let sql = "UPDATE feedback SET status = 'in_review' WHERE org_id = $1 AND id = $2 AND status = 'new'";
    with_tx!(db, pool => sqlx::query(sql).bind(org_id).bind(feedback_id).execute(pool).await.map(|_| ()))
}

#[derive(Clone, Debug, FromRow)]
pub struct Entry {
    pub body: String,
    pub created_at: i64,
    pub author: String,
}

pub async fn add_note(
    db: impl Into<Exec<'_>>,
    feedback_id: i64,
    user_id: i64,
    body: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO notes (feedback_id, user_id, body, created_at) VALUES ($1, $2, $3, $4)";
    with_tx!(db, pool => sqlx::query(sql).bind(feedback_id).bind(user_id).bind(body).bind(now).execute(pool).await.map(|_| ()))
}

pub async fn notes(db: impl Into<Exec<'_>>, feedback_id: i64) -> Result<Vec<Entry>, sqlx::Error> {
    let sql = "SELECT n.body, n.created_at, u.email AS author FROM notes n JOIN users u ON u.id = n.user_id \
               WHERE n.feedback_id = $1 ORDER BY n.id";
    with_tx!(db, pool => sqlx::query_as::<_, Entry>(sql).bind(feedback_id).fetch_all(pool).await)
}

/// Stores a reply and marks the item replied, together.
pub async fn add_reply(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    feedback_id: i64,
    user_id: i64,
    body: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        sqlx::query("INSERT INTO replies (feedback_id, user_id, body, created_at) VALUES ($1, $2, $3, $4)")
            .bind(feedback_id)
            .bind(user_id)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE feedback SET status = 'replied' WHERE org_id = $1 AND id = $2")
            .bind(org_id)
            .bind(feedback_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }.await)
}

pub async fn replies(db: impl Into<Exec<'_>>, feedback_id: i64) -> Result<Vec<Entry>, sqlx::Error> {
    let sql = "SELECT r.body, r.created_at, u.email AS author FROM replies r JOIN users u ON u.id = r.user_id \
               WHERE r.feedback_id = $1 ORDER BY r.id";
    with_tx!(db, pool => sqlx::query_as::<_, Entry>(sql).bind(feedback_id).fetch_all(pool).await)
}

pub async fn set_redacted(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    feedback_id: i64,
    redacted: &str,
) -> Result<(), sqlx::Error> {
    let sql = "UPDATE feedback SET redacted_body = $3 WHERE org_id = $1 AND id = $2";
    with_tx!(db, pool => sqlx::query(sql).bind(org_id).bind(feedback_id).bind(redacted).execute(pool).await.map(|_| ()))
}

/// Why the harm check flagged a message, and the language it is in.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Concern {
    pub feedback_id: i64,
    pub category: Option<String>,
    pub how: Option<String>,
    pub detail: Option<String>,
    pub language: String,
}

/// Why the harm check flagged each of these messages.
pub async fn concerns_of(db: impl Into<Exec<'_>>, ids: &[i64]) -> Result<Vec<Concern>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let sql = format!(
        "SELECT id AS feedback_id, harm_category AS category, harm_how AS how, harm_detail AS detail, language \
         FROM feedback WHERE id IN ({list})"
    );
    with_tx!(db, pool => sqlx::query_as::<_, Concern>(&sql).fetch_all(pool).await)
}
