use super::{with_db, with_tx, with_write, Db, Exec};
use sqlx::FromRow;

/// A staff member as a request sees them.
#[derive(Clone, Debug, FromRow)]
pub struct StaffUser {
    pub user_id: i64,
    pub org_id: i64,
    pub org_slug: String,
    pub email: String,
    pub role: String,
}

#[derive(Clone, Debug, FromRow)]
pub struct LoginCandidate {
    pub id: i64,
    pub password_hash: String,
    pub disabled: bool,
    /// Moves on when an admin lifts the wrong-password throttle.
    pub sign_in_generation: i64,
}

pub async fn login_candidate(db: &Db, email: &str) -> Result<Option<LoginCandidate>, sqlx::Error> {
    let sql = "SELECT id, password_hash, disabled, sign_in_generation FROM users WHERE email = $1";
    with_db!(db, pool => sqlx::query_as::<_, LoginCandidate>(sql).bind(email).fetch_optional(pool).await)
}

/// Starts a staff member's wrong-password count afresh everywhere.
pub async fn next_sign_in_generation(db: impl Into<Exec<'_>>, org_id: i64, user_id: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET sign_in_generation = sign_in_generation + 1 WHERE id = $1 AND org_id = $2";
    with_tx!(db, pool => sqlx::query(sql).bind(user_id).bind(org_id).execute(pool).await.map(|r| r.rows_affected() == 1))
}

pub async fn create(
    db: &Db,
    token_hash: &str,
    user_id: i64,
    csrf: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), sqlx::Error> {
    let sql =
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)";
    with_write!(db, pool => sqlx::query(sql)
        .bind(token_hash)
        .bind(user_id)
        .bind(csrf)
        .bind(now)
        .bind(expires_at)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// The signed-in user and the session's CSRF token, if the session is live
/// and the account is not disabled.
pub async fn find(db: &Db, token_hash: &str, now: i64) -> Result<Option<(StaffUser, String)>, sqlx::Error> {
    #[derive(FromRow)]
    struct Row {
        user_id: i64,
        org_id: i64,
        org_slug: String,
        email: String,
        role: String,
        csrf_token: String,
    }
    let sql = "SELECT u.id AS user_id, u.org_id, o.slug AS org_slug, u.email, u.role, s.csrf_token \
               FROM sessions s JOIN users u ON u.id = s.user_id JOIN orgs o ON o.id = u.org_id \
               WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = FALSE";
    let row =
        with_db!(db, pool => sqlx::query_as::<_, Row>(sql).bind(token_hash).bind(now).fetch_optional(pool).await)?;
    Ok(row.map(|r| {
        (
            StaffUser {
                user_id: r.user_id,
                org_id: r.org_id,
                org_slug: r.org_slug,
                email: r.email,
                role: r.role,
            },
            r.csrf_token,
        )
    }))
}

pub async fn delete(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    with_write!(db, pool => sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(pool).await.map(|_| ()))
}

/// Signs a user out everywhere.
pub async fn delete_all_for(db: impl Into<Exec<'_>>, user_id: i64) -> Result<(), sqlx::Error> {
    with_tx!(db, pool => sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(pool).await.map(|_| ()))
}

/// The user behind a live API token (made after `made_after`, not revoked,
/// account not disabled).
pub async fn find_token(db: &Db, token_hash: &str, made_after: i64) -> Result<Option<StaffUser>, sqlx::Error> {
    let sql = "SELECT u.id AS user_id, u.org_id, o.slug AS org_slug, u.email, u.role \
               FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN orgs o ON o.id = u.org_id \
               WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled = FALSE AND t.created_at > $2";
    with_db!(db, pool => sqlx::query_as::<_, StaffUser>(sql).bind(token_hash).bind(made_after).fetch_optional(pool).await)
}
