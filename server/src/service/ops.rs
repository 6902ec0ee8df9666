//! Figures for monitoring (`/metrics`): totals across every organisation,
//! never about one.

use crate::db::{self, Db};

pub use crate::db::ops::Snapshot;

/// Stored messages, waiting alerts and the outbox, read now.
pub async fn snapshot(db: &Db) -> Result<Snapshot, sqlx::Error> {
    db::ops::snapshot(db).await
}
