//! What an organisation's admin changes: settings, themes, staff, tokens.

use super::{with_tx, Exec};
use sqlx::FromRow;

pub struct Settings<'a> {
    pub name: &'a str,
    pub term_in_care: &'a str,
    pub out_of_hours_phone: &'a str,
    pub advocacy_contact: &'a str,
    pub complaints_contact: &'a str,
    pub retention_months: i64,
    pub reply_within_days: i64,
    pub suppress_threshold: i64,
}

pub async fn update_settings(db: impl Into<Exec<'_>>, org_id: i64, s: &Settings<'_>) -> Result<(), sqlx::Error> {
    let sql = "UPDATE orgs SET name = $2, term_in_care = $3, out_of_hours_phone = $4, advocacy_contact = $5, \
               complaints_contact = $6, retention_months = $7, reply_within_days = $8, \
               suppress_threshold = $9 WHERE id = $1";
    with_tx!(db, pool => sqlx::query(sql)
        .bind(org_id)
        .bind(s.name)
        .bind(s.term_in_care)
        .bind(s.out_of_hours_phone)
        .bind(s.advocacy_contact)
        .bind(s.complaints_contact)
        .bind(s.retention_months)
        .bind(s.reply_within_days)
        .bind(s.suppress_threshold)
        .execute(pool)
        .await
        .map(|_| ()))
}

#[derive(Clone, Debug, FromRow)]
pub struct ThemeRow {
    pub id: i64,
    pub slug: String,
    pub label: String,
    pub young_label: String,
    pub icon: String,
    pub keywords: String,
    pub retired: bool,
}

/// Every theme, retired ones too, in order.
pub async fn themes(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<ThemeRow>, sqlx::Error> {
    let sql = "SELECT id, slug, label, young_label, icon, keywords, retired FROM themes WHERE org_id = $1 ORDER BY position, id";
    with_tx!(db, pool => sqlx::query_as::<_, ThemeRow>(sql).bind(org_id).fetch_all(pool).await)
}

pub struct ThemeEdit<'a> {
    pub label: &'a str,
    pub young_label: &'a str,
    pub icon: &'a str,
    pub keywords: &'a str,
    pub retired: bool,
}

/// Changes one of the organisation's themes; false if it is not theirs.
pub async fn update_theme(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    theme_id: i64,
    t: &ThemeEdit<'_>,
) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE themes SET label = $3, young_label = $4, icon = $5, keywords = $6, retired = $7 \
               WHERE org_id = $1 AND id = $2";
    with_tx!(db, pool => sqlx::query(sql)
        .bind(org_id)
        .bind(theme_id)
        .bind(t.label)
        .bind(t.young_label)
        .bind(t.icon)
        .bind(t.keywords)
        .bind(t.retired)
        .execute(pool)
        .await
        .map(|r| r.rows_affected() == 1))
}

pub async fn next_theme_position(db: impl Into<Exec<'_>>, org_id: i64) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COALESCE(MAX(position), 0) + 1 FROM themes WHERE org_id = $1";
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql).bind(org_id).fetch_one(pool).await)
}

#[derive(Clone, Debug, FromRow)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub disabled: bool,
    /// No password set yet: the invitation has not been used.
    pub invited: bool,
}

pub async fn users(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<UserRow>, sqlx::Error> {
    let sql = "SELECT id, email, role, disabled, (password_hash = '!') AS invited FROM users WHERE org_id = $1 ORDER BY email";
    with_tx!(db, pool => sqlx::query_as::<_, UserRow>(sql).bind(org_id).fetch_all(pool).await)
}

/// Disables or enables a user of the organisation (never oneself: the
/// caller checks). Disabling also ends their sessions and tokens' use.
pub async fn set_disabled(tx: &mut super::Tx, org_id: i64, user_id: i64, disabled: bool) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE users SET disabled = $3 WHERE org_id = $1 AND id = $2";
    let changed = with_tx!(&mut *tx, pool => sqlx::query(sql)
        .bind(org_id)
        .bind(user_id)
        .bind(disabled)
        .execute(pool)
        .await
        .map(|r| r.rows_affected() == 1))?;
    if changed && disabled {
        super::sessions::delete_all_for(&mut *tx, user_id).await?;
    }
    Ok(changed)
}

/// Adds a user who cannot sign in until they use their invitation, and the
/// invitation. Returns false if the email is already taken.
pub async fn invite(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    email: &str,
    role: &str,
    token_hash: &str,
    now: i64,
    expires_at: i64,
) -> Result<bool, sqlx::Error> {
    let result = with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (org_id, email, role, password_hash, created_at) VALUES ($1, $2, $3, '!', $4) RETURNING id",
        )
        .bind(org_id)
        .bind(email)
        .bind(role)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO invitations (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(id)
            .bind(now)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }.await);
    match result {
        Ok(()) => Ok(true),
        Err(e) if super::is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The email of the user an unused, unexpired invitation is for.
pub async fn invitation(
    db: impl Into<Exec<'_>>,
    token_hash: &str,
    now: i64,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    let sql = "SELECT u.id, u.email FROM invitations i JOIN users u ON u.id = i.user_id \
               WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2 AND u.disabled = FALSE";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, String)>(sql).bind(token_hash).bind(now).fetch_optional(pool).await)
}

/// Uses an invitation once: sets the password. False if it was used already.
pub async fn accept_invitation(
    db: impl Into<Exec<'_>>,
    token_hash: &str,
    password_hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let used = sqlx::query("UPDATE invitations SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
            .bind(token_hash)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if used != 1 {
            return Ok(false);
        }
        sqlx::query("UPDATE users SET password_hash = $2 WHERE id = (SELECT user_id FROM invitations WHERE token_hash = $1)")
            .bind(token_hash)
            .bind(password_hash)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }.await)
}

#[derive(Clone, Debug, FromRow)]
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub created_at: i64,
}

pub async fn tokens(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<TokenRow>, sqlx::Error> {
    let sql = "SELECT t.id, t.name, u.email, t.created_at FROM api_tokens t JOIN users u ON u.id = t.user_id \
               WHERE u.org_id = $1 AND t.revoked_at IS NULL ORDER BY t.id";
    with_tx!(db, pool => sqlx::query_as::<_, TokenRow>(sql).bind(org_id).fetch_all(pool).await)
}

pub async fn create_token(
    db: impl Into<Exec<'_>>,
    user_id: i64,
    name: &str,
    token_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4)";
    with_tx!(db, pool => sqlx::query(sql).bind(user_id).bind(name).bind(token_hash).bind(now).execute(pool).await.map(|_| ()))
}

pub async fn revoke_token(db: impl Into<Exec<'_>>, org_id: i64, token_id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let sql = "UPDATE api_tokens SET revoked_at = $3 WHERE id = $2 AND revoked_at IS NULL \
               AND user_id IN (SELECT id FROM users WHERE org_id = $1)";
    with_tx!(db, pool => sqlx::query(sql)
        .bind(org_id)
        .bind(token_id)
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected() == 1))
}
