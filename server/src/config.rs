//! Configuration from environment variables, every one optional. The
//! README lists them all.

use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct Config {
    /// `SAYSO_ADDR`: where `serve` listens.
    pub addr: SocketAddr,
    /// `SAYSO_ADDR_FILE`: once `serve` listens, it writes its address
    /// (`http://127.0.0.1:PORT`) to this file, for whoever started it on
    /// port 0.
    pub addr_file: Option<std::path::PathBuf>,
    /// `DATABASE_URL`: `sqlite:…` (the default) or `postgres://…`.
    pub database_url: String,
    /// `SAYSO_SITE_ROOT`: serve the CSS, JavaScript and WebAssembly from
    /// this folder instead of from inside the binary (for development;
    /// cargo-leptos writes them to `target/site`).
    pub site_root: Option<String>,
    /// `SAYSO_REPLY_LOOKUPS_PER_MINUTE`: reply-code checks allowed from one
    /// address per minute.
    pub reply_lookups_per_minute: u32,
    /// `SAYSO_TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges of
    /// the proxies in front of Sayso. Only a request whose connecting peer
    /// is one of them has its client address taken from `X-Forwarded-For`.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `SAYSO_REPLY_FAILURES_PER_ORG_PER_HOUR` (default 300): failed
    /// reply-code checks one organisation takes per hour from everyone
    /// together, so many addresses cannot guess codes in parallel.
    pub reply_failures_per_org_per_hour: u32,
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
    /// `SAYSO_ALERT_WINDOW_SECONDS` (default 120): urgent messages this close
    /// together reach each lead as one email with a count.
    pub alert_window_seconds: i64,
    /// `SAYSO_ESCALATE_AFTER_MINUTES` (default 30): an alert nobody has
    /// acknowledged by then also goes to the escalation address.
    pub escalate_after_seconds: i64,
    /// `SAYSO_REQUEST_TIMEOUT_SECONDS` (default 30): the longest a request
    /// may take, reading its body included, so slow clients cannot hold
    /// connections open.
    pub request_timeout_seconds: u64,
    /// `SAYSO_HEADER_TIMEOUT_SECONDS` (default 10, at most 10): how long a
    /// client has to send a request's headers, and how long an idle
    /// keep-alive connection is kept waiting for its next request.
    pub header_timeout_seconds: u64,
    /// `SAYSO_CONNECTION_SECONDS` (default 600): the longest one connection
    /// is kept open; after it the request in hand is finished and the
    /// connection closed (the browser simply opens another). Long, because a
    /// client may be sending on an idle connection just as it is closed.
    pub connection_seconds: u64,
    /// `SAYSO_MAX_CONNECTIONS` (default 512): connections served at once;
    /// more wait in the listen queue until one closes, so slow clients can
    /// never use up the server's file descriptors.
    pub max_connections: usize,
    /// `SAYSO_METRICS_ADDR`: where `/metrics` is served (off when unset);
    /// never the public address.
    pub metrics_addr: Option<SocketAddr>,
    /// `SAYSO_OIDC_ISSUER`, `SAYSO_OIDC_CLIENT_ID`, `SAYSO_OIDC_CLIENT_SECRET`:
    /// council sign-in (OpenID Connect); off when unset.
    pub oidc: Option<OidcConfig>,
    /// `SAYSO_TODAY` (`YYYY-MM-DD`, for tests and demonstrations): the date
    /// taken as today for reply-by dates, what is due and overdue, and the
    /// daily reminder. Unset: the real date in the UK.
    pub today: Option<chrono::NaiveDate>,
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

    /// Today in the UK at `now` (or `SAYSO_TODAY` when set).
    pub fn today(&self, now: i64) -> chrono::NaiveDate {
        self.today.unwrap_or_else(|| crate::domain::reply_by::uk_date(now))
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
        let reply_failures_per_org_per_hour =
            match var("SAYSO_REPLY_FAILURES_PER_ORG_PER_HOUR") {
                None => 300,
                Some(v) => v.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                    format!("SAYSO_REPLY_FAILURES_PER_ORG_PER_HOUR must be a positive number, not {v}")
                })?,
            };
        let trusted_proxies = match var("SAYSO_TRUSTED_PROXIES") {
            None => Vec::new(),
            Some(v) => parse_trusted_proxies(&v)?,
        };
        let positive = |name: &str, default: u64| -> Result<u64, String> {
            match var(name) {
                None => Ok(default),
                Some(v) => v
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("{name} must be a positive number, not {v}")),
            }
        };
        let header_timeout_seconds = positive("SAYSO_HEADER_TIMEOUT_SECONDS", 10)?;
        if header_timeout_seconds > 10 {
            return Err("SAYSO_HEADER_TIMEOUT_SECONDS is at most 10: slow clients must not hold connections".into());
        }
        let connection_seconds = positive("SAYSO_CONNECTION_SECONDS", 600)?;
        let max_connections = positive("SAYSO_MAX_CONNECTIONS", 512)? as usize;
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
        let today = match var("SAYSO_TODAY") {
            None => None,
            Some(v) => Some(
                chrono::NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                    .map_err(|_| format!("SAYSO_TODAY must be a date like 2026-12-01, not {v}"))?,
            ),
        };
        Ok(Config {
            addr_file: var("SAYSO_ADDR_FILE").map(std::path::PathBuf::from),
            today,
            header_timeout_seconds,
            connection_seconds,
            max_connections,
            trusted_proxies,
            reply_failures_per_org_per_hour,
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
            alert_window_seconds: match var("SAYSO_ALERT_WINDOW_SECONDS") {
                None => 120,
                Some(v) => v
                    .parse::<i64>()
                    .ok()
                    .filter(|s| (0..=600).contains(s))
                    .ok_or_else(|| format!("SAYSO_ALERT_WINDOW_SECONDS must be 0-600 seconds, not {v}"))?,
            },
            escalate_after_seconds: match var("SAYSO_ESCALATE_AFTER_MINUTES") {
                None => 30 * 60,
                Some(v) => v
                    .parse::<f64>()
                    .ok()
                    .filter(|m| *m > 0.0)
                    .map(|m| (m * 60.0).round().max(1.0) as i64)
                    .ok_or_else(|| format!("SAYSO_ESCALATE_AFTER_MINUTES must be a positive number, not {v}"))?,
            },
        })
    }
}

/// `10.0.0.1, 10.1.0.0/16, ::1` → address ranges (a lone address is its
/// own /32 or /128).
pub fn parse_trusted_proxies(value: &str) -> Result<Vec<ipnet::IpNet>, String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<ipnet::IpNet>()
                .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map(|net| net.trunc())
                .map_err(|_| format!("SAYSO_TRUSTED_PROXIES: {s} is not an address or a range like 10.0.0.0/8"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        let nets = parse_trusted_proxies(" 10.0.0.1, 192.168.0.0/16,::1 ,2001:db8::/32").unwrap();
        assert_eq!(nets.len(), 4);
        assert!(nets[0].contains(&"10.0.0.1".parse::<std::net::IpAddr>().unwrap()));
        assert!(!nets[0].contains(&"10.0.0.2".parse::<std::net::IpAddr>().unwrap()));
        assert!(nets[1].contains(&"192.168.4.5".parse::<std::net::IpAddr>().unwrap()));
        assert!(parse_trusted_proxies("10.0.0.1, nonsense").is_err());
        assert!(parse_trusted_proxies("10.0.0.0/33").is_err());
    }
}
