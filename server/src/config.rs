//! Configuration from environment variables, every one optional. The
//! README lists them all.

use std::net::SocketAddr;

#[derive(Clone, Debug)]
pub struct Config {
    /// `SAYSO_ADDR`: where `serve` listens.
    pub addr: SocketAddr,
    /// `DATABASE_URL`: `sqlite:…` (the default) or `postgres://…`.
    pub database_url: String,
    /// `SAYSO_SITE_ROOT`: the built CSS, JavaScript and WebAssembly
    /// (cargo-leptos writes them to `target/site`).
    pub site_root: String,
    /// `SAYSO_REPLY_LOOKUPS_PER_MINUTE`: reply-code checks allowed from one
    /// address per minute.
    pub reply_lookups_per_minute: u32,
    /// `SAYSO_PUBLIC_URL`: the address people use, e.g. `https://sayso.example.gov.uk`.
    /// When it is https, cookies are marked `Secure`.
    pub public_url: Option<String>,
}

impl Config {
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
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
            Some(v) => v.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                format!("SAYSO_REPLY_LOOKUPS_PER_MINUTE must be a positive number, not {v}")
            })?,
        };
        Ok(Config {
            addr,
            database_url: var("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into()),
            site_root: var("SAYSO_SITE_ROOT")
                .or_else(|| var("LEPTOS_SITE_ROOT"))
                .unwrap_or_else(|| "target/site".into()),
            reply_lookups_per_minute,
            public_url: var("SAYSO_PUBLIC_URL").map(|u| u.trim_end_matches('/').to_string()),
        })
    }
}
