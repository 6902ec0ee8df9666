//! Looking up an organisation and its themes, for pages and the API.
//! Organisations are only read here; admin changes are in `service::admin`.

use crate::db::{self, Db};

pub use crate::db::orgs::Org;
pub use crate::db::themes::Theme;

/// The organisation at `/{slug}`, if there is one.
pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<Org>, sqlx::Error> {
    db::orgs::by_slug(db, slug).await
}

/// A staff member's organisation.
pub async fn by_id(db: &Db, id: i64) -> Result<Option<Org>, sqlx::Error> {
    db::orgs::by_id(db, id).await
}

/// The organisation's themes still in use, in its chosen order.
pub async fn active_themes(db: &Db, org_id: i64) -> Result<Vec<Theme>, sqlx::Error> {
    db::themes::active(db, org_id).await
}
