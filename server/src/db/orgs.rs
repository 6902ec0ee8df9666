use super::{with_db, Db};
use sqlx::FromRow;

#[derive(Clone, Debug, FromRow)]
pub struct Org {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub term_in_care: String,
    pub out_of_hours_phone: String,
    pub advocacy_contact: String,
    pub complaints_contact: String,
    pub retention_months: i64,
    pub reply_within_days: i64,
    /// The smallest count reports show; never below 3.
    pub suppress_threshold: i64,
}

const COLUMNS: &str = "id, slug, name, term_in_care, out_of_hours_phone, advocacy_contact, \
                       complaints_contact, retention_months, reply_within_days, suppress_threshold";

pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<Org>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM orgs WHERE slug = $1");
    with_db!(db, pool => sqlx::query_as::<_, Org>(&sql).bind(slug).fetch_optional(pool).await)
}

pub struct NewOrg<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub term_in_care: &'a str,
    pub out_of_hours_phone: &'a str,
    pub advocacy_contact: &'a str,
    pub complaints_contact: &'a str,
}

/// Inserts an organisation and returns its id.
pub async fn insert(db: &Db, org: &NewOrg<'_>, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO orgs (slug, name, term_in_care, out_of_hours_phone, advocacy_contact, \
               complaints_contact, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
    with_db!(db, pool => sqlx::query_scalar::<_, i64>(sql)
        .bind(org.slug)
        .bind(org.name)
        .bind(org.term_in_care)
        .bind(org.out_of_hours_phone)
        .bind(org.advocacy_contact)
        .bind(org.complaints_contact)
        .bind(now)
        .fetch_one(pool)
        .await)
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<Org>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM orgs WHERE id = $1");
    with_db!(db, pool => sqlx::query_as::<_, Org>(&sql).bind(id).fetch_optional(pool).await)
}
