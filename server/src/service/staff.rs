//! Staff sign-in and sessions.

use crate::db::{self, sessions::StaffUser, Db};
use crate::domain::roles::Role;
use crate::service::limits::RateLimiter;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// Wrong passwords allowed for one account from one address (an IPv6
/// address's /64) in a window of `LOCK_SECONDS`; more from there wait for
/// the window to end. Nobody can lock a staff member out: the throttle
/// holds only the address that guessed, and an admin can lift it.
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

impl Staff {
    /// Whether a form's CSRF token is this session's, compared in constant
    /// time so the answer's timing says nothing about how much matched.
    pub fn csrf_matches(&self, given: &str) -> bool {
        use subtle::ConstantTimeEq;
        !self.csrf.is_empty() && bool::from(self.csrf.as_bytes().ct_eq(given.as_bytes()))
    }
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
    /// The person's organisation signs in only with council accounts.
    PasswordOff,
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

/// Signs in with a password. `council_sign_in` says whether council sign-in
/// is set up on this server: only then does an organisation's "council
/// accounts only" apply (without it, that organisation would be locked out).
/// The wrong-password throttle: `MAX_FAILED_LOGINS` per account and
/// address in each `LOCK_SECONDS`.
pub fn failed_login_throttle() -> RateLimiter {
    RateLimiter::new(
        "failed-logins",
        MAX_FAILED_LOGINS as u32,
        std::time::Duration::from_secs(LOCK_SECONDS as u64),
    )
}

/// What the throttle counts: the typed email (known or not, so an unknown
/// email is answered exactly like a known one), where the tries come from,
/// and the account's unlock generation (an admin's unlock starts afresh).
fn throttle_key(email: &str, from: &str, generation: i64) -> String {
    format!("{email}\u{0}{from}\u{0}{generation}")
}

/// Signs in with a password. `council_sign_in` says whether council sign-in
/// is set up on this server: only then does an organisation's "council
/// accounts only" apply (without it, that organisation would be locked out).
/// `from` is the client's rate key (its address or /64).
pub async fn login(
    db: &Db,
    throttle: &RateLimiter,
    from: &str,
    email: &str,
    password: &str,
    council_sign_in: bool,
    now: i64,
) -> Result<NewSession, LoginError> {
    let email = email.trim().to_lowercase();
    let user = db::sessions::login_candidate(db, &email).await?;
    let key = throttle_key(&email, from, user.as_ref().map_or(0, |u| u.sign_in_generation));
    // "At most" this long: the window started at the first wrong guess.
    let throttled = || LoginError::Locked {
        minutes: LOCK_SECONDS / 60,
    };
    if throttle.exhausted(db, &key).await {
        return Err(throttled());
    }
    let Some(user) = user else {
        verify(password.to_string(), dummy_hash().to_string()).await;
        return Err(match throttle.hit(db, &key).await >= MAX_FAILED_LOGINS {
            true => throttled(),
            false => LoginError::Mismatch,
        });
    };
    // Checked before the password, which may be an old one nobody uses.
    if council_sign_in && !db::oidc::account(db, &email).await?.is_none_or(|a| a.password_sign_in) {
        return Err(LoginError::PasswordOff);
    }
    if user.disabled || !verify(password.to_string(), user.password_hash.clone()).await {
        return Err(match throttle.hit(db, &key).await >= MAX_FAILED_LOGINS {
            true => throttled(),
            false => LoginError::Mismatch,
        });
    }
    open_session(db, user.id, "", now).await
}

/// An admin lets a staff member sign in again at once from anywhere their
/// tries were throttled. Audited by the caller.
pub async fn unlock_sign_in(
    db: impl Into<crate::db::Exec<'_>>,
    org_id: i64,
    user_id: i64,
) -> Result<bool, sqlx::Error> {
    db::sessions::next_sign_in_generation(db, org_id, user_id).await
}

/// Opens a session for a staff member who has proved who they are
/// (`how` goes in the audit entry: empty for a password).
pub async fn open_session(db: &Db, user_id: i64, how: &str, now: i64) -> Result<NewSession, LoginError> {
    let token = random_token();
    let csrf = random_token();
    db::sessions::create(db, &token_hash(&token), user_id, &csrf, now, now + SESSION_SECONDS).await?;
    let (found, csrf) = db::sessions::find(db, &token_hash(&token), now)
        .await?
        .ok_or(LoginError::Mismatch)?;
    let role = Role::parse(&found.role).ok_or(LoginError::Mismatch)?;
    db::audit::record(db, found.org_id, Some(found.user_id), "session.login", None, how, now).await?;
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

/// Ends every session of a staff member (signing out everywhere).
pub async fn logout_everywhere(db: &Db, user_id: i64) -> Result<(), sqlx::Error> {
    db::sessions::delete_all_for(db, user_id).await
}

pub async fn logout(db: &Db, token: &str) -> Result<(), sqlx::Error> {
    db::sessions::delete(db, &token_hash(token)).await
}

/// How long an API token works after it is made: an integration's admin
/// makes a new one (and revokes the old) at least this often, so a token
/// copied into a forgotten script stops working by itself.
pub const API_TOKEN_SECONDS: i64 = 90 * 24 * 3600;

/// The staff member behind an API token. Token requests carry no CSRF
/// token: they do not come from a browser session.
pub async fn from_api_token(db: &Db, token: &str) -> Result<Option<Staff>, sqlx::Error> {
    let made_after = crate::now() - API_TOKEN_SECONDS;
    let Some(user) = db::sessions::find_token(db, &token_hash(token), made_after).await? else {
        return Ok(None);
    };
    Ok(Role::parse(&user.role).map(|role| Staff {
        user,
        role,
        csrf: String::new(),
    }))
}

/// Hashes a password with argon2 off the async runtime (it is slow on
/// purpose).
pub async fn hash_password(password: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
        let salt = SaltString::generate(&mut OsRng);
        argon2::Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| format!("cannot hash the password: {e}"))
    })
    .await
    .map_err(|e| e.to_string())?
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
