use super::{with_tx, Exec};
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
    /// Language codes, comma separated, that an admin has hidden from the
    /// language picker (see `http::language`).
    pub hidden_languages: String,
    /// Whose bank holidays the reply time skips (gov.uk's division name).
    pub bank_holidays: String,
}

impl Org {
    /// The part of the UK whose bank holidays this organisation keeps.
    pub fn bank_holiday_region(&self) -> crate::domain::reply_by::Region {
        crate::domain::reply_by::Region::parse(&self.bank_holidays)
            .unwrap_or(crate::domain::reply_by::Region::EnglandAndWales)
    }

    pub fn hidden_languages(&self) -> Vec<&'static str> {
        self.hidden_languages
            .split(',')
            .filter_map(app::i18n::language_code)
            .collect()
    }

    /// The languages young people can pick, English first.
    pub fn visible_languages(&self) -> Vec<&'static str> {
        let hidden = self.hidden_languages();
        app::i18n::LANGUAGES
            .iter()
            .map(|l| l.code)
            .filter(|code| *code == "en" || !hidden.contains(code))
            .collect()
    }
}

const COLUMNS: &str = "id, slug, name, term_in_care, out_of_hours_phone, advocacy_contact, \
                       complaints_contact, retention_months, reply_within_days, suppress_threshold, \
                       hidden_languages, bank_holidays";

pub async fn by_slug(db: impl Into<Exec<'_>>, slug: &str) -> Result<Option<Org>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM orgs WHERE slug = $1");
    with_tx!(db, pool => sqlx::query_as::<_, Org>(&sql).bind(slug).fetch_optional(pool).await)
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
pub async fn insert(db: impl Into<Exec<'_>>, org: &NewOrg<'_>, now: i64) -> Result<i64, sqlx::Error> {
    let sql = "INSERT INTO orgs (slug, name, term_in_care, out_of_hours_phone, advocacy_contact, \
               complaints_contact, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql)
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

pub async fn by_id(db: impl Into<Exec<'_>>, id: i64) -> Result<Option<Org>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM orgs WHERE id = $1");
    with_tx!(db, pool => sqlx::query_as::<_, Org>(&sql).bind(id).fetch_optional(pool).await)
}

/// Hides these languages from the organisation's language picker (and
/// from being chosen by a phone's settings). English is never hidden.
pub async fn set_hidden_languages(db: impl Into<Exec<'_>>, org_id: i64, codes: &[&str]) -> Result<(), sqlx::Error> {
    let value = codes
        .iter()
        .filter(|c| **c != "en")
        .copied()
        .collect::<Vec<_>>()
        .join(",");
    let sql = "UPDATE orgs SET hidden_languages = $2 WHERE id = $1";
    with_tx!(db, pool => sqlx::query(sql).bind(org_id).bind(&value).execute(pool).await.map(|_| ()))
}

/// Which part of the UK's bank holidays the reply time skips.
pub async fn set_bank_holidays(db: impl Into<Exec<'_>>, org_id: i64, region: &str) -> Result<(), sqlx::Error> {
    let sql = "UPDATE orgs SET bank_holidays = $2 WHERE id = $1";
    with_tx!(db, pool => sqlx::query(sql).bind(org_id).bind(region).execute(pool).await.map(|_| ()))
}

/// The organisation's reply time and bank holidays, read fresh: an admin
/// may have just changed them, and an organisation kept in memory (the
/// feedback API's) would not know.
pub async fn reply_terms(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Option<(i64, String)>, sqlx::Error> {
    let sql = "SELECT reply_within_days, bank_holidays FROM orgs WHERE id = $1";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, String)>(sql).bind(org_id).fetch_optional(pool).await)
}
