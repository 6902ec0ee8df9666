use sayso_tests::{message, TestApp};
use serde_json::{json, Value};

/// The rule that is never broken: anonymous means no name, no address, no
/// device detail, and no time finer than the hour, anywhere on disk.
#[tokio::test]
async fn anonymous_feedback_leaves_no_name_address_or_device_on_disk() {
    let app = TestApp::spawn().await;
    let mut m = message();
    m["name"] = json!("Zebedee Quartermaine");
    m["contact_email"] = json!("zebedee.q@example.org");
    m["text"] = json!("Please can we have a later curfew at weekends");
    let r = app
        .client
        .post(app.url("/api/v1/orgs/demo/feedback"))
        .header("User-Agent", "CrackedPhone/9.9 (UniqueDevice-4471)")
        .header("X-Forwarded-For", "203.0.113.77")
        .json(&m)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let code = r.json::<Value>().await.unwrap()["reply_code"]
        .as_str()
        .unwrap()
        .to_string();

    let row = app
        .query_strings(&format!(
            "SELECT name, contact_email, CAST(received_hour AS TEXT) FROM feedback WHERE reply_code = '{code}'"
        ))
        .await;
    assert_eq!(row[0][0], None);
    assert_eq!(row[0][1], None);
    let hour: i64 = row[0][2].as_deref().unwrap().parse().unwrap();
    assert_eq!(hour % 3600, 0, "only the hour is kept");

    if let Some(files) = app.db.sqlite_files() {
        let mut bytes = Vec::new();
        for f in files {
            bytes.extend(std::fs::read(&f).unwrap_or_default());
        }
        let disk = String::from_utf8_lossy(&bytes);
        assert!(disk.contains("later curfew"), "the message itself is on disk");
        for secret in [
            "Zebedee",
            "zebedee.q@example.org",
            "CrackedPhone",
            "UniqueDevice",
            "203.0.113.77",
            "127.0.0.1",
        ] {
            assert!(!disk.contains(secret), "{secret} must not be stored");
        }
    } else {
        // PostgreSQL: search every text column of every table.
        let tables = app
            .query_strings(
                "SELECT table_name::text, column_name::text FROM information_schema.columns \
                 WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')",
            )
            .await;
        for t in tables {
            let (table, column) = (t[0].clone().unwrap(), t[1].clone().unwrap());
            for secret in ["Zebedee", "CrackedPhone", "203.0.113.77", "127.0.0.1"] {
                let n = app
                    .count(&format!(
                        "SELECT COUNT(*) FROM {table} WHERE {column} LIKE '%{secret}%'"
                    ))
                    .await;
                assert_eq!(n, 0, "{secret} found in {table}.{column}");
            }
        }
    }
}

#[tokio::test]
async fn a_named_young_person_keeps_their_name_and_email_consent() {
    let app = TestApp::spawn().await;
    let mut m = message();
    m["anonymous"] = json!(false);
    m["name"] = json!("Aisha");
    m["contact_email"] = json!("aisha@example.org");
    let code = app.post_feedback(&m).await.json::<Value>().await.unwrap()["reply_code"]
        .as_str()
        .unwrap()
        .to_string();
    let row = app
        .query_strings(&format!(
            "SELECT name, contact_email, CASE WHEN email_consent THEN 'yes' ELSE 'no' END FROM feedback WHERE reply_code = '{code}'"
        ))
        .await;
    assert_eq!(
        row[0],
        vec![
            Some("Aisha".into()),
            Some("aisha@example.org".into()),
            Some("yes".into())
        ]
    );
}

#[tokio::test]
async fn pages_send_security_headers_and_are_never_cached() {
    let app = TestApp::spawn().await;
    let r = app.get("/demo/say?age=8-11").await;
    let h = r.headers();
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["cache-control"], "no-store");
    let csp = h["content-security-policy"].to_str().unwrap().to_string();
    assert!(
        csp.contains("frame-ancestors 'none'") && csp.contains("'nonce-"),
        "{csp}"
    );
    let body = r.text().await.unwrap();
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap();
    assert!(
        body.contains(&format!("nonce=\"{nonce}\"")),
        "inline scripts carry this response's nonce"
    );
}

#[tokio::test]
async fn forms_posted_from_another_site_are_refused() {
    let app = TestApp::spawn().await;
    let evil = app
        .client
        .post(app.url("/staff/login"))
        .header("Origin", "https://evil.example")
        .form(&[
            ("email", "officer@demo.sayso.test"),
            ("password", "demo-officer-password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(evil.status(), 403);
    let own_origin = app.address.clone();
    let ours = app
        .client
        .post(app.url("/staff/login"))
        .header("Origin", own_origin)
        .form(&[
            ("email", "officer@demo.sayso.test"),
            ("password", "demo-officer-password"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(ours.status(), 303, "the same site signs in");
    let api = app
        .client
        .post(app.url("/api/v1/orgs/demo/feedback"))
        .json(&message())
        .send()
        .await
        .unwrap();
    assert_eq!(
        api.status(),
        201,
        "requests without an Origin (apps, scripts) are unaffected"
    );
}
