//! Claims on work that one instance does for every instance (retention).

use super::{with_write, Db};

/// Claims `job` when it is due at `now` and makes it due again `every`
/// seconds later; true when this caller got it. One statement, so of
/// several instances asking at once exactly one gets each run: the row's
/// lock makes the others re-read `next_run_at` after the winner moved it.
pub async fn claim(db: &Db, job: &str, now: i64, every: i64) -> Result<bool, sqlx::Error> {
    let sql = "INSERT INTO job_claims (job, next_run_at) VALUES ($1, $2) \
               ON CONFLICT (job) DO UPDATE SET next_run_at = excluded.next_run_at \
               WHERE job_claims.next_run_at <= $3";
    with_write!(db, pool => sqlx::query(sql)
        .bind(job)
        .bind(now + every)
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected() == 1))
}
