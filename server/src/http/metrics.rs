//! `/metrics` in the Prometheus text format, on its own address
//! (`SAYSO_METRICS_ADDR`), never on the public one: an operator's
//! monitoring reads it from inside the council's network.
//!
//! What it tells, and what it must not: requests are labelled by method,
//! route *pattern* (`/api/v1/orgs/{org}/replies/{reply_code}`, never the
//! address asked for, so no reply code or organisation appears) and status.
//! Everything else is a total across the server: messages stored, alerts
//! waiting and how long the oldest has waited, the email outbox, and the
//! database pool. Nothing names an organisation, a person or a message.

use crate::db::Db;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::net::SocketAddr;
use std::time::Instant;
use tokio::net::TcpListener;

/// Request latency buckets, in seconds: a page or a message should take a
/// few milliseconds; anything near the request timeout is trouble.
const LATENCY_BUCKETS: &[f64] = &[
    0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Installs the process-wide recorder (once) and serves `/metrics` on
/// `addr` until the process ends. Returns the address actually bound.
pub async fn serve(addr: SocketAddr, db: Db) -> Result<SocketAddr, String> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full("sayso_http_request_duration_seconds".into()),
            LATENCY_BUCKETS,
        )
        .map_err(|e| format!("metrics buckets: {e}"))?
        .install_recorder()
        .map_err(|e| format!("cannot start metrics: {e}"))?;
    describe();
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen for metrics on {addr}: {e}"))?;
    let bound = listener.local_addr().map_err(|e| e.to_string())?;
    let app = Router::new()
        .route("/metrics", get(scrape))
        .fallback(|| async { (StatusCode::NOT_FOUND, "Only /metrics is served here.\n") })
        .with_state((handle, db));
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "the metrics listener stopped");
        }
    });
    Ok(bound)
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        "sayso_http_requests_total",
        "HTTP requests answered, by method, route pattern and status."
    );
    describe_histogram!(
        "sayso_http_request_duration_seconds",
        Unit::Seconds,
        "Time to answer an HTTP request, by method, route pattern and status."
    );
    describe_counter!(
        "sayso_messages_received_total",
        "Messages from young people stored by this instance since it started."
    );
    describe_gauge!("sayso_messages_stored", "Messages from young people in the database.");
    describe_gauge!("sayso_alerts_waiting", "Safeguarding alerts not yet acknowledged.");
    describe_gauge!(
        "sayso_alert_oldest_waiting_seconds",
        Unit::Seconds,
        "How long the oldest unacknowledged safeguarding alert has waited (0 when none)."
    );
    describe_gauge!("sayso_outbox_depth", "Emails waiting in the outbox to be sent.");
    describe_gauge!(
        "sayso_outbox_failing",
        "Emails waiting in the outbox that failed at least once."
    );
    describe_counter!("sayso_emails_sent_total", "Emails sent by this instance.");
    describe_counter!(
        "sayso_email_failures_total",
        "Attempts to send an email that failed on this instance (the email stays in the outbox)."
    );
    describe_gauge!(
        "sayso_db_pool_connections",
        "Database connections open in this instance's pool."
    );
    describe_gauge!(
        "sayso_db_pool_idle_connections",
        "Open database connections not in use."
    );
    describe_gauge!(
        "sayso_db_pool_max_connections",
        "The most connections the pool will open."
    );
    describe_gauge!("sayso_database_up", "1 when the database answered this scrape, else 0.");
    describe_gauge!("sayso_build_info", "Always 1; the version is a label.");
    describe_counter!(
        "sayso_council_sign_ins_total",
        "Council sign-ins (OpenID Connect) by outcome: signed_in, or why not."
    );
}

async fn scrape(State((handle, db)): State<(PrometheusHandle, Db)>) -> Response {
    use metrics::gauge;
    let (size, idle, max) = db.pool_stats();
    gauge!("sayso_db_pool_connections").set(size as f64);
    gauge!("sayso_db_pool_idle_connections").set(idle as f64);
    gauge!("sayso_db_pool_max_connections").set(max as f64);
    gauge!("sayso_build_info", "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    match crate::service::ops::snapshot(&db).await {
        Ok(s) => {
            gauge!("sayso_database_up").set(1.0);
            gauge!("sayso_messages_stored").set(s.messages as f64);
            gauge!("sayso_alerts_waiting").set(s.alerts_waiting as f64);
            let oldest = s.oldest_alert_at.map(|t| (crate::now() - t).max(0)).unwrap_or(0);
            gauge!("sayso_alert_oldest_waiting_seconds").set(oldest as f64);
            gauge!("sayso_outbox_depth").set(s.outbox_depth as f64);
            gauge!("sayso_outbox_failing").set(s.outbox_failing as f64);
        }
        Err(e) => {
            // The last figures stay as they were; this says they are stale.
            tracing::warn!(error = %e, "metrics: the database did not answer");
            gauge!("sayso_database_up").set(0.0);
        }
    }
    handle.run_upkeep();
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        handle.render(),
    )
        .into_response()
}

/// Counts every request by method, route pattern and status, with its
/// latency. Only layered when `SAYSO_METRICS_ADDR` is set.
pub async fn track(request: Request, next: axum::middleware::Next) -> Response {
    let started = Instant::now();
    // Only standard methods become labels: a client inventing methods
    // must not grow the number of series without end.
    let method = match request.method().as_str() {
        m @ ("GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS") => m.to_owned(),
        _ => "other".to_owned(),
    };
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".into());
    let response = next.run(request).await;
    let labels = [
        ("method", method),
        ("route", route),
        ("status", response.status().as_u16().to_string()),
    ];
    metrics::counter!("sayso_http_requests_total", &labels).increment(1);
    metrics::histogram!("sayso_http_request_duration_seconds", &labels).record(started.elapsed().as_secs_f64());
    response
}
