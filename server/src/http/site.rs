//! The site's files (CSS, JavaScript, WebAssembly), served from inside the
//! binary (see `server/build.rs`), so `sayso serve` needs nothing beside it.
//!
//! Each file answers at two names. Its hashed name
//! (`/pkg/sayso.0123456789abcdef.css`), which is what pages link to, never
//! changes meaning, so browsers and proxies keep it for a year without
//! asking again: a phone on prepaid data downloads the bundle once per
//! release. Its plain name (`/pkg/sayso.css`) still works for anything
//! that remembered it (a page left open across an upgrade), cached for
//! five minutes only. The copy sent is brotli or gzip, compressed when the
//! binary was built, whichever the browser accepts.
//!
//! `SAYSO_SITE_ROOT` (or `LEPTOS_SITE_ROOT`, which `cargo leptos watch`
//! sets) serves a folder from disk instead, for development; so does a
//! binary built before the site was.

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::LazyLock;

/// One embedded file: its path under the site root, its hashed name, the
/// bytes, and the copies compressed at build time (when smaller).
pub struct SiteFile {
    pub path: &'static str,
    pub hashed: &'static str,
    pub hash: &'static str,
    pub raw: &'static [u8],
    pub gzip: Option<&'static [u8]>,
    pub brotli: Option<&'static [u8]>,
}

include!(concat!(env!("OUT_DIR"), "/site_files.rs"));

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const SHORT: &str = "public, max-age=300";

/// Every name a file answers to, and whether that name is the hashed one.
static BY_NAME: LazyLock<HashMap<&'static str, (&'static SiteFile, bool)>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for file in FILES {
        map.insert(file.path, (file, false));
        map.insert(file.hashed, (file, true));
    }
    map
});

/// Whether this binary carries the site (it was built after it).
pub fn embedded() -> bool {
    !FILES.is_empty()
}

/// The name pages should use for a file, e.g. `pkg/sayso.css` →
/// `pkg/sayso.0123456789abcdef.css`; `None` when it is not embedded.
pub fn hashed(path: &str) -> Option<&'static str> {
    BY_NAME.get(path).map(|(f, _)| f.hashed)
}

/// The `output_name` for Leptos' hydration script: `sayso.<hash>`, which it
/// turns into `/pkg/sayso.<hash>.js` and `/pkg/sayso.<hash>.wasm`.
pub fn output_name(name: &str) -> Option<String> {
    let js = hashed(&format!("pkg/{name}.js"))?;
    let wasm = hashed(&format!("pkg/{name}.wasm"))?;
    let stem = js.strip_prefix("pkg/")?.strip_suffix(".js")?;
    (wasm == format!("pkg/{stem}.wasm")).then(|| stem.to_string())
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json" | "map") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("txt") => "text/plain; charset=utf-8",
        Some("html") => "text/html; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Whether `Accept-Encoding` allows `coding` (RFC 9110 §12.5.3): an explicit
/// entry decides by its q-value, otherwise `*` does.
fn accepts(headers: &HeaderMap, coding: &str) -> bool {
    let mut wildcard = None;
    for item in headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
    {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q=").map(str::trim))
            .map(|q| q.parse::<f32>().unwrap_or(0.0))
            .unwrap_or(1.0);
        if name.eq_ignore_ascii_case(coding) {
            return q > 0.0;
        }
        if name == "*" {
            wildcard = Some(q > 0.0);
        }
    }
    wildcard.unwrap_or(false)
}

/// The response for a site file at `path` (relative to the site root, e.g.
/// `pkg/sayso.css`), or `None` when no such file is embedded.
pub fn response(path: &str, headers: &HeaderMap) -> Option<Response> {
    let (file, hashed) = BY_NAME.get(path)?;
    let (body, encoding, etag) = match (file.brotli, file.gzip) {
        (Some(br), _) if accepts(headers, "br") => (br, Some("br"), format!("\"{}-br\"", file.hash)),
        (_, Some(gz)) if accepts(headers, "gzip") => (gz, Some("gzip"), format!("\"{}-gz\"", file.hash)),
        _ => (file.raw, None, format!("\"{}\"", file.hash)),
    };
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == etag || t.trim() == "*")
        });
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = Body::from(body).into_response();
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(file.path)));
        if let Some(encoding) = encoding {
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        r
    };
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if *hashed { IMMUTABLE } else { SHORT }),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, etag);
    }
    Some(response)
}

/// `GET /pkg/{*path}` when the site is embedded.
pub async fn pkg_file(axum::extract::Path(path): axum::extract::Path<String>, headers: HeaderMap) -> Response {
    response(&format!("pkg/{path}"), &headers).unwrap_or_else(|| {
        (
            StatusCode::NOT_FOUND,
            [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        )
            .into_response()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(accept).unwrap());
        h
    }

    #[test]
    fn accept_encoding_is_read_with_its_q_values() {
        assert!(accepts(&with("gzip, deflate, br, zstd"), "br"));
        assert!(accepts(&with("gzip, deflate, br, zstd"), "gzip"));
        assert!(!accepts(&with("gzip"), "br"));
        assert!(!accepts(&with("br;q=0, gzip"), "br"));
        assert!(accepts(&with("*"), "br"));
        assert!(!accepts(&with("*, br;q=0"), "br"));
        assert!(accepts(&with("identity;q=1, gzip;q=0.5"), "gzip"));
        assert!(!accepts(&HeaderMap::new(), "gzip"));
    }

    #[test]
    fn scripts_and_styles_get_types_browsers_will_run() {
        assert_eq!(content_type("pkg/sayso.0011.wasm"), "application/wasm");
        assert_eq!(content_type("pkg/sayso.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("pkg/sayso.css"), "text/css; charset=utf-8");
    }

    #[test]
    fn every_embedded_file_has_a_distinct_hashed_name() {
        for file in FILES {
            assert_ne!(file.path, file.hashed);
            assert!(file.hashed.contains(file.hash));
            assert_eq!(hashed(file.path), Some(file.hashed));
        }
        if embedded() {
            let stem = output_name("sayso").expect("the script and the wasm share one hashed stem");
            assert!(stem.starts_with("sayso."));
        }
    }
}
