//! HTTP: the router, shared state, and the layers every response passes.

pub mod actions;
pub mod admin;
pub mod api;
pub mod error;
pub mod language;
pub mod lifecycle;
pub mod limits;
pub mod metrics;
pub mod offline;
pub mod oidc;
pub mod pages;
pub mod promises;
pub mod report;
pub mod site;
pub mod staff;
pub mod survey_pages;
pub mod surveys;
pub mod valid_html;

use crate::config::Config;
use crate::db::Db;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::{header, HeaderValue};
use axum::routing::{any, get};
use axum::Router;
use leptos::config::LeptosOptions;
use limits::RateLimiter;
use std::sync::Arc;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// The largest request body accepted: a 5,000-character message in any
/// script, form-encoded, fits with room to spare.
pub const MAX_BODY_BYTES: usize = 128 * 1024;

pub const LOGINS_PER_MINUTE: u32 = 20;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub leptos: LeptosOptions,
    /// Where pages link for the stylesheet (its hashed name when embedded).
    pub assets: app::AssetUrls,
    pub reply_lookups: Arc<RateLimiter>,
    /// Failed reply-code checks per organisation per hour, from everyone.
    pub reply_failures: Arc<RateLimiter>,
    /// Sign-in attempts from one address per minute.
    pub logins: Arc<RateLimiter>,
    /// Wrong passwords per account and address (no hard lockout).
    pub failed_logins: Arc<RateLimiter>,
    /// The last organisations read, by slug. The feedback API takes an
    /// organisation's id from here (ids and slugs never change); pages use
    /// it only while the database cannot be reached, so a young person's
    /// form can still be drawn again with their words in it ("not sent yet").
    pub last_seen_orgs: Arc<std::sync::Mutex<std::collections::HashMap<String, crate::service::orgs::Org>>>,
    /// Council sign-in (OpenID Connect), when configured.
    pub oidc: Option<Arc<crate::service::oidc::CouncilSignIn>>,
    /// Council sign-ins begun from one address per minute.
    pub oidc_starts: Arc<RateLimiter>,
}

impl AppState {
    pub fn new(db: Db, config: Config) -> AppState {
        // The site inside the binary, unless a folder is named (development)
        // or this binary was built before the site was.
        let from_disk = config.site_root.is_some() || !site::embedded();
        let output_name = match from_disk {
            true => "sayso".to_string(),
            false => site::output_name("sayso").unwrap_or_else(|| "sayso".into()),
        };
        let assets = app::AssetUrls {
            css: match from_disk {
                true => "/pkg/sayso.css".into(),
                false => format!("/{}", site::hashed("pkg/sayso.css").unwrap_or("pkg/sayso.css")),
            },
        };
        let leptos = LeptosOptions::builder()
            .output_name(output_name)
            .site_root(config.site_root.clone().unwrap_or_else(|| "target/site".into()))
            .site_pkg_dir("pkg")
            .env(leptos::config::Env::PROD)
            .build();
        AppState {
            assets,
            db,
            reply_lookups: Arc::new(RateLimiter::per_minute(
                "reply-lookups",
                config.reply_lookups_per_minute,
            )),
            reply_failures: Arc::new(RateLimiter::new(
                "reply-failures-per-org",
                config.reply_failures_per_org_per_hour,
                Duration::from_secs(3600),
            )),
            logins: Arc::new(RateLimiter::per_minute("logins", LOGINS_PER_MINUTE)),
            failed_logins: Arc::new(crate::service::staff::failed_login_throttle()),
            last_seen_orgs: Arc::default(),
            oidc: None,
            oidc_starts: Arc::new(RateLimiter::per_minute("oidc-starts", oidc::STARTS_PER_MINUTE)),
            config: Arc::new(config),
            leptos,
        }
    }
}

pub fn router(state: AppState) -> Router {
    let from_disk = state
        .config
        .site_root
        .clone()
        .or_else(|| (!site::embedded()).then(|| "target/site".into()));
    let api = Router::new()
        .route("/api/v1/orgs/{org}/feedback", axum::routing::post(api::create_feedback))
        .route("/api/v1/orgs/{org}/replies/{reply_code}", get(api::get_reply))
        .route("/api/v1/openapi.json", get(api::openapi_json))
        .route("/api/v1/orgs/{org}/you-said-we-did", get(actions::public_api))
        .route(
            "/api/v1/session",
            axum::routing::post(staff::sign_in::api_login).delete(staff::sign_in::api_logout),
        )
        .route("/api/v1/orgs/{org}/feedback", get(staff::moderation::api_list_feedback))
        .route("/api/v1/orgs/{org}/surveys", get(surveys::list).post(surveys::create))
        .route("/api/v1/orgs/{org}/surveys/{survey}", get(surveys::get))
        .route(
            "/api/v1/orgs/{org}/surveys/{survey}/responses",
            axum::routing::post(surveys::respond),
        )
        .route(
            "/api/v1/orgs/{org}/surveys/{survey}/responses/{response_id}",
            axum::routing::put(surveys::answer),
        )
        .route(
            "/api/v1/orgs/{org}/surveys/{survey}/publish",
            axum::routing::post(surveys::publish),
        )
        .route(
            "/api/v1/orgs/{org}/surveys/{survey}/close",
            axum::routing::post(surveys::close),
        )
        .route("/api/v1/orgs/{org}/surveys/{survey}/results", get(surveys::results))
        .route("/api/v1/orgs/{org}/reports/board", get(report::api_board_report))
        .route("/api/{*rest}", any(api_not_found));
    let staff_pages = Router::new()
        .route("/staff", get(staff::sign_in::login_page))
        .route("/staff/login", axum::routing::post(staff::sign_in::login_submit))
        .route("/staff/logout", axum::routing::post(staff::sign_in::logout_submit))
        .route("/staff/oidc/start", get(oidc::start))
        .route("/staff/oidc/callback", get(oidc::callback))
        .route("/staff/queue", get(staff::moderation::queue_page))
        .route(
            "/staff/feedback/{id}",
            get(staff::moderation::item_page).post(staff::moderation::item_submit),
        )
        .route(
            "/staff/alerts",
            get(staff::alerts::alerts_page).post(staff::alerts::alerts_acknowledge_many),
        )
        .route("/staff/report", get(report::report_page))
        .route("/staff/report/email", axum::routing::post(report::report_email))
        .route("/staff/audit", get(staff::audit::audit_page))
        .route(
            "/staff/actions",
            get(actions::actions_page).post(actions::create_action),
        )
        .route(
            "/staff/actions/{id}",
            get(actions::action_page).post(actions::action_submit),
        )
        .route("/staff/admin", get(admin::admin_page).post(admin::admin_submit))
        .route(
            "/staff/invite/{token}",
            get(admin::invite_page).post(admin::invite_submit),
        )
        .route(
            "/staff/alerts/{id}",
            axum::routing::post(staff::alerts::alert_acknowledge),
        )
        .route(
            "/staff/surveys",
            get(staff::surveys::surveys_page).post(staff::surveys::create_submit),
        )
        .route(
            "/staff/surveys/{survey}",
            get(staff::surveys::edit_page).post(staff::surveys::edit_submit),
        )
        .route("/staff/surveys/{survey}/preview", get(staff::surveys::preview_page))
        .route("/staff/surveys/{survey}/results", get(staff::surveys::results_page));
    let young_people = Router::new()
        .route("/{org}", get(pages::home))
        .route("/{org}/say", get(pages::say_page).post(pages::say_submit))
        .route("/{org}/say/easy", get(pages::easy_page))
        .route("/{org}/help", get(pages::help_page).post(pages::help_submit))
        .route("/{org}/reply", get(pages::reply_page).post(pages::reply_submit))
        .route("/{org}/you-said-we-did", get(actions::public_page))
        .route("/{org}/surveys", get(survey_pages::list_page))
        .route(
            "/{org}/surveys/{survey}",
            get(survey_pages::start_page).post(survey_pages::start_submit),
        )
        .route("/{org}/surveys/{survey}/qr.svg", get(survey_pages::qr_svg))
        .route(
            "/{org}/surveys/{survey}/answer/{screen}",
            get(survey_pages::screen_page).post(survey_pages::screen_submit),
        )
        .layer(axum::middleware::from_fn_with_state(state.clone(), language::language));
    let metrics = state.config.metrics_addr.is_some();
    let router = Router::new()
        .route("/healthz", get(api::healthz))
        .route("/sw.js", get(offline::service_worker))
        .route("/page.js", get(offline::page_js))
        .merge(api)
        .merge(staff_pages)
        .merge(young_people)
        .merge(promises::routes(&state))
        .merge(match from_disk {
            Some(root) => Router::new().nest_service("/pkg", ServeDir::new(format!("{root}/pkg"))),
            None => Router::new().route("/pkg/{*path}", get(site::pkg_file)),
        })
        .fallback(pages::fallback)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(state.clone(), same_origin_writes))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            // Only when served over HTTPS (SAYSO_PUBLIC_URL is https://…):
            // a plain-HTTP test or intranet install must not be pinned.
            state
                .config
                .secure_cookies()
                .then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains")),
        ))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(state.config.request_timeout_seconds),
        ))
        // Outside the timeout, body limit and compression, so their answers
        // are marked too.
        .layer(axum::middleware::from_fn(no_store_for_private))
        .layer(
            // Spans name the route, never the full address: reply codes
            // and query strings stay out of the logs.
            TraceLayer::new_for_http().make_span_with(|req: &Request| {
                let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned());
                tracing::info_span!("request", method = %req.method(), route = route.as_deref().unwrap_or("-"))
            }),
        );
    // Outermost, so timeouts and refusals by the layers above are counted too.
    let router = match metrics {
        true => router.layer(axum::middleware::from_fn(metrics::track)),
        false => router,
    };
    router.with_state(state)
}

/// Refuses a write that a browser says came from another site (its
/// `Origin` is not this server, or `Sec-Fetch-Site` says cross-site) when
/// it would act with a staff session: every staff form, and every API write
/// that carries the session cookie and no bearer token (publish, close,
/// sign out, ...). This backs up the CSRF tokens and SameSite cookies, and
/// also covers sign-in.
async fn same_origin_writes(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::Method;
    use axum::response::IntoResponse;
    let write = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let path = request.uri().path();
    let headers = request.headers();
    // A young person's message must never be turned away because a browser
    // or privacy tool sent an odd Origin: their writes act with no session,
    // so there is nothing to forge, even if a staff cookie is in the jar.
    let cookie_api_write = path.starts_with("/api/")
        && !is_public_api_write(path)
        && headers.get(header::AUTHORIZATION).is_none()
        && staff::session_cookie_present(headers);
    let checked = write && (path.starts_with("/staff") || path == "/api/v1/session" || cookie_api_write);
    if checked && !same_origin(&state, headers) {
        return error::ApiError::Forbidden("Requests from other sites are not accepted.".into()).into_response();
    }
    next.run(request).await
}

/// The API writes anyone may make without signing in.
fn is_public_api_write(path: &str) -> bool {
    let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    // /api/v1/orgs/{org}/feedback, …/surveys/{s}/responses, …/responses/{id}
    matches!(
        parts.as_slice(),
        ["", "api", "v1", "orgs", _, "feedback"]
            | ["", "api", "v1", "orgs", _, "surveys", _, "responses"]
            | ["", "api", "v1", "orgs", _, "surveys", _, "responses", _]
    )
}

/// Whether the browser says the request came from this server's own pages.
/// A request with neither `Origin` nor `Sec-Fetch-Site` (not a browser, or
/// a very old one) is let through: cookies alone are not enough to forge
/// it from another site, because SameSite keeps them off cross-site writes.
fn same_origin(state: &AppState, headers: &axum::http::HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site == "cross-site" || site == "same-site" {
            return false;
        }
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let origin = origin.to_str().unwrap_or("");
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    origin.split_once("://").map(|(_, rest)| rest) == Some(host) || state.config.public_url.as_deref() == Some(origin)
}

/// Everything under `/api` and `/staff` (staff JSON, the reply look-up,
/// CSV exports, errors) is marked `Cache-Control: no-store` (stable
/// interface): a shared computer's browser cache or a proxy must never
/// keep a young person's words or a reply.
async fn no_store_for_private(request: Request, next: axum::middleware::Next) -> axum::response::Response {
    let path = request.uri().path();
    let private = is_private_path(path);
    let mut response = next.run(request).await;
    if private {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// `/api`, `/api/…`, `/staff`, `/staff/…` (not `/staffroom`, which is an
/// organisation's address).
fn is_private_path(path: &str) -> bool {
    ["/api", "/staff"].iter().any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

async fn api_not_found() -> error::ApiError {
    error::ApiError::NotFound("There is nothing at this address. See /api/v1/openapi.json.".into())
}
