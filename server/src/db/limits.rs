//! Counters for rate limits, shared by every instance on the database.

use super::{with_db, Db};

/// Counts one hit in `bucket`'s window and returns the window's hits so far.
pub async fn hit(db: &Db, bucket: &str, window_start: i64, expires_at: i64) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO rate_limits (bucket, window_start, hits, expires_at) VALUES ($1, $2, 1, $3) \
               ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 \
               RETURNING hits";
    with_db!(db, pool => {
        let (hits,): (i64,) = sqlx::query_as(sql)
            .bind(bucket)
            .bind(window_start)
            .bind(expires_at)
            .fetch_one(pool)
            .await?;
        Ok(hits)
    })
}

/// The hits counted in `bucket`'s window so far.
pub async fn hits(db: &Db, bucket: &str, window_start: i64) -> Result<i64, sqlx::Error> {
    let sql = "SELECT hits FROM rate_limits WHERE bucket = $1 AND window_start = $2";
    with_db!(db, pool => {
        let row: Option<(i64,)> = sqlx::query_as(sql).bind(bucket).bind(window_start).fetch_optional(pool).await?;
        Ok(row.map(|r| r.0).unwrap_or(0))
    })
}

/// Forgets every bucket of `prefix`es (an admin's unlock): `bucket` values
/// are hashes, so the caller passes the exact buckets.
pub async fn clear(db: &Db, bucket: &str) -> Result<(), sqlx::Error> {
    let sql = "DELETE FROM rate_limits WHERE bucket = $1";
    with_db!(db, pool => sqlx::query(sql).bind(bucket).execute(pool).await.map(|_| ()))
}

/// Deletes windows that are over.
pub async fn sweep(db: &Db, now: i64) -> Result<(), sqlx::Error> {
    let sql = "DELETE FROM rate_limits WHERE expires_at < $1";
    with_db!(db, pool => sqlx::query(sql).bind(now).execute(pool).await.map(|_| ()))
}

pub async fn secret(db: &Db) -> Result<String, sqlx::Error> {
    let sql = "SELECT secret FROM rate_limit_secret WHERE id = 1";
    with_db!(db, pool => {
        let (secret,): (String,) = sqlx::query_as(sql).fetch_one(pool).await?;
        Ok(secret)
    })
}
