//! The two hand-written scripts of young people's pages, served from the
//! binary: `/page.js` (the quick exit and keeping a message on the phone
//! while there is no signal) and `/sw.js`, the service worker that lets the
//! help and say-it pages open with no signal after one visit.
//!
//! Why hand-written JavaScript and not an island: a service worker cannot
//! be WebAssembly hydrated by Leptos, and the quick exit must work the
//! moment a page is drawn, before (or without) the WebAssembly bundle has
//! loaded on a slow phone. Both files together are a few kilobytes.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

const PAGE_JS: &str = include_str!("js/page.js");
const SERVICE_WORKER: &str = include_str!("js/sw.js");

fn etag(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// A script, revalidated on every use (`no-cache` with an ETag): a phone
/// asks "has it changed?" and gets `304` with no body when it has not, and
/// a fixed script reaches every phone at once.
fn script(headers: &HeaderMap, body: &'static str, tag: &'static str, worker: bool) -> Response {
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        body.into_response()
    };
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(value) = HeaderValue::from_str(tag) {
        h.insert(header::ETAG, value);
    }
    if worker {
        // The worker looks after every young person's page, which all sit
        // under `/{org}`: its scope is the whole site. Its own policy lets
        // it load page.js and talk to this site only.
        h.insert("service-worker-allowed", HeaderValue::from_static("/"));
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; script-src 'self'; connect-src 'self'"),
        );
    }
    response
}

pub async fn page_js(headers: HeaderMap) -> Response {
    static TAG: OnceLock<String> = OnceLock::new();
    script(&headers, PAGE_JS, TAG.get_or_init(|| etag(PAGE_JS)), false)
}

pub async fn service_worker(headers: HeaderMap) -> Response {
    static TAG: OnceLock<String> = OnceLock::new();
    script(&headers, SERVICE_WORKER, TAG.get_or_init(|| etag(SERVICE_WORKER)), true)
}
