//! Totals for monitoring (`/metrics`): across every organisation, never
//! about one.

use super::{with_db, Db};
use sqlx::FromRow;

#[derive(Debug, Default)]
pub struct Snapshot {
    pub messages: i64,
    pub alerts_waiting: i64,
    /// When the oldest unacknowledged alert was raised.
    pub oldest_alert_at: Option<i64>,
    pub outbox_depth: i64,
    pub outbox_failing: i64,
}

pub async fn snapshot(db: &Db) -> Result<Snapshot, sqlx::Error> {
    #[derive(FromRow)]
    struct Row {
        messages: i64,
        alerts_waiting: i64,
        oldest_alert_at: Option<i64>,
        outbox_depth: i64,
        outbox_failing: i64,
    }
    let sql = "SELECT \
                 (SELECT COUNT(*) FROM feedback) AS messages, \
                 (SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL) AS alerts_waiting, \
                 (SELECT MIN(created_at) FROM alerts WHERE acknowledged_at IS NULL) AS oldest_alert_at, \
                 (SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL) AS outbox_depth, \
                 (SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts > 0) AS outbox_failing";
    let row = with_db!(db, pool => sqlx::query_as::<_, Row>(sql).fetch_one(pool).await)?;
    Ok(Snapshot {
        messages: row.messages,
        alerts_waiting: row.alerts_waiting,
        oldest_alert_at: row.oldest_alert_at,
        outbox_depth: row.outbox_depth,
        outbox_failing: row.outbox_failing,
    })
}
