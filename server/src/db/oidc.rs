//! Council sign-in: flows in progress, and who may sign in how.

use super::{with_db, with_write, Db};
use sqlx::FromRow;

#[derive(Debug, FromRow)]
pub struct Flow {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub expires_at: i64,
}

/// Remembers a sign-in that has just been sent to the council's page, and
/// forgets any that were abandoned.
pub async fn save_flow(db: &Db, browser_hash: &str, flow: &Flow, now: i64) -> Result<(), sqlx::Error> {
    with_write!(db, pool => async {
        let mut tx = pool.begin().await?;
        sqlx::query("DELETE FROM oidc_logins WHERE expires_at <= $1").bind(now).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO oidc_logins (browser_hash, state, nonce, pkce_verifier, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(browser_hash)
        .bind(&flow.state)
        .bind(&flow.nonce)
        .bind(&flow.pkce_verifier)
        .bind(now)
        .bind(flow.expires_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    }.await)
}

/// Takes (and deletes) the sign-in this browser started, if it is still live:
/// each can be finished once.
pub async fn take_flow(db: &Db, browser_hash: &str, now: i64) -> Result<Option<Flow>, sqlx::Error> {
    let sql = "DELETE FROM oidc_logins WHERE browser_hash = $1 RETURNING state, nonce, pkce_verifier, expires_at";
    let flow = with_write!(db, pool => sqlx::query_as::<_, Flow>(sql).bind(browser_hash).fetch_optional(pool).await)?;
    Ok(flow.filter(|f| f.expires_at > now))
}

#[derive(Debug, FromRow)]
pub struct Account {
    pub id: i64,
    pub org_id: i64,
    pub disabled: bool,
    pub password_sign_in: bool,
}

/// The staff account with this email (stored lower-case), with its
/// organisation's sign-in rule.
pub async fn account(db: &Db, email: &str) -> Result<Option<Account>, sqlx::Error> {
    let sql = "SELECT u.id, u.org_id, u.disabled, o.password_sign_in FROM users u JOIN orgs o ON o.id = u.org_id \
               WHERE u.email = $1";
    with_db!(db, pool => sqlx::query_as::<_, Account>(sql).bind(email).fetch_optional(pool).await)
}

/// Organisations with a staff member whose email ends in `@domain`: where
/// a refused council sign-in from that domain is recorded.
pub async fn orgs_with_domain(db: &Db, domain: &str) -> Result<Vec<i64>, sqlx::Error> {
    let suffix = format!("@{domain}");
    let sql = "SELECT DISTINCT org_id FROM users WHERE LENGTH(email) > LENGTH($1) \
               AND SUBSTR(email, LENGTH(email) - LENGTH($1) + 1) = $1 ORDER BY org_id";
    with_db!(db, pool => sqlx::query_scalar::<_, i64>(sql).bind(&suffix).fetch_all(pool).await)
}

/// Whether anyone on this server may still sign in with a password (no
/// organisation yet counts as yes).
pub async fn any_password_sign_in(db: &Db) -> Result<bool, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM orgs WHERE password_sign_in = FALSE";
    let off: i64 = with_db!(db, pool => sqlx::query_scalar(sql).fetch_one(pool).await)?;
    let sql = "SELECT COUNT(*) FROM orgs";
    let all: i64 = with_db!(db, pool => sqlx::query_scalar(sql).fetch_one(pool).await)?;
    Ok(all == 0 || off < all)
}

pub async fn password_sign_in(db: &Db, org_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "SELECT password_sign_in FROM orgs WHERE id = $1";
    with_db!(db, pool => sqlx::query_scalar::<_, bool>(sql).bind(org_id).fetch_optional(pool).await)
        .map(|v| v.unwrap_or(true))
}

/// Switches password sign-in for an organisation, with its audit entry.
pub async fn set_password_sign_in(
    db: &Db,
    org_id: i64,
    user_id: i64,
    allowed: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    let detail = if allowed {
        "password sign-in on"
    } else {
        "password sign-in off: council sign-in only"
    };
    with_write!(db, pool => async {
        let mut tx = pool.begin().await?;
        sqlx::query("UPDATE orgs SET password_sign_in = $2 WHERE id = $1")
            .bind(org_id)
            .bind(allowed)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO audit_log (org_id, user_id, action, feedback_id, detail, created_at) \
             VALUES ($1, $2, 'settings.sign_in', NULL, $3, $4)",
        )
        .bind(org_id)
        .bind(user_id)
        .bind(detail)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    }.await)
}
