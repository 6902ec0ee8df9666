use super::{with_tx, Exec};

/// Adds a staff account, or replaces the role and password of an existing
/// one with the same email in the same organisation. Returns the user id,
/// or `None` when the email already belongs to another organisation.
pub async fn upsert(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    email: &str,
    role: &str,
    password_hash: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let sql = "INSERT INTO users (org_id, email, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) \
               ON CONFLICT (email) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, \
               disabled = FALSE WHERE users.org_id = excluded.org_id RETURNING id";
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql)
        .bind(org_id)
        .bind(email)
        .bind(role)
        .bind(password_hash)
        .bind(now)
        .fetch_optional(pool)
        .await)
}
