//! Limits and headers: what keeps a public service up and its pages safe.

use sayso_tests::{message, TestApp};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    for path in [
        "/healthz",
        "/api/v1/openapi.json",
        "/demo",
        "/demo/say?age=12-17",
        "/staff",
        "/no-such-page",
        "/api/v1/nothing",
    ] {
        let r = app.get(path).await;
        let h = r.headers();
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        let script = csp
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .unwrap_or("");
        assert!(
            !script.contains("unsafe-inline"),
            "{path}: no inline script beyond the nonce: {csp}"
        );
        assert!(
            h.get("strict-transport-security").is_none(),
            "{path}: no HSTS over plain HTTP"
        );
    }
}

#[tokio::test]
async fn a_service_served_over_https_tells_browsers_to_stay_on_https() {
    let app = TestApp::spawn_with(&[("SAYSO_PUBLIC_URL", "https://sayso.example.gov.uk")]).await;
    for path in ["/demo", "/api/v1/openapi.json"] {
        let r = app.get(path).await;
        let hsts = r.headers()["strict-transport-security"].to_str().unwrap().to_string();
        assert!(hsts.contains("max-age=31536000"), "{path}: {hsts}");
    }
}

#[tokio::test]
async fn oversized_requests_are_refused_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let before = app.count("SELECT COUNT(*) FROM feedback").await;
    // Just over the 128 KiB limit, so the body fits in socket buffers and the
    // early answer can be read rather than racing a broken pipe.
    let mut huge = message();
    huge["text"] = "a".repeat(200_000).into();
    let r = app.post_feedback(&huge).await;
    assert_eq!(r.status(), 413, "a body over the limit");
    let form = app
        .client
        .post(app.url("/demo/say"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("age_band=12-17&kind=idea&text={}", "a".repeat(200_000)))
        .send()
        .await;
    // The server answers 413 and closes the connection without reading the
    // rest; a client still sending may see only the close.
    if let Ok(form) = form {
        assert_eq!(form.status(), 413, "the same for the say-it form");
    }
    assert_eq!(app.get("/healthz").await.status(), 200, "the server is still up");
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback").await, before);
}

#[tokio::test]
async fn a_client_too_slow_to_send_its_request_is_cut_off() {
    let app = TestApp::spawn_with(&[("SAYSO_REQUEST_TIMEOUT_SECONDS", "1")]).await;
    let addr = app.address.trim_start_matches("http://").to_string();
    let mut socket = tokio::net::TcpStream::connect(&addr).await.unwrap();
    socket
        .write_all(
            b"POST /api/v1/orgs/demo/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 200\r\n\r\n{\"kind\":",
        )
        .await
        .unwrap();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), socket.read_to_end(&mut answer)).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(read.is_ok(), "the server does not wait for ever");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert_eq!(
        app.post_feedback(&message()).await.status(),
        201,
        "and still serves everyone else"
    );
}

#[tokio::test]
async fn sign_in_attempts_from_one_address_are_limited() {
    let app = TestApp::spawn().await;
    let mut statuses = Vec::new();
    for n in 0..25 {
        let r = app
            .client
            .post(app.url("/api/v1/session"))
            .json(&serde_json::json!({ "email": format!("guess{n}@demo.sayso.test"), "password": "not the password" }))
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
    }
    assert!(statuses[..20].iter().all(|s| *s == 401), "{statuses:?}");
    assert!(
        statuses[20..].iter().all(|s| *s == 429),
        "then refused for a while: {statuses:?}"
    );
    let form = app
        .post_form(
            "/staff/login",
            &[("email", "guess@demo.sayso.test"), ("password", "not the password")],
        )
        .await;
    assert_eq!(form.status(), 429, "the sign-in form shares the limit");
}
