//! Staff sign-in and sessions.

use crate::db::{self, sessions::StaffUser, Db};
use crate::domain::roles::Role;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// Wrong passwords allowed before an account is locked, and for how long.
pub const MAX_FAILED_LOGINS: i64 = 5;
pub const LOCK_SECONDS: i64 = 15 * 60;
/// A signed-in session lasts a working day.
pub const SESSION_SECONDS: i64 = 12 * 60 * 60;

pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Tokens are stored only as their SHA-256.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// A signed-in staff member: who they are and what they may do.
#[derive(Clone, Debug)]
pub struct Staff {
    pub user: StaffUser,
    pub role: Role,
    pub csrf: String,
}

pub struct NewSession {
    pub token: String,
    pub staff: Staff,
}

#[derive(Debug)]
pub enum LoginError {
    /// Wrong email or password (never says which).
    Mismatch,
    Locked {
        minutes: i64,
    },
    Database(sqlx::Error),
}

impl From<sqlx::Error> for LoginError {
    fn from(e: sqlx::Error) -> Self {
        LoginError::Database(e)
    }
}

/// A hash to verify against when the email is unknown, so that a wrong
/// email takes as long as a wrong password.
fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| {
        use argon2::password_hash::{PasswordHasher, SaltString};
        let salt = SaltString::encode_b64(b"sayso-dummy-salt").expect("valid salt");
        argon2::Argon2::default()
            .hash_password(b"not a password", &salt)
            .expect("hash")
            .to_string()
    })
}

async fn verify(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        use argon2::password_hash::{PasswordHash, PasswordVerifier};
        PasswordHash::new(&hash)
            .map(|parsed| {
                argon2::Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

pub async fn login(db: &Db, email: &str, password: &str, now: i64) -> Result<NewSession, LoginError> {
    let email = email.trim().to_lowercase();
    let Some(user) = db::sessions::login_candidate(db, &email).await? else {
        verify(password.to_string(), dummy_hash().to_string()).await;
        return Err(LoginError::Mismatch);
    };
    if user.locked_until > now {
        return Err(LoginError::Locked {
            minutes: (user.locked_until - now + 59) / 60,
        });
    }
    if user.disabled || !verify(password.to_string(), user.password_hash.clone()).await {
        db::sessions::record_failure(db, user.id, MAX_FAILED_LOGINS, now + LOCK_SECONDS).await?;
        if user.failed_logins + 1 >= MAX_FAILED_LOGINS {
            return Err(LoginError::Locked {
                minutes: LOCK_SECONDS / 60,
            });
        }
        return Err(LoginError::Mismatch);
    }
    db::sessions::clear_failures(db, user.id).await?;
    let token = random_token();
    let csrf = random_token();
    db::sessions::create(db, &token_hash(&token), user.id, &csrf, now, now + SESSION_SECONDS).await?;
    let (found, csrf) = db::sessions::find(db, &token_hash(&token), now)
        .await?
        .ok_or(LoginError::Mismatch)?;
    let role = Role::parse(&found.role).ok_or(LoginError::Mismatch)?;
    db::audit::record(db, found.org_id, Some(found.user_id), "session.login", None, "", now).await?;
    Ok(NewSession {
        token,
        staff: Staff {
            user: found,
            role,
            csrf,
        },
    })
}

/// The staff member behind a session token, if it is live.
pub async fn from_token(db: &Db, token: &str, now: i64) -> Result<Option<Staff>, sqlx::Error> {
    let Some((user, csrf)) = db::sessions::find(db, &token_hash(token), now).await? else {
        return Ok(None);
    };
    Ok(Role::parse(&user.role).map(|role| Staff { user, role, csrf }))
}

pub async fn logout(db: &Db, token: &str) -> Result<(), sqlx::Error> {
    db::sessions::delete(db, &token_hash(token)).await
}

/// The staff member behind an API token. Token requests carry no CSRF
/// token: they do not come from a browser session.
pub async fn from_api_token(db: &Db, token: &str) -> Result<Option<Staff>, sqlx::Error> {
    let Some(user) = db::sessions::find_token(db, &token_hash(token)).await? else {
        return Ok(None);
    };
    Ok(Role::parse(&user.role).map(|role| Staff {
        user,
        role,
        csrf: String::new(),
    }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_long_random_and_stored_hashed() {
        let a = super::random_token();
        assert_eq!(a.len(), 64);
        assert_ne!(a, super::random_token());
        assert_ne!(super::token_hash(&a), a);
        assert_eq!(super::token_hash(&a), super::token_hash(&a));
    }
}
