//! Running Sayso as a council's IT team would: one file to copy, metrics on
//! a private address, logs a machine can read.

use reqwest::header;
use sayso_tests::*;
use serde_json::Value;
use std::io::Read;

/// The `/pkg/…` addresses a page links to (stylesheet, script, wasm).
fn pkg_links(html: &str) -> Vec<String> {
    let mut links: Vec<String> = html
        .match_indices("\"/pkg/")
        .map(|(at, _)| html[at + 1..].split('"').next().unwrap().to_string())
        .collect();
    links.sort();
    links.dedup();
    links
}

fn is_hashed(link: &str) -> bool {
    // /pkg/sayso.0123456789abcdef.css
    let name = link.trim_start_matches("/pkg/");
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() == 3 && parts[1].len() == 16 && parts[1].chars().all(|c| c.is_ascii_hexdigit())
}

async fn fetch(app: &TestApp, path: &str, accept: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .header(header::ACCEPT_ENCODING, accept)
        .send()
        .await
        .unwrap()
}

fn header_of(r: &reqwest::Response, name: &str) -> String {
    r.headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

#[tokio::test]
async fn the_binary_alone_serves_the_site_from_an_empty_folder() {
    // A copy of the binary in a folder with nothing else: no target/site.
    let folder = TempDir::new();
    let bin = folder.path.join("sayso");
    std::fs::copy(binary(), &bin).expect("copy the binary");
    let app = TestApp::start_from(TestDb::new().await, &[], &bin, &folder.path).await;

    let page = app.get("/demo/say").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    let links = pkg_links(&html);
    assert_eq!(
        links.len(),
        3,
        "the page links a stylesheet, a script and its wasm: {links:?}\n\
         (a binary built before the site has none inside: build with scripts/build)"
    );
    assert!(links.iter().all(|l| is_hashed(l)), "pages link hashed names: {links:?}");
    for (ext, content_type) in [
        ("css", "text/css; charset=utf-8"),
        ("js", "text/javascript; charset=utf-8"),
        ("wasm", "application/wasm"),
    ] {
        let link = links.iter().find(|l| l.ends_with(&format!(".{ext}"))).unwrap();
        let plain = fetch(&app, link, "identity").await;
        assert_eq!(plain.status(), 200, "{link}");
        assert_eq!(header_of(&plain, "content-type"), content_type, "{link}");
        assert_eq!(header_of(&plain, "content-encoding"), "", "{link}: identity asked for");
        assert_eq!(
            header_of(&plain, "cache-control"),
            "public, max-age=31536000, immutable",
            "{link}: a hashed name is cached for ever"
        );
        assert!(header_of(&plain, "vary").contains("Accept-Encoding"));
        let etag = header_of(&plain, "etag");
        let original = plain.bytes().await.unwrap().to_vec();
        match ext {
            "wasm" => assert_eq!(&original[..4], b"\0asm", "a real WebAssembly module"),
            "js" => assert!(String::from_utf8_lossy(&original).contains("export")),
            _ => assert!(String::from_utf8_lossy(&original).contains("body")),
        }

        // Compressed when the binary was built, chosen by Accept-Encoding.
        let gz = fetch(&app, link, "gzip").await;
        assert_eq!(header_of(&gz, "content-encoding"), "gzip", "{link}");
        let packed = gz.bytes().await.unwrap();
        assert!(packed.len() < original.len(), "{link}: the gzip copy is smaller");
        let mut unpacked = Vec::new();
        flate2::read::GzDecoder::new(&packed[..])
            .read_to_end(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, original, "{link}: the gzip copy is the same file");
        let br = fetch(&app, link, "gzip, deflate, br, zstd").await;
        assert_eq!(
            header_of(&br, "content-encoding"),
            "br",
            "{link}: brotli when the browser takes it"
        );
        let br_len = br.bytes().await.unwrap().len();
        assert!(
            br_len < packed.len(),
            "{link}: brotli is smaller still ({br_len} vs {})",
            packed.len()
        );

        // A browser that has it asks again only after an upgrade, and gets 304.
        let again = app
            .client
            .get(app.url(link))
            .header(header::ACCEPT_ENCODING, "identity")
            .header(header::IF_NONE_MATCH, &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{link}");

        // The old plain name still works, cached briefly.
        let old = format!("/pkg/sayso.{ext}");
        let r = fetch(&app, &old, "identity").await;
        assert_eq!(r.status(), 200, "{old}");
        assert_eq!(header_of(&r, "cache-control"), "public, max-age=300", "{old}");
        assert_eq!(r.bytes().await.unwrap().to_vec(), original, "{old}");
    }
    for missing in ["/pkg/nothing.js", "/pkg/../Cargo.toml", "/pkg/sayso.d.ts"] {
        assert_eq!(fetch(&app, missing, "gzip").await.status(), 404, "{missing}");
    }
    // Nothing was read from beside the binary: the folder holds the binary
    // and what Sayso writes (its outbox folder), nothing else.
    let mut beside: Vec<String> = std::fs::read_dir(&folder.path)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    beside.sort();
    assert!(
        beside.iter().all(|n| n == "sayso" || n == "data"),
        "only the binary and its data folder: {beside:?}"
    );
}

/// The value of the first sample of `metric` whose labels include all of
/// `labels` (`name="value"` pairs), from Prometheus text.
fn sample(text: &str, metric: &str, labels: &[&str]) -> Option<f64> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter(|l| l.starts_with(&format!("{metric}{{")) || l.starts_with(&format!("{metric} ")))
        .find(|l| labels.iter().all(|want| l.contains(want)))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[tokio::test]
async fn metrics_are_on_their_own_address_and_count_what_happened() {
    let port = free_port();
    let metrics_addr = format!("127.0.0.1:{port}");
    let app = TestApp::spawn_with(&[("SAYSO_METRICS_ADDR", &metrics_addr)]).await;
    let scrape = || async {
        let r = reqwest::get(format!("http://{metrics_addr}/metrics")).await.unwrap();
        assert_eq!(r.status(), 200);
        assert!(header_of(&r, "content-type").starts_with("text/plain; version=0.0.4"));
        r.text().await.unwrap()
    };

    // Some traffic: two messages (one urgent), a reply check, a bad message, a page.
    let ok: Value = app.post_feedback(&message()).await.json().await.unwrap();
    let code = ok["reply_code"].as_str().unwrap().to_string();
    let mut urgent = message();
    urgent["unsafe"] = Value::Bool(true);
    assert_eq!(app.post_feedback(&urgent).await.status(), 201);
    let mut bad = message();
    bad["mood"] = Value::from(9);
    assert_eq!(app.post_feedback(&bad).await.status(), 422);
    assert_eq!(
        app.get(&format!("/api/v1/orgs/demo/replies/{code}")).await.status(),
        200
    );
    assert_eq!(app.get("/demo/say").await.status(), 200);

    let text = scrape().await;
    let feedback = r#"route="/api/v1/orgs/{org}/feedback""#;
    assert_eq!(
        sample(
            &text,
            "sayso_http_requests_total",
            &[feedback, r#"method="POST""#, r#"status="201""#]
        ),
        Some(2.0),
        "{text}"
    );
    assert_eq!(
        sample(&text, "sayso_http_requests_total", &[feedback, r#"status="422""#]),
        Some(1.0)
    );
    assert_eq!(
        sample(
            &text,
            "sayso_http_request_duration_seconds_count",
            &[feedback, r#"status="201""#]
        ),
        Some(2.0),
        "latency is a histogram per route and status"
    );
    assert!(text.contains("sayso_http_request_duration_seconds_bucket{"));
    assert!(text.contains(r#"route="/api/v1/orgs/{org}/replies/{reply_code}""#));
    assert!(text.contains(r#"route="/{org}/say""#));
    // Route patterns only: no reply code, no organisation, no address.
    assert!(!text.contains(&code), "a reply code must never reach the metrics");
    assert!(!text.contains("demo"), "no organisation is named in the metrics");

    let stored = app.count("SELECT COUNT(*) FROM feedback").await as f64;
    assert_eq!(sample(&text, "sayso_messages_stored", &[]), Some(stored));
    assert_eq!(sample(&text, "sayso_messages_received_total", &[]), Some(2.0));
    let waiting = app
        .count("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL")
        .await as f64;
    assert!(waiting >= 1.0);
    assert_eq!(sample(&text, "sayso_alerts_waiting", &[]), Some(waiting));
    assert!(sample(&text, "sayso_alert_oldest_waiting_seconds", &[]).is_some_and(|s| s >= 0.0));
    let unsent = app.count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await as f64;
    assert_eq!(sample(&text, "sayso_outbox_depth", &[]), Some(unsent));
    assert!(sample(&text, "sayso_outbox_failing", &[]).is_some());
    assert!(sample(&text, "sayso_db_pool_connections", &[]).is_some_and(|n| n >= 1.0));
    assert!(sample(&text, "sayso_db_pool_idle_connections", &[]).is_some());
    assert!(sample(&text, "sayso_db_pool_max_connections", &[]).is_some_and(|n| n >= 1.0));
    assert_eq!(sample(&text, "sayso_database_up", &[]), Some(1.0));

    // The oldest alert's age grows while nobody acknowledges it.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let later = scrape().await;
    assert!(
        sample(&later, "sayso_alert_oldest_waiting_seconds", &[]).unwrap() >= 1.0,
        "{later}"
    );

    // Not on the public address, by any spelling; nothing else on the private one.
    for path in ["/metrics", "/metrics/", "/api/v1/metrics"] {
        let r = app.get(path).await;
        assert_eq!(r.status(), 404, "{path}");
        assert!(!r.text().await.unwrap().contains("sayso_http_requests_total"), "{path}");
    }
    let other = reqwest::get(format!("http://{metrics_addr}/demo/say")).await.unwrap();
    assert_eq!(other.status(), 404);
}

#[tokio::test]
async fn logs_are_json_when_asked_and_never_name_a_reply_code() {
    let app = TestApp::spawn_with(&[("SAYSO_LOG_FORMAT", "json"), ("RUST_LOG", "info,tower_http=debug")]).await;
    let sent: Value = app.post_feedback(&message()).await.json().await.unwrap();
    let code = sent["reply_code"].as_str().unwrap().to_string();
    assert_eq!(
        app.get(&format!("/api/v1/orgs/demo/replies/{code}")).await.status(),
        200
    );
    let route = "/api/v1/orgs/{org}/replies/{reply_code}";
    let mut logs = Vec::new();
    for _ in 0..50 {
        logs = app.logs();
        if logs.iter().any(|l| l.contains(route)) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(logs.len() >= 3, "{logs:?}");
    for line in &logs {
        let entry: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(entry["timestamp"].is_string() && entry["level"].is_string(), "{line}");
        assert!(!line.contains(&code), "a reply code reached the log: {line}");
    }
    let request = logs
        .iter()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|e| e["span"]["route"] == route)
        .expect("a request is logged with its route pattern");
    assert_eq!(request["span"]["method"], "GET");
    // Metrics are off unless an address is given.
    assert!(!logs.iter().any(|l| l.contains("/metrics")), "{logs:?}");
}
