//! Counters for rate limits, shared by every instance on the database.

use super::{with_db, with_write, Db};

/// Counts one hit in `bucket` at `now` and returns the hits of its window so
/// far. A window starts at the first hit and lasts `window` seconds; a hit
/// after it ends starts the next one. One statement, so instances racing on
/// one bucket each count once.
pub async fn hit(db: &Db, bucket: &str, now: i64, window: i64) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO rate_limits (bucket, window_start, hits, expires_at) VALUES ($1, $2, 1, $3) \
               ON CONFLICT (bucket) DO UPDATE SET \
               hits = CASE WHEN rate_limits.expires_at <= $2 THEN 1 ELSE rate_limits.hits + 1 END, \
               window_start = CASE WHEN rate_limits.expires_at <= $2 THEN $2 ELSE rate_limits.window_start END, \
               expires_at = CASE WHEN rate_limits.expires_at <= $2 THEN $3 ELSE rate_limits.expires_at END \
               RETURNING hits";
    with_write!(db, pool => {
        let (hits,): (i64,) = sqlx::query_as(sql)
            .bind(bucket)
            .bind(now)
            .bind(now + window)
            .fetch_one(pool)
            .await?;
        Ok(hits)
    })
}

/// The hits counted in `bucket`'s window, if it is still running at `now`.
pub async fn hits(db: &Db, bucket: &str, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "SELECT hits FROM rate_limits WHERE bucket = $1 AND expires_at > $2";
    with_db!(db, pool => {
        let row: Option<(i64,)> = sqlx::query_as(sql).bind(bucket).bind(now).fetch_optional(pool).await?;
        Ok(row.map(|r| r.0).unwrap_or(0))
    })
}

/// Deletes windows that are over.
pub async fn sweep(db: &Db, now: i64) -> Result<(), sqlx::Error> {
    let sql = "DELETE FROM rate_limits WHERE expires_at < $1";
    with_write!(db, pool => sqlx::query(sql).bind(now).execute(pool).await.map(|_| ()))
}

pub async fn secret(db: &Db) -> Result<String, sqlx::Error> {
    let sql = "SELECT secret FROM rate_limit_secret WHERE id = 1";
    with_db!(db, pool => {
        let (secret,): (String,) = sqlx::query_as(sql).fetch_one(pool).await?;
        Ok(secret)
    })
}
