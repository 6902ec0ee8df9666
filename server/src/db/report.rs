//! The raw counts behind the Board report. Everything here is counted in
//! the database: a period of a large council is tens of thousands of rows,
//! and only the counts come back. Suppression happens later, in
//! `service::report`, never here.

use super::{with_tx, Exec};
use sqlx::FromRow;

/// Free-text survey answers are stored as feedback so they reach the queue,
/// but the report counts them with their survey, not as messages.
const MESSAGES: &str = "kind <> 'survey'";

/// Counts of a period's messages, one for each SQL condition, read in a
/// single pass over the `feedback_report` index: no sorting, no table
/// reads. Conditions are the service's own constants, never input.
pub async fn tally(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    from: i64,
    until: i64,
    conditions: &[String],
) -> Result<(i64, Vec<i64>), sqlx::Error> {
    use sqlx::Row;
    let mut select = vec!["COUNT(*)".to_string()];
    for condition in conditions {
        select.push(format!(
            "CAST(COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0) AS BIGINT)"
        ));
    }
    let sql = format!(
        "SELECT {} FROM feedback WHERE org_id = $1 AND received_hour >= $2 AND received_hour < $3 AND {MESSAGES}",
        select.join(", ")
    );
    let values: Vec<i64> = with_tx!(db, pool => {
        let row = sqlx::query(&sql).bind(org_id).bind(from).bind(until).fetch_one(pool).await?;
        (0..row.len()).map(|i| row.try_get::<i64, _>(i)).collect::<Result<Vec<i64>, sqlx::Error>>()
    })?;
    Ok((values[0], values[1..].to_vec()))
}

#[derive(Clone, Debug, FromRow)]
pub struct MoodDay {
    /// Days since the Unix epoch (UTC).
    pub day: i64,
    pub answers: i64,
    pub mood_sum: i64,
}

/// Mood answers per day; the service folds days into months. Dividing in
/// SQL keeps the query the same in both engines.
pub async fn mood_days(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    from: i64,
    until: i64,
) -> Result<Vec<MoodDay>, sqlx::Error> {
    let sql = "SELECT received_hour / 86400 AS day, COUNT(*) AS answers, CAST(SUM(mood) AS BIGINT) AS mood_sum \
               FROM feedback WHERE org_id = $1 AND received_hour >= $2 AND received_hour < $3 AND mood IS NOT NULL \
               AND kind <> 'survey' \
               GROUP BY received_hour / 86400";
    with_tx!(db, pool => sqlx::query_as::<_, MoodDay>(sql).bind(org_id).bind(from).bind(until).fetch_all(pool).await)
}

#[derive(Clone, Debug, FromRow)]
pub struct ThemeCount {
    pub theme_id: i64,
    pub count: i64,
}

/// Messages per theme (a message can have several themes).
pub async fn theme_counts(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    from: i64,
    until: i64,
) -> Result<Vec<ThemeCount>, sqlx::Error> {
    let sql = "SELECT ft.theme_id, COUNT(*) AS count FROM feedback f \
               JOIN feedback_themes ft ON ft.feedback_id = f.id \
               WHERE f.org_id = $1 AND f.received_hour >= $2 AND f.received_hour < $3 AND f.kind <> 'survey' \
               GROUP BY ft.theme_id";
    with_tx!(db, pool => sqlx::query_as::<_, ThemeCount>(sql).bind(org_id).bind(from).bind(until).fetch_all(pool).await)
}

#[derive(Clone, Debug, FromRow)]
pub struct ReportTheme {
    pub id: i64,
    pub slug: String,
    pub label: String,
    pub retired: bool,
}

/// Every theme, retired ones too: old messages keep their themes.
pub async fn themes(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<ReportTheme>, sqlx::Error> {
    let sql = "SELECT id, slug, label, retired FROM themes WHERE org_id = $1 ORDER BY position, id";
    with_tx!(db, pool => sqlx::query_as::<_, ReportTheme>(sql).bind(org_id).fetch_all(pool).await)
}

#[derive(Clone, Debug, FromRow)]
pub struct AlertTime {
    pub created_at: i64,
    pub acknowledged_at: Option<i64>,
}

/// When each safeguarding alert raised in the period was raised and
/// acknowledged: no item, no words, no names.
pub async fn alert_times(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    from: i64,
    until: i64,
) -> Result<Vec<AlertTime>, sqlx::Error> {
    let sql = "SELECT created_at, acknowledged_at FROM alerts \
               WHERE org_id = $1 AND created_at >= $2 AND created_at < $3";
    with_tx!(db, pool => sqlx::query_as::<_, AlertTime>(sql).bind(org_id).bind(from).bind(until).fetch_all(pool).await)
}

#[derive(Clone, Debug, FromRow)]
pub struct Quote {
    pub id: i64,
    pub feedback_id: Option<i64>,
    pub theme_id: i64,
    pub text: String,
}

/// Approved quotes from messages received in the period, newest approval
/// first.
pub async fn quotes(db: impl Into<Exec<'_>>, org_id: i64, from: i64, until: i64) -> Result<Vec<Quote>, sqlx::Error> {
    let sql = "SELECT id, feedback_id, theme_id, text FROM board_quotes \
               WHERE org_id = $1 AND received_hour >= $2 AND received_hour < $3 ORDER BY approved_at DESC, id DESC";
    with_tx!(db, pool => sqlx::query_as::<_, Quote>(sql).bind(org_id).bind(from).bind(until).fetch_all(pool).await)
}

/// The quotes approved from one message, for its item page.
pub async fn quotes_of(db: impl Into<Exec<'_>>, org_id: i64, feedback_id: i64) -> Result<Vec<Quote>, sqlx::Error> {
    let sql = "SELECT id, feedback_id, theme_id, text FROM board_quotes \
               WHERE org_id = $1 AND feedback_id = $2 ORDER BY id";
    with_tx!(db, pool => sqlx::query_as::<_, Quote>(sql).bind(org_id).bind(feedback_id).fetch_all(pool).await)
}

pub struct NewQuote<'a> {
    pub feedback_id: i64,
    pub theme_id: i64,
    pub text: &'a str,
    pub received_hour: i64,
    pub approved_by: i64,
}

pub async fn approve_quote(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    q: &NewQuote<'_>,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let sql =
        "INSERT INTO board_quotes (org_id, feedback_id, theme_id, text, received_hour, approved_by, approved_at) \
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql)
        .bind(org_id)
        .bind(q.feedback_id)
        .bind(q.theme_id)
        .bind(q.text)
        .bind(q.received_hour)
        .bind(q.approved_by)
        .bind(now)
        .fetch_one(pool)
        .await)
}

/// Withdraws a quote; false when it is not this organisation's.
pub async fn withdraw_quote(db: impl Into<Exec<'_>>, org_id: i64, id: i64) -> Result<bool, sqlx::Error> {
    let sql = "DELETE FROM board_quotes WHERE org_id = $1 AND id = $2";
    with_tx!(db, pool => sqlx::query(sql).bind(org_id).bind(id).execute(pool).await.map(|r| r.rows_affected() == 1))
}

/// Emails of the organisation's board members who can sign in.
pub async fn board_emails(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let sql = "SELECT email FROM users WHERE org_id = $1 AND role = 'board' AND disabled = FALSE ORDER BY id";
    with_tx!(db, pool => sqlx::query_scalar::<_, String>(sql).bind(org_id).fetch_all(pool).await)
}
