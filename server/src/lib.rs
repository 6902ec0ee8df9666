//! Sayso, the voice-of-the-child feedback service: the `sayso` binary's
//! library. `main.rs` only calls [`cli::run`].

pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod email;
pub mod http;
pub mod jobs;
pub mod service;
pub mod startup;
pub mod telemetry;

/// Now, in seconds since the Unix epoch.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}
