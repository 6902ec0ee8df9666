//! Opening the database and serving until Ctrl-C or SIGTERM.

use crate::config::Config;
use crate::db::Db;
use crate::http;
use std::net::SocketAddr;
use tokio::net::TcpListener;

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
            alert_repeat_seconds: config.alert_repeat_seconds,
            public_url,
            poll: std::time::Duration::from_secs(1),
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
    let mut state = http::AppState::new(db.clone(), config);
    state.oidc = oidc;
    let app = http::router(state);
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| e.to_string())?;
    db.close().await;
    tracing::info!("Sayso stopped");
    Ok(())
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
