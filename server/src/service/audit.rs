//! The audit log as staff read it, and the entries for views (changes
//! write theirs in their own transaction, in their own service).

use crate::db::{self, Db, Tx};
use crate::service::staff::Staff;

pub use crate::db::audit::AuditEntry;

/// The newest entries of the staff member's organisation (at most
/// `limit`), optionally filtered by action (prefix) and staff email (part).
pub async fn entries(
    db: &Db,
    staff: &Staff,
    action: Option<&str>,
    email: Option<&str>,
    limit: i64,
) -> Result<Vec<AuditEntry>, sqlx::Error> {
    db::audit::entries(db, staff.user.org_id, action, email, limit).await
}

/// Records that a staff member looked at something (`what`, with
/// `detail`). A view changes nothing, so a log that cannot be written is
/// logged and the page still shows.
pub async fn viewed(db: &Db, staff: &Staff, what: &str, detail: &str) {
    if let Err(e) = db::audit::record(
        db,
        staff.user.org_id,
        Some(staff.user.user_id),
        what,
        None,
        detail,
        crate::now(),
    )
    .await
    {
        tracing::error!(error = %e, "cannot write the audit log");
    }
}

/// Writes the audit entry of a staff member's change (`what`, to
/// `target`) in the change's own transaction: if it cannot be written, the
/// change is undone with it.
pub async fn changed(tx: &mut Tx, staff: &Staff, what: &str, target: &str, now: i64) -> Result<(), sqlx::Error> {
    db::audit::record(
        &mut *tx,
        staff.user.org_id,
        Some(staff.user.user_id),
        what,
        None,
        target,
        now,
    )
    .await
}
