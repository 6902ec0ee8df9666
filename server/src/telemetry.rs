//! Logs go to standard error; `RUST_LOG` chooses how much, and
//! `SAYSO_LOG_FORMAT=json` writes one JSON object per line (for journald
//! forwarding, Loki, Elastic and the like) instead of plain text.
//!
//! Either way a request is logged by its route pattern, never its address,
//! so reply codes and query strings stay out of the logs.

pub fn init() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into());
    let format = std::env::var("SAYSO_LOG_FORMAT").unwrap_or_default();
    let format = format.trim().to_ascii_lowercase();
    if format == "json" {
        let _ = tracing_subscriber::fmt()
            .json()
            // The event's fields at the top level, beside the request's
            // method and route from its span.
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .with_env_filter(filter)
            .with_writer(std::io::stderr)
            .try_init();
        return;
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
    if !format.is_empty() && format != "text" {
        tracing::warn!("SAYSO_LOG_FORMAT is {format:?}: use json or text; writing text");
    }
}
