use super::{with_tx, Exec};
use sqlx::FromRow;

#[derive(Clone, Debug, FromRow)]
pub struct Theme {
    pub id: i64,
    pub slug: String,
    pub label: String,
    pub young_label: String,
    pub icon: String,
    pub keywords: String,
}

/// The organisation's themes still in use, in its chosen order.
pub async fn active(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<Theme>, sqlx::Error> {
    let sql = "SELECT id, slug, label, young_label, icon, keywords FROM themes \
               WHERE org_id = $1 AND retired = FALSE ORDER BY position, id";
    with_tx!(db, pool => sqlx::query_as::<_, Theme>(sql).bind(org_id).fetch_all(pool).await)
}

pub struct NewTheme<'a> {
    pub slug: &'a str,
    pub label: &'a str,
    pub young_label: &'a str,
    pub icon: &'a str,
    pub keywords: &'a str,
    pub position: i64,
}

pub async fn insert(db: impl Into<Exec<'_>>, org_id: i64, theme: &NewTheme<'_>) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO themes (org_id, slug, label, young_label, icon, keywords, position) \
               VALUES ($1, $2, $3, $4, $5, $6, $7)";
    with_tx!(db, pool => sqlx::query(sql)
        .bind(org_id)
        .bind(theme.slug)
        .bind(theme.label)
        .bind(theme.young_label)
        .bind(theme.icon)
        .bind(theme.keywords)
        .bind(theme.position)
        .execute(pool)
        .await
        .map(|_| ()))
}
