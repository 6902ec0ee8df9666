//! Council sign-in: staff sign in with their council's own accounts
//! (Microsoft 365, Google Workspace, or any OpenID Connect provider).
//!
//! What it protects: a council account opens Sayso only for a person who
//! already has a Sayso staff account with the same email, that is enabled,
//! and whose council has confirmed that email. An account at the council is
//! not a Sayso account: an admin still invites each person, and disabling
//! them in Sayso shuts them out even while their council account works.
//!
//! How (authorization code flow with PKCE, OpenID Connect Core §3.1): the
//! state, nonce and PKCE verifier stay on the server (`oidc_logins`), found
//! by the hash of a random value in a short-lived cookie, so a sign-in can
//! only finish in the browser that began it, once, within ten minutes. The
//! ID token's signature (against the provider's published keys), issuer,
//! audience, expiry and nonce are checked by `openidconnect` before any
//! claim is read.
//!
//! What it cannot do: it trusts the council's provider to say who someone
//! is. A provider that vouches for an email it does not own would let that
//! person in; that is why the email must be marked verified (see
//! [`email_confirmed`]).

use crate::config::OidcConfig;
use crate::db::{self, oidc::Flow, Db};
use crate::service::staff::{self, LoginError, NewSession};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier,
    RedirectUrl, Scope, TokenResponse,
};
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

/// Whether any organisation still lets its staff sign in with a password
/// (the sign-in page then shows the password form).
pub async fn any_password_sign_in(db: &Db) -> Result<bool, sqlx::Error> {
    db::oidc::any_password_sign_in(db).await
}

/// Whether the organisation's staff may sign in with a password.
pub async fn password_sign_in(db: &Db, org_id: i64) -> Result<bool, sqlx::Error> {
    db::oidc::password_sign_in(db, org_id).await
}

/// An admin switches password sign-in on or off for their organisation;
/// the change and its audit entry commit together.
pub async fn set_password_sign_in(db: &Db, staff: &staff::Staff, allowed: bool, now: i64) -> Result<(), sqlx::Error> {
    db::oidc::set_password_sign_in(db, staff.user.org_id, staff.user.user_id, allowed, now).await
}

/// A sign-in left at the council's page longer than this starts again.
pub const FLOW_SECONDS: i64 = 10 * 60;
/// How long the provider's published settings and keys are reused before
/// they are read again (keys rotate; new ones appear well before use).
const METADATA_TTL: Duration = Duration::from_secs(60 * 60);

pub struct CouncilSignIn {
    issuer: IssuerUrl,
    client_id: ClientId,
    client_secret: Option<ClientSecret>,
    redirect: RedirectUrl,
    http: openidconnect::reqwest::Client,
    metadata: RwLock<Option<(CoreProviderMetadata, Instant)>>,
}

/// Why a council sign-in did not let someone in. Each has its own kind
/// message on the sign-in page.
#[derive(Debug)]
pub enum SignInError {
    /// The council's sign-in service did not answer, or answered nonsense.
    Unavailable(String),
    /// No sign-in was started in this browser, or it took too long.
    Expired,
    /// The person (or their council) cancelled at the council's page.
    Cancelled,
    /// The answer failed a check (signature, issuer, audience, expiry,
    /// nonce, state): nobody is let in on it.
    NotConfirmed(String),
    /// The council did not tell us an email address.
    NoEmail,
    /// The council did not confirm that the email is theirs.
    EmailNotVerified {
        email: String,
    },
    /// No Sayso staff account has this email.
    NoAccount {
        email: String,
    },
    /// The Sayso account is disabled.
    Disabled {
        email: String,
    },
    Database(sqlx::Error),
}

impl From<sqlx::Error> for SignInError {
    fn from(e: sqlx::Error) -> Self {
        SignInError::Database(e)
    }
}

impl SignInError {
    /// A fixed word for logs and metrics (never an email).
    pub fn outcome(&self) -> &'static str {
        match self {
            SignInError::Unavailable(_) => "unavailable",
            SignInError::Expired => "expired",
            SignInError::Cancelled => "cancelled",
            SignInError::NotConfirmed(_) => "not_confirmed",
            SignInError::NoEmail => "no_email",
            SignInError::EmailNotVerified { .. } => "email_not_verified",
            SignInError::NoAccount { .. } => "no_account",
            SignInError::Disabled { .. } => "disabled",
            SignInError::Database(_) => "database",
        }
    }
}

/// Where to send the browser, and the value its cookie must carry back.
pub struct Started {
    pub url: String,
    pub browser_token: String,
}

/// The answer the council's page sent back to `/staff/oidc/callback`.
pub struct Callback {
    pub code: Option<String>,
    pub state: Option<String>,
    pub error: Option<String>,
}

impl CouncilSignIn {
    /// `base` is the address people use (`SAYSO_PUBLIC_URL`): the provider
    /// must list `{base}/staff/oidc/callback` as a redirect URI.
    pub fn new(config: &OidcConfig, base: &str) -> Result<CouncilSignIn, String> {
        let issuer = IssuerUrl::new(config.issuer.clone())
            .map_err(|e| format!("SAYSO_OIDC_ISSUER is not an address ({e}): {}", config.issuer))?;
        let redirect = RedirectUrl::new(format!("{base}/staff/oidc/callback"))
            .map_err(|e| format!("cannot make the council sign-in return address from {base}: {e}"))?;
        let http = openidconnect::reqwest::Client::builder()
            // Following redirects would let a provider's answer send us anywhere (SSRF).
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| format!("cannot make the council sign-in HTTP client: {e}"))?;
        Ok(CouncilSignIn {
            issuer,
            client_id: ClientId::new(config.client_id.clone()),
            client_secret: config
                .client_secret
                .as_ref()
                .map(|s| ClientSecret::new(s.expose().to_string())),
            redirect,
            http,
            metadata: RwLock::new(None),
        })
    }

    pub fn redirect_uri(&self) -> &str {
        self.redirect.as_str()
    }

    /// The provider's settings and signing keys (OpenID Connect Discovery),
    /// read when first needed and then hourly: a council's provider being
    /// down never stops Sayso starting, and young people never need it.
    async fn provider(&self, refresh: bool) -> Result<CoreProviderMetadata, SignInError> {
        if !refresh {
            if let Some((m, at)) = self.metadata.read().await.as_ref() {
                if at.elapsed() < METADATA_TTL {
                    return Ok(m.clone());
                }
            }
        }
        let metadata = CoreProviderMetadata::discover_async(self.issuer.clone(), &self.http)
            .await
            .map_err(|e| SignInError::Unavailable(format!("discovery at {}: {e}", self.issuer.as_str())))?;
        *self.metadata.write().await = Some((metadata.clone(), Instant::now()));
        Ok(metadata)
    }

    /// Reads the provider's settings now, to say in the log at start-up
    /// whether council sign-in will work.
    pub async fn check(&self) -> Result<(), String> {
        self.provider(true).await.map(|_| ()).map_err(|e| match e {
            SignInError::Unavailable(m) => m,
            other => format!("{other:?}"),
        })
    }

    fn client(&self, metadata: CoreProviderMetadata) -> ClientWithProvider {
        CoreClient::from_provider_metadata(metadata, self.client_id.clone(), self.client_secret.clone())
            .set_redirect_uri(self.redirect.clone())
    }

    /// Begins a sign-in: remembers its secrets and says where to send the
    /// browser.
    pub async fn begin(&self, db: &Db, now: i64) -> Result<Started, SignInError> {
        let client = self.client(self.provider(false).await?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        let browser_token = staff::random_token();
        let flow = Flow {
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            expires_at: now + FLOW_SECONDS,
        };
        db::oidc::save_flow(db, &staff::token_hash(&browser_token), &flow, now).await?;
        Ok(Started {
            url: url.to_string(),
            browser_token,
        })
    }

    /// Finishes a sign-in when the browser comes back: checks everything,
    /// then opens a session for the matching staff account. Refusals that
    /// concern a person are written to the audit log.
    pub async fn finish(
        &self,
        db: &Db,
        browser_token: Option<&str>,
        answer: Callback,
        now: i64,
    ) -> Result<NewSession, SignInError> {
        let flow = match browser_token {
            Some(token) => db::oidc::take_flow(db, &staff::token_hash(token), now).await?,
            None => None,
        };
        let Some(flow) = flow else {
            return Err(SignInError::Expired);
        };
        if !same_secret(answer.state.as_deref().unwrap_or(""), &flow.state) {
            return Err(SignInError::NotConfirmed(
                "the state does not match this browser's sign-in".into(),
            ));
        }
        if answer.error.is_some() {
            return Err(SignInError::Cancelled);
        }
        let code = answer
            .code
            .filter(|c| !c.is_empty())
            .ok_or_else(|| SignInError::NotConfirmed("no authorization code".into()))?;
        let client = self.client(self.provider(false).await?);
        let tokens = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| SignInError::Unavailable(format!("the provider has no token endpoint: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(flow.pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                openidconnect::RequestTokenError::ServerResponse(r) => {
                    SignInError::NotConfirmed(format!("the provider refused the code: {r}"))
                }
                other => SignInError::Unavailable(format!("token request: {other}")),
            })?;
        let id_token = tokens
            .id_token()
            .ok_or_else(|| SignInError::NotConfirmed("the provider sent no ID token".into()))?;
        let verifier = client.id_token_verifier();
        let claims = id_token
            .claims(&verifier, &Nonce::new(flow.nonce))
            .map_err(|e| SignInError::NotConfirmed(format!("ID token: {e}")))?;
        let email = claims
            .email()
            .map(|e| e.as_str().trim().to_lowercase())
            .filter(|e| e.contains('@'))
            .ok_or(SignInError::NoEmail)?;
        let extra = payload(&id_token.to_string());
        let account = db::oidc::account(db, &email).await?;
        if !email_confirmed(claims.email_verified(), &extra) {
            if let Some(a) = &account {
                let detail = "council sign-in refused: the council did not confirm this email address";
                db::audit::record(db, a.org_id, Some(a.id), "session.refused", None, detail, now).await?;
            }
            return Err(SignInError::EmailNotVerified { email });
        }
        let Some(account) = account else {
            let domain = email.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
            let detail = format!("council sign-in refused: no staff account for {email}");
            for org_id in db::oidc::orgs_with_domain(db, domain).await? {
                db::audit::record(db, org_id, None, "session.refused", None, &detail, now).await?;
            }
            return Err(SignInError::NoAccount { email });
        };
        if account.disabled {
            let detail = "council sign-in refused: the account is disabled";
            db::audit::record(
                db,
                account.org_id,
                Some(account.id),
                "session.refused",
                None,
                detail,
                now,
            )
            .await?;
            return Err(SignInError::Disabled { email });
        }
        staff::open_session(db, account.id, "council sign-in", now)
            .await
            .map_err(|e| match e {
                LoginError::Database(e) => SignInError::Database(e),
                _ => SignInError::NotConfirmed("the session could not be opened".into()),
            })
    }
}

type ClientWithProvider = openidconnect::core::CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// Compares two secrets without stopping at the first difference.
fn same_secret(a: &str, b: &str) -> bool {
    use sha2::{Digest, Sha256};
    // Equal-length digests, compared in full: no early exit to time.
    let (a, b) = (Sha256::digest(a.as_bytes()), Sha256::digest(b.as_bytes()));
    a.iter().zip(b.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The claims of an ID token that has already been verified, as JSON, for
/// the ones `openidconnect` does not name (Microsoft's `xms_edov`).
fn payload(jwt: &str) -> serde_json::Value {
    use base64::Engine as _;
    jwt.split('.')
        .nth(1)
        .and_then(|p| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(p.trim_end_matches('='))
                .ok()
        })
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or(serde_json::Value::Null)
}

/// Whether the council vouches that the email is this person's:
/// `email_verified` is true (Google, most providers); or, where the
/// provider does not send `email_verified` at all, Microsoft Entra's
/// `xms_edov` ("email domain owner verified", an optional claim the
/// council's administrator turns on) is true. An explicit
/// `email_verified: false` always refuses.
pub fn email_confirmed(email_verified: Option<bool>, claims: &serde_json::Value) -> bool {
    match email_verified {
        Some(v) => v,
        None => match claims.get("xms_edov") {
            Some(serde_json::Value::Bool(b)) => *b,
            Some(serde_json::Value::String(s)) => s == "1" || s.eq_ignore_ascii_case("true"),
            Some(serde_json::Value::Number(n)) => n.as_i64() == Some(1),
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_an_email_the_council_vouches_for_lets_anyone_in() {
        assert!(email_confirmed(Some(true), &json!({})));
        assert!(!email_confirmed(Some(false), &json!({ "xms_edov": true })));
        assert!(!email_confirmed(None, &json!({})));
        assert!(email_confirmed(None, &json!({ "xms_edov": true })));
        assert!(email_confirmed(None, &json!({ "xms_edov": "1" })));
        assert!(!email_confirmed(None, &json!({ "xms_edov": false })));
        assert!(!email_confirmed(None, &json!({ "xms_edov": "0" })));
    }

    #[test]
    fn secrets_compare_equal_only_when_equal() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("", "abc"));
    }

    #[test]
    fn verified_token_payloads_are_read_for_extra_claims() {
        use base64::Engine as _;
        let body = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(br#"{"xms_edov":true}"#);
        assert_eq!(payload(&format!("h.{body}.s"))["xms_edov"], json!(true));
        assert_eq!(payload("not a token"), serde_json::Value::Null);
    }
}
