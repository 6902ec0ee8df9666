//! Configuration from environment variables, every one optional. The
//! README lists them all.

use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct Config {
    /// `SAYSO_ADDR`: where `serve` listens.
    pub addr: SocketAddr,
    /// `DATABASE_URL`: `sqlite:…` (the default) or `postgres://…`.
    pub database_url: String,
    /// `SAYSO_SITE_ROOT`: serve the CSS, JavaScript and WebAssembly from
    /// this folder instead of from inside the binary (for development;
    /// cargo-leptos writes them to `target/site`).
    pub site_root: Option<String>,
    /// `SAYSO_REPLY_LOOKUPS_PER_MINUTE`: reply-code checks allowed from one
    /// address per minute.
    pub reply_lookups_per_minute: u32,
    /// `SAYSO_PUBLIC_URL`: the address people use, e.g. `https://sayso.example.gov.uk`.
    /// When it is https, cookies are marked `Secure`.
    pub public_url: Option<String>,
    /// `SMTP_URL`: e.g. `smtp://user:pass@mail.council.gov.uk:587`. Unset:
    /// email is written as `.eml` files to `SAYSO_OUTBOX_DIR`.
    pub smtp_url: Option<String>,
    /// `SAYSO_OUTBOX_DIR`
    pub outbox_dir: String,
    /// `SAYSO_MAIL_FROM`
    pub mail_from: String,
    /// `SAYSO_ALERT_REPEAT_MINUTES`: how often an unacknowledged alert is sent again.
    pub alert_repeat_seconds: i64,
    /// `SAYSO_REQUEST_TIMEOUT_SECONDS` (default 30): the longest a request
    /// may take, reading its body included, so slow clients cannot hold
    /// connections open.
    pub request_timeout_seconds: u64,
    /// `SAYSO_METRICS_ADDR`: where `/metrics` is served (off when unset);
    /// never the public address.
    pub metrics_addr: Option<SocketAddr>,
    /// `SAYSO_OIDC_ISSUER`, `SAYSO_OIDC_CLIENT_ID`, `SAYSO_OIDC_CLIENT_SECRET`:
    /// council sign-in (OpenID Connect); off when unset.
    pub oidc: Option<OidcConfig>,
    /// `SAYSO_HARM_MODEL`: where the harm check's meaning layer finds its
    /// model files; unset: the files built into the binary; `off`: the
    /// phrase list only.
    pub harm_model: HarmModel,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HarmModel {
    BuiltIn,
    Dir(std::path::PathBuf),
    Off,
}

impl HarmModel {
    /// Only an explicit `off` switches the meaning layer off.
    pub fn parse(value: Option<&str>) -> HarmModel {
        match value.map(str::trim) {
            None | Some("") => HarmModel::BuiltIn,
            Some("off") => HarmModel::Off,
            Some(dir) => HarmModel::Dir(dir.into()),
        }
    }
}

/// The council's OpenID Connect provider and this service's registration there.
#[derive(Clone, Debug)]
pub struct OidcConfig {
    /// e.g. `https://login.microsoftonline.com/{tenant}/v2.0`
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<Secret>,
}

/// A value that must never be printed (a `Debug` shows `***`).
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Secret {
        Secret(value)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

impl Config {
    /// The address in links we send, e.g. in alert emails.
    pub fn link_base(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.addr))
    }

    /// Served over HTTPS (`SAYSO_PUBLIC_URL` starts with `https://`):
    /// cookies are `Secure` and responses carry HSTS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/sayso.db";

impl Config {
    pub fn from_env() -> Result<Config, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let addr = var("SAYSO_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let addr = addr
            .parse()
            .map_err(|_| format!("SAYSO_ADDR is not an address like 127.0.0.1:3000: {addr}"))?;
        let reply_lookups_per_minute = match var("SAYSO_REPLY_LOOKUPS_PER_MINUTE") {
            None => 20,
            Some(v) => v
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("SAYSO_REPLY_LOOKUPS_PER_MINUTE must be a positive number, not {v}"))?,
        };
        let request_timeout_seconds = match var("SAYSO_REQUEST_TIMEOUT_SECONDS") {
            None => 30,
            Some(v) => v
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("SAYSO_REQUEST_TIMEOUT_SECONDS must be a positive number, not {v}"))?,
        };
        let metrics_addr = match var("SAYSO_METRICS_ADDR") {
            None => None,
            Some(v) => Some(
                v.parse::<SocketAddr>()
                    .map_err(|_| format!("SAYSO_METRICS_ADDR is not an address like 127.0.0.1:9100: {v}"))?,
            ),
        };
        if let Some(metrics) = metrics_addr {
            if metrics.port() != 0 && metrics == addr {
                return Err("SAYSO_METRICS_ADDR must differ from SAYSO_ADDR: metrics are not for the public".into());
            }
        }
        let oidc = match (var("SAYSO_OIDC_ISSUER"), var("SAYSO_OIDC_CLIENT_ID")) {
            (None, None) if var("SAYSO_OIDC_CLIENT_SECRET").is_none() => None,
            (Some(issuer), Some(client_id)) => Some(OidcConfig {
                issuer: issuer.trim().to_string(),
                client_id: client_id.trim().to_string(),
                client_secret: var("SAYSO_OIDC_CLIENT_SECRET").map(|s| Secret::new(s.trim().to_string())),
            }),
            _ => {
                return Err(
                    "council sign-in needs both SAYSO_OIDC_ISSUER and SAYSO_OIDC_CLIENT_ID (and usually SAYSO_OIDC_CLIENT_SECRET)"
                        .into(),
                )
            }
        };
        Ok(Config {
            harm_model: HarmModel::parse(var("SAYSO_HARM_MODEL").as_deref()),
            metrics_addr,
            oidc,
            request_timeout_seconds,
            addr,
            database_url: var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into()),
            site_root: var("SAYSO_SITE_ROOT").or_else(|| var("LEPTOS_SITE_ROOT")),
            reply_lookups_per_minute,
            public_url: var("SAYSO_PUBLIC_URL").map(|u| u.trim_end_matches('/').to_string()),
            smtp_url: var("SMTP_URL"),
            outbox_dir: var("SAYSO_OUTBOX_DIR").unwrap_or_else(|| "data/outbox".into()),
            mail_from: var("SAYSO_MAIL_FROM").unwrap_or_else(|| "Sayso <sayso@localhost>".into()),
            alert_repeat_seconds: match var("SAYSO_ALERT_REPEAT_MINUTES") {
                None => 15 * 60,
                Some(v) => v
                    .parse::<f64>()
                    .ok()
                    .filter(|m| *m > 0.0)
                    .map(|m| (m * 60.0).round().max(1.0) as i64)
                    .ok_or_else(|| format!("SAYSO_ALERT_REPEAT_MINUTES must be a positive number, not {v}"))?,
            },
        })
    }
}
