//! Opening the database and serving until Ctrl-C or SIGTERM.

use crate::config::Config;
use crate::db::Db;
use crate::http;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};

/// Opens the database named in the configuration and brings its schema up
/// to date.
pub async fn open_database(config: &Config) -> Result<Db, String> {
    let db = Db::connect(&config.database_url)
        .await
        .map_err(|e| format!("cannot open the database ({}): {e}", redact_url(&config.database_url)))?;
    db.migrate()
        .await
        .map_err(|e| format!("cannot update the database schema: {e}"))?;
    Ok(db)
}

pub async fn serve(config: Config) -> Result<(), String> {
    // Leptos renders pages on the same tokio runtime.
    let _ = any_spawner::Executor::init_tokio();
    // Before anything else: a model that cannot be used stops the start.
    crate::cli::start_harm_check(&config)?;
    let db = open_database(&config).await?;
    // Messages are taken only once the check can read them: the model
    // loads in the background while the database opens (about a second),
    // and a slow load never stops the start (messages then wait for it).
    let waited = std::time::Instant::now();
    while crate::domain::harm::meaning::status() == "loading" && waited.elapsed().as_secs() < 20 {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let listener = TcpListener::bind(config.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    tracing::info!(%addr, engine = db.engine(), "Sayso is listening on http://{addr}");
    let mailer = crate::email::Mailer::new(config.smtp_url.as_deref(), &config.outbox_dir)?;
    tracing::info!("email: {}", mailer.describe());
    if config.smtp_url.is_some() && !crate::email::from_is_routable(&config.mail_from) {
        tracing::warn!(
            from = %config.mail_from,
            "SAYSO_MAIL_FROM is not on a real domain: Microsoft 365 and Google may reject safeguarding alerts; \
             set it to an address on the council's own domain"
        );
    }
    let mut config = config;
    // Links in emails need the real address once the port is known.
    let public_url = config
        .public_url
        .get_or_insert_with(|| format!("http://{addr}"))
        .clone();
    crate::jobs::spawn(
        db.clone(),
        mailer,
        crate::jobs::JobConfig {
            mail_from: config.mail_from.clone(),
            alerts: crate::service::alerts::Timing {
                repeat_seconds: config.alert_repeat_seconds,
                window_seconds: config.alert_window_seconds,
                escalate_seconds: config.escalate_after_seconds,
            },
            public_url,
            poll: std::time::Duration::from_secs(1),
            today: config.today,
        },
    );
    let oidc = match &config.oidc {
        Some(oidc) => {
            let sign_in = crate::service::oidc::CouncilSignIn::new(oidc, &config.link_base())?;
            tracing::info!(
                issuer = %oidc.issuer,
                redirect_uri = sign_in.redirect_uri(),
                "council sign-in is on: register this redirect URI with the provider"
            );
            Some(std::sync::Arc::new(sign_in))
        }
        None => None,
    };
    if let Some(sign_in) = oidc.clone() {
        // Said in the log now rather than when the first person tries; the
        // service starts either way (young people never need the provider).
        tokio::spawn(async move {
            match sign_in.check().await {
                Ok(()) => tracing::info!("council sign-in: the provider answers"),
                Err(e) => tracing::warn!(error = %e, "council sign-in: the provider does not answer yet"),
            }
        });
    }
    if let Some(metrics_addr) = config.metrics_addr {
        let bound = http::metrics::serve(metrics_addr, db.clone()).await?;
        tracing::info!(addr = %bound, "metrics for monitoring at http://{bound}/metrics");
    }
    let limits = ConnectionLimits {
        header_read: Duration::from_secs(config.header_timeout_seconds),
        lifetime: Duration::from_secs(config.connection_seconds),
        max_connections: config.max_connections,
    };
    let addr_file = config.addr_file.clone();
    let mut state = http::AppState::new(db.clone(), config);
    state.oidc = oidc;
    let app = http::router(state);
    if let Some(path) = &addr_file {
        write_addr_file(path, &format!("http://{addr}"))?;
    }
    serve_connections(listener, app, limits, shutdown_signal()).await;
    db.close().await;
    tracing::info!("Sayso stopped");
    Ok(())
}

/// Writes where the server listens to `path` (`SAYSO_ADDR_FILE`), whole or
/// not at all (a new file renamed into place), for whatever started it
/// with port 0: tests, a supervisor, a health check.
fn write_addr_file(path: &std::path::Path, url: &str) -> Result<(), String> {
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, format!("{url}\n"))
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| format!("cannot write SAYSO_ADDR_FILE {}: {e}", path.display()))
}

/// What one connection may hold (see `Config`).
#[derive(Clone, Copy, Debug)]
pub struct ConnectionLimits {
    pub header_read: Duration,
    pub lifetime: Duration,
    pub max_connections: usize,
}

/// Accepts connections and serves each over HTTP/1.1 with hyper, within
/// `limits`: at most `max_connections` at once (the next waits in the
/// listen queue), headers read within `header_read` (hyper's timer also
/// runs while a keep-alive connection waits idle for its next request),
/// and no connection older than `lifetime`. On `shutdown`, stops accepting,
/// lets requests in flight finish (30 s at most) and returns.
pub async fn serve_connections(
    listener: TcpListener,
    app: axum::Router,
    limits: ConnectionLimits,
    shutdown: impl std::future::Future<Output = ()>,
) {
    use tower::ServiceExt;
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => p.expect("the semaphore is never closed"),
            _ = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors, say: wait rather than spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            app.clone().oneshot(request.map(axum::body::Body::new))
        });
        let mut stop = stop_rx.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(limits.header_read)
                .keep_alive(true)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            tokio::pin!(conn);
            let lifetime = tokio::time::sleep(limits.lifetime);
            tokio::pin!(lifetime);
            tokio::select! {
                _ = conn.as_mut() => return,
                _ = &mut lifetime => {}
                _ = stop.wait_for(|stopping| *stopping) => {}
            }
            // Finish the request in hand, then close.
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        });
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    if tokio::time::timeout(Duration::from_secs(30), permits.acquire_many(all))
        .await
        .is_err()
    {
        tracing::warn!("stopping with requests still in flight after 30 s");
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

/// A database URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}://{user}:***@{}", &url[..scheme], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}
