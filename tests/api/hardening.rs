//! Issue 12: hardened against abuse and leaks. Each test here failed
//! before its fix.

use sayso_tests::{message, sign_in, TestApp, OFFICER};

fn no_store(r: &reqwest::Response) -> bool {
    r.headers()
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store"))
}

#[tokio::test]
async fn nothing_under_api_or_staff_may_be_kept_by_a_cache() {
    let app = TestApp::spawn().await;
    let sent: serde_json::Value = app.post_feedback(&message()).await.json().await.unwrap();
    let code = sent["reply_code"].as_str().unwrap();
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let mut checked = Vec::new();
    for path in [
        "/api/v1/openapi.json".to_string(),
        format!("/api/v1/orgs/demo/replies/{code}"),
        "/api/v1/orgs/demo/replies/no-such-code".to_string(),
        "/api/v1/orgs/demo/feedback".to_string(),
        "/api/v1/orgs/demo/reports/board?format=csv".to_string(),
        "/api/v1/orgs/demo/reports/board?from=nonsense".to_string(),
        "/api/v1/nothing-here".to_string(),
        "/staff".to_string(),
        "/staff/queue".to_string(),
        "/staff/no-such-page".to_string(),
    ] {
        let r = officer.get(app.url(&path)).send().await.unwrap();
        assert!(no_store(&r), "{path} ({}) says no-store", r.status());
        checked.push(r.status().as_u16());
    }
    assert!(
        checked.contains(&404) && checked.contains(&200) && checked.contains(&422),
        "{checked:?}"
    );
    let anonymous = app.get("/api/v1/orgs/demo/feedback").await;
    assert_eq!(anonymous.status(), 401);
    assert!(no_store(&anonymous), "a refusal too");
    let created = app.post_feedback(&message()).await;
    assert!(no_store(&created), "the 201 with the reply code");
    let refused = app
        .client
        .post(app.url("/api/v1/orgs/demo/feedback"))
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert!(no_store(&refused), "a bad body");
    let form = app
        .post_form("/staff/login", &[("email", "x@y.z"), ("password", "no")])
        .await;
    assert!(no_store(&form), "the sign-in form's answer");
}

async fn lookup_from(app: &TestApp, forwarded_for: &str, code: &str) -> u16 {
    app.client
        .get(app.url(&format!("/api/v1/orgs/demo/replies/{code}")))
        .header("x-forwarded-for", forwarded_for)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_young_person_has_their_own_limit() {
    let app = TestApp::spawn_with(&[
        ("SAYSO_TRUSTED_PROXIES", "10.9.9.9, 127.0.0.0/8, ::1"),
        ("SAYSO_REPLY_LOOKUPS_PER_MINUTE", "3"),
    ])
    .await;
    // A client's own "X-Forwarded-For: 1.1.1.1" is at the left; the proxy
    // appended who really connected.
    let spent: Vec<u16> = futures_statuses(&app, "1.1.1.1, 203.0.113.7", 4).await;
    assert_eq!(spent, [404, 404, 404, 429], "one address's limit");
    assert_eq!(
        lookup_from(&app, "203.0.113.8", "no-such-code").await,
        404,
        "another young person behind the same proxy is not blocked"
    );
    assert_eq!(
        lookup_from(&app, "6.6.6.6, 203.0.113.7", "no-such-code").await,
        429,
        "writing another address at the left changes nothing"
    );
    // IPv6: one /64 is one young person's line.
    let v6: Vec<u16> = futures_statuses(&app, "2001:db8:1:2::1", 3).await;
    assert_eq!(v6, [404, 404, 404]);
    assert_eq!(
        lookup_from(&app, "2001:db8:1:2:ffff::9", "no-such-code").await,
        429,
        "same /64"
    );
    assert_eq!(
        lookup_from(&app, "2001:db8:1:3::1", "no-such-code").await,
        404,
        "another /64"
    );
}

async fn futures_statuses(app: &TestApp, forwarded_for: &str, n: usize) -> Vec<u16> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(lookup_from(app, forwarded_for, "no-such-code").await);
    }
    out
}

#[tokio::test]
async fn forwarded_for_from_an_untrusted_peer_is_ignored() {
    let app = TestApp::spawn_with(&[("SAYSO_REPLY_LOOKUPS_PER_MINUTE", "3")]).await;
    let mut statuses = Vec::new();
    for n in 0..4 {
        statuses.push(lookup_from(&app, &format!("203.0.113.{n}"), "no-such-code").await);
    }
    assert_eq!(statuses, [404, 404, 404, 429], "rotating the header buys nothing");
}

#[tokio::test]
async fn rate_limits_are_shared_by_every_instance() {
    let env = [("SAYSO_REPLY_LOOKUPS_PER_MINUTE", "4")];
    let first = TestApp::spawn_with(&env).await;
    let second = first.another_instance(&env).await;
    let mut statuses = Vec::new();
    for n in 0..6 {
        let app = if n % 2 == 0 { &first } else { &second };
        statuses.push(
            app.get("/api/v1/orgs/demo/replies/no-such-code")
                .await
                .status()
                .as_u16(),
        );
    }
    assert_eq!(statuses, [404, 404, 404, 404, 429, 429], "one limit across both");
}

#[tokio::test]
async fn an_organisation_takes_only_so_many_failed_code_checks_from_everyone() {
    let app = TestApp::spawn_with(&[
        ("SAYSO_TRUSTED_PROXIES", "127.0.0.1"),
        ("SAYSO_REPLY_FAILURES_PER_ORG_PER_HOUR", "5"),
    ])
    .await;
    let sent: serde_json::Value = app.post_feedback(&message()).await.json().await.unwrap();
    let code = sent["reply_code"].as_str().unwrap().to_string();
    assert_eq!(
        lookup_from(&app, "198.51.100.200", &code).await,
        200,
        "a right code is not a failure"
    );
    let mut statuses = Vec::new();
    for n in 0..7 {
        // Every guess from a different address.
        statuses.push(lookup_from(&app, &format!("198.51.100.{n}"), "apple-river-tiger").await);
    }
    assert_eq!(statuses, [404, 404, 404, 404, 404, 429, 429], "{statuses:?}");
    let page = app
        .client
        .post(app.url("/demo/reply"))
        .header("x-forwarded-for", "198.51.100.99")
        .form(&[("code", "apple-river-lemon")])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 429, "the page shares the budget");
}

async fn send_keyed(app: &TestApp, key: &str, body: &serde_json::Value) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/orgs/demo/feedback"))
        .header("Idempotency-Key", key)
        .json(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_idempotency_key_alone_never_hands_back_someone_elses_reply_code() {
    let app = TestApp::spawn().await;
    let mut theirs = message();
    theirs["text"] = "Someone else's private words".into();
    let first = send_keyed(&app, "shared-key-1", &theirs).await;
    assert_eq!(first.status(), 201);
    let code: serde_json::Value = first.json().await.unwrap();
    let code = code["reply_code"].as_str().unwrap().to_string();
    // The same key with the same message is a retry: the same code.
    let retry: serde_json::Value = send_keyed(&app, "shared-key-1", &theirs).await.json().await.unwrap();
    assert_eq!(retry["reply_code"], code.as_str());
    // The same key with any other body is refused and reveals nothing.
    let before = app.count("SELECT COUNT(*) FROM feedback").await;
    let guess = send_keyed(&app, "shared-key-1", &message()).await;
    assert_eq!(guess.status(), 422);
    let body = guess.text().await.unwrap();
    assert!(!body.contains(&code), "{body}");
    assert!(body.contains("Idempotency-Key"), "{body}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback").await,
        before,
        "nothing stored"
    );
    // Only a hash of the key is kept.
    let raw = app
        .count("SELECT COUNT(*) FROM feedback WHERE idempotency_key LIKE '%shared-key%'")
        .await;
    assert_eq!(raw, 0, "the client's raw key is not stored");
    let hashed = app
        .count("SELECT COUNT(*) FROM feedback WHERE idempotency_key IS NOT NULL AND LENGTH(idempotency_key) = 64")
        .await;
    assert!(hashed >= 1);
}

#[tokio::test]
async fn an_idempotency_key_expires_after_a_day() {
    let app = TestApp::spawn().await;
    let mut m = message();
    m["text"] = "Expiring words".into();
    let first: serde_json::Value = send_keyed(&app, "old-key", &m).await.json().await.unwrap();
    // The message was received two days ago.
    app.execute("UPDATE feedback SET received_hour = received_hour - 172800 WHERE body = 'Expiring words'")
        .await;
    let again = send_keyed(&app, "old-key", &m).await;
    assert_eq!(again.status(), 201);
    let again: serde_json::Value = again.json().await.unwrap();
    assert_ne!(again["reply_code"], first["reply_code"], "an old key leads to nothing");
    let kept = app
        .count("SELECT COUNT(*) FROM feedback WHERE idempotency_key IS NOT NULL AND body = 'Expiring words'")
        .await;
    assert_eq!(kept, 1, "the old message forgot its key; only the new one has it");
}

#[tokio::test]
async fn a_form_sent_again_with_other_words_is_a_new_message() {
    let app = TestApp::spawn().await;
    let send = |text: &'static str| {
        let fields = [
            ("age_band", "12-17"),
            ("kind", "idea"),
            ("text", text),
            ("anonymous", "yes"),
            ("idempotency_key", "form-key-1"),
        ];
        app.client.post(app.url("/demo/say")).form(&fields).send()
    };
    assert_eq!(send("First words").await.unwrap().status(), 200);
    assert_eq!(send("First words").await.unwrap().status(), 200);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE body = 'First words'")
            .await,
        1
    );
    assert_eq!(send("Changed words").await.unwrap().status(), 200);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE body = 'Changed words'")
            .await,
        1
    );
}

async fn put_answers(app: &TestApp, id: &str, answers: serde_json::Value) -> u16 {
    app.client
        .put(app.url(&format!("/api/v1/orgs/demo/surveys/wellbeing/responses/{id}")))
        .json(&serde_json::json!({ "answers": answers }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_put_cannot_refill_an_anonymised_survey_answer() {
    let app = TestApp::spawn().await;
    let r = app
        .client
        .post(app.url("/api/v1/orgs/demo/surveys/wellbeing/responses"))
        .json(&serde_json::json!({"age_band": "12-17", "answers": {"anything-else": "My own words about home"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let id = r.json::<serde_json::Value>().await.unwrap()["response_id"]
        .as_str()
        .unwrap()
        .to_string();
    // The team erases the words (as retention or erasure does).
    app.execute("UPDATE feedback SET body = '', anonymised_at = 1 WHERE kind = 'survey'")
        .await;
    let status = put_answers(&app, &id, serde_json::json!({"anything-else": "Words put back"})).await;
    assert_eq!(status, 409, "the removed answer cannot be refilled");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE body LIKE '%put back%' OR body LIKE '%about home%'")
            .await,
        0
    );
    // Other answers of the response can still be given.
    assert_eq!(put_answers(&app, &id, serde_json::json!({"people-home": 4})).await, 200);
}

/// Fills the demo's well-being survey with `responses` responses of five
/// answers each, straight in the database.
async fn fill_survey(app: &TestApp, responses: i64) {
    let survey = app
        .count("SELECT id FROM surveys WHERE slug = 'wellbeing' AND org_id = (SELECT id FROM orgs WHERE slug = 'demo')")
        .await;
    let series = if sayso_tests::using_postgres() {
        format!("SELECT g AS n FROM generate_series(1, {responses}) g")
    } else {
        format!("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {responses}) SELECT n FROM s")
    };
    app.execute(&format!(
        "INSERT INTO survey_responses (survey_id, public_id, age_band, care_status, started_hour) \
         SELECT {survey}, 'filled-' || CAST(n AS TEXT), '12-17', 'in_care', 0 FROM ({series}) t"
    ))
    .await;
    for q in ["people-home", "listened-to", "hard-times", "feel-safe", "future"] {
        app.execute(&format!(
            "INSERT INTO survey_answers (response_id, question_id, value) \
             SELECT id, '{q}', '3' FROM survey_responses WHERE public_id LIKE 'filled-%'"
        ))
        .await;
    }
}

#[tokio::test]
async fn a_survey_screen_costs_the_same_however_many_have_answered() {
    let app = TestApp::spawn().await;
    fill_survey(&app, 40_000).await;
    assert!(app.count("SELECT COUNT(*) FROM survey_answers").await >= 200_000);
    let young = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = young
        .post(app.url("/demo/surveys/wellbeing"))
        .form(&[("age_band", "12-17"), ("care_status", "in_care")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let mut times = Vec::new();
    for _ in 0..20 {
        let started = std::time::Instant::now();
        let r = young
            .get(app.url("/demo/surveys/wellbeing/answer/1"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r.text().await.unwrap();
        times.push(started.elapsed());
    }
    times.sort();
    let slowest = *times.last().unwrap();
    println!(
        "survey screen with 200,000 answers stored: median {:?}, slowest {:?}",
        times[10], slowest
    );
    // A debug build reading every answer took seconds for every screen; the
    // median is checked, as one outlier on a loaded shared machine says
    // nothing (scripts/bench-survey measures the release build's p99).
    assert!(times[10] < std::time::Duration::from_millis(250), "{times:?}");
}

/// Opens a connection and sends only part of a request's headers.
async fn half_sent(addr: &str) -> tokio::net::TcpStream {
    use tokio::io::AsyncWriteExt;
    let mut socket = tokio::net::TcpStream::connect(addr).await.unwrap();
    let _ = socket.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ").await;
    socket
}

/// Whether the server has closed `socket` (reads end or fail) within `wait`.
async fn closed_within(socket: &mut tokio::net::TcpStream, wait: std::time::Duration) -> bool {
    use tokio::io::AsyncReadExt;
    let mut buf = [0u8; 1024];
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline, socket.read(&mut buf)).await {
            Err(_) => return false,
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            // An error answer (408) before the close is fine.
            Ok(Ok(_)) => continue,
        }
    }
}

#[tokio::test]
async fn half_sent_requests_are_cut_off_and_cannot_fill_the_server() {
    let app = TestApp::spawn_with(&[("SAYSO_HEADER_TIMEOUT_SECONDS", "2"), ("SAYSO_MAX_CONNECTIONS", "20")]).await;
    let addr = app.address.trim_start_matches("http://").to_string();
    // Far more slow clients than the server takes at once.
    let mut slow = Vec::new();
    for _ in 0..60 {
        slow.push(half_sent(&addr).await);
    }
    // Everyone else is still served, within a few header timeouts.
    let started = std::time::Instant::now();
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(15))
        .build()
        .unwrap();
    let r = client
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("served despite slow clients");
    assert_eq!(r.status(), 200);
    println!("served after {:?} behind 60 half-sent requests", started.elapsed());
    // Every half-sent request is dropped, not held.
    let mut still_open = 0;
    for socket in slow.iter_mut() {
        if !closed_within(socket, std::time::Duration::from_secs(10)).await {
            still_open += 1;
        }
    }
    assert_eq!(still_open, 0, "half-sent requests are closed after the header timeout");
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn_with(&[("SAYSO_HEADER_TIMEOUT_SECONDS", "1")]).await;
    let addr = app.address.trim_start_matches("http://").to_string();
    let mut socket = tokio::net::TcpStream::connect(&addr).await.unwrap();
    socket
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 4096];
    let n = socket.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    // Then nothing: the connection is not kept for ever.
    assert!(closed_within(&mut socket, std::time::Duration::from_secs(5)).await);
}

#[test]
fn a_header_timeout_over_ten_seconds_is_refused() {
    let db = sayso_tests::TestDb::detached();
    let (ok, _, err) = sayso_tests::run_cli(
        &db,
        &["serve"],
        &[
            ("SAYSO_HEADER_TIMEOUT_SECONDS", "60"),
            ("DATABASE_URL", "postgres://127.0.0.1:1/none"),
        ],
    );
    assert!(!ok);
    assert!(err.contains("SAYSO_HEADER_TIMEOUT_SECONDS"), "{err}");
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn erasure_takes_the_emails_and_leaves_no_copy_in_the_database_files() {
    let dir = sayso_tests::TempDir::new();
    let outbox = dir.path.join("outbox");
    let app = TestApp::spawn_with(&[("SAYSO_OUTBOX_DIR", outbox.to_str().unwrap())]).await;
    let words = "Quokka-marmalade sandwiches at the film night please";
    let body = serde_json::json!({
        "kind": "worry", "text": words, "age_band": "16-25", "care_status": "care_leaver",
        "anonymous": false, "name": "Robin Quill", "contact_email": "robin.quill@example.com"
    });
    let sent: serde_json::Value = app.post_feedback(&body).await.json().await.unwrap();
    let code = sent["reply_code"].as_str().unwrap().to_string();
    // The team replies; the reply is emailed (written as an .eml file).
    let (officer, csrf) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let id = app
        .count(&format!("SELECT id FROM feedback WHERE reply_code = '{code}'"))
        .await;
    let r = officer
        .post(app.url(&format!("/staff/feedback/{id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "reply"),
            ("body", "Reply about marmalade"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    for _ in 0..50 {
        if !files_under(&outbox).is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(files_under(&outbox).len(), 1, "the reply was emailed");
    // An admin erases by the reply code, typed the way people type it.
    sayso_tests::add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let (admin, admin_csrf) = sign_in(&app, "admin@demo.sayso.test", sayso_tests::TEST_PASSWORD).await;
    let typed = code.replace('-', " ").to_uppercase();
    let r = admin
        .post(app.url("/staff/admin"))
        .form(&[
            ("csrf", admin_csrf.as_str()),
            ("action", "person_erase"),
            ("who", typed.as_str()),
            ("confirm", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.text().await.unwrap().contains("Erased one message"),
        "the code was found as typed"
    );
    assert_eq!(files_under(&outbox).len(), 0, "the .eml copy went with the message");
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 0, "and its outbox row");
    if let Some(files) = app.db.sqlite_files() {
        for file in files {
            let bytes = std::fs::read(&file).unwrap_or_default();
            let found = bytes.windows(words.len()).any(|w| w == words.as_bytes());
            assert!(!found, "the erased words are still in {}", file.display());
        }
    }
}

#[tokio::test]
async fn an_email_that_cannot_be_sent_is_not_retried_for_ever() {
    let port = sayso_tests::free_port();
    let app = TestApp::spawn_with(&[("SMTP_URL", &format!("smtp://127.0.0.1:{port}"))]).await;
    app.execute(
        "INSERT INTO outbox (org_id, to_addr, subject, body_text, created_at, next_attempt_at, attempts) \
         VALUES (NULL, 'someone@example.com', 'Tried enough', 'x', 0, 0, 20)",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(
        app.count("SELECT attempts FROM outbox WHERE subject = 'Tried enough'")
            .await,
        20,
        "not tried again"
    );
    let logs = app.logs().join("\n");
    assert!(!logs.contains("someone@example.com"), "no address in the log");
}

#[tokio::test]
async fn smtp_errors_do_not_put_addresses_in_the_log_or_the_outbox() {
    let port = sayso_tests::free_port();
    let app = TestApp::spawn_with(&[("SMTP_URL", &format!("smtp://127.0.0.1:{port}"))]).await;
    app.execute(
        "INSERT INTO outbox (org_id, to_addr, subject, body_text, created_at, next_attempt_at) \
         VALUES (NULL, 'not an address@@example.com', 'Bad', 'x', 0, 0)",
    )
    .await;
    for _ in 0..50 {
        if app.count("SELECT attempts FROM outbox WHERE subject = 'Bad'").await > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let kept = app
        .query_strings("SELECT last_error FROM outbox WHERE subject = 'Bad'")
        .await;
    let kept = kept[0][0].clone().unwrap_or_default();
    assert!(!kept.contains("example.com"), "{kept}");
    assert!(!app.logs().join("\n").contains("example.com"));
}

async fn api_sign_in_from(app: &TestApp, from: &str, email: &str, password: &str) -> u16 {
    app.client
        .post(app.url("/api/v1/session"))
        .header("x-forwarded-for", from)
        .json(&serde_json::json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn nobody_can_keep_a_staff_member_locked_out() {
    let app = TestApp::spawn_with(&[("SAYSO_TRUSTED_PROXIES", "127.0.0.1")]).await;
    let attacker = "203.0.113.66";
    let mut statuses = Vec::new();
    for _ in 0..7 {
        statuses.push(api_sign_in_from(&app, attacker, OFFICER.0, "guess").await);
    }
    assert_eq!(statuses[..4], [401, 401, 401, 401], "{statuses:?}");
    assert!(
        statuses[4..].iter().all(|s| *s == 429),
        "the guesser is slowed: {statuses:?}"
    );
    // An unknown email is answered exactly the same way.
    let mut unknown = Vec::new();
    for _ in 0..7 {
        unknown.push(api_sign_in_from(&app, attacker, "nobody@demo.sayso.test", "guess").await);
    }
    assert_eq!(unknown, statuses, "an unknown email looks the same");
    // The officer, from their own address, signs in at once.
    assert_eq!(api_sign_in_from(&app, "198.51.100.10", OFFICER.0, OFFICER.1).await, 200);
    // An admin lets the officer in again from the throttled address too.
    assert_eq!(api_sign_in_from(&app, attacker, OFFICER.0, OFFICER.1).await, 429);
    sayso_tests::add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let (admin, csrf) = sign_in(&app, "admin@demo.sayso.test", sayso_tests::TEST_PASSWORD).await;
    let officer_id = app
        .count("SELECT id FROM users WHERE email = 'officer@demo.sayso.test'")
        .await;
    let r = admin
        .post(app.url("/staff/admin"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "unlock"),
            ("user_id", &officer_id.to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        api_sign_in_from(&app, attacker, OFFICER.0, OFFICER.1).await,
        200,
        "unlocked"
    );
    let audited = app
        .count("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.unlock'")
        .await;
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn a_cookie_authenticated_api_write_from_another_site_is_refused() {
    let app = TestApp::spawn().await;
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    for path in [
        "/api/v1/orgs/demo/surveys/wellbeing/close",
        "/api/v1/orgs/demo/surveys/wellbeing/publish",
    ] {
        let r = officer
            .post(app.url(path))
            .header("origin", "https://evil.example")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{path}");
        let r = officer
            .post(app.url(path))
            .header("sec-fetch-site", "cross-site")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{path}");
    }
    let status: Vec<Vec<Option<String>>> = app
        .query_strings("SELECT status FROM surveys WHERE slug = 'wellbeing'")
        .await;
    assert!(
        status.iter().all(|s| s[0].as_deref() == Some("open")),
        "nothing closed: {status:?}"
    );
    let logout = officer
        .delete(app.url("/api/v1/session"))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), 403, "signing out too");
    // The same write from the service's own pages works.
    let own = officer
        .post(app.url("/api/v1/orgs/demo/surveys/wellbeing/close"))
        .header("origin", app.address.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), 200);
    // A young person's message is never turned away, cookie or not.
    let child = officer
        .post(app.url("/api/v1/orgs/demo/feedback"))
        .header("origin", "https://partner.example")
        .json(&message())
        .send()
        .await
        .unwrap();
    assert_eq!(child.status(), 201);
}

#[tokio::test]
async fn one_organisation_cannot_see_anothers_themes_through_the_actions_page() {
    let app = TestApp::spawn().await;
    let mut m = message();
    m["themes"] = serde_json::json!(["money"]);
    let sent: serde_json::Value = app.post_feedback(&m).await.json().await.unwrap();
    let code = sent["reply_code"].as_str().unwrap();
    let id = app
        .count(&format!("SELECT id FROM feedback WHERE reply_code = '{code}'"))
        .await;
    let (ok, _, err) = sayso_tests::run_cli(&app.db, &["org", "add", "westvale", "--name", "Westvale"], &[]);
    assert!(ok, "{err}");
    sayso_tests::add_user(&app, "westvale", "officer@westvale.test", "officer");
    let (other, _) = sign_in(&app, "officer@westvale.test", sayso_tests::TEST_PASSWORD).await;
    let page = other
        .get(app.url(&format!("/staff/actions?items={id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !page.contains("value=\"money\" checked") && !page.contains("value=\"money\" selected"),
        "demo's message's theme is not shown to Westvale"
    );
    // The demo officer sees it ticked, so the check above can fail.
    let (own, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let page = own
        .get(app.url(&format!("/staff/actions?items={id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("value=\"money\" checked") || page.contains("value=\"money\" selected"));
}

#[tokio::test]
async fn an_api_token_stops_working_after_ninety_days() {
    let app = TestApp::spawn().await;
    sayso_tests::add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let (admin, csrf) = sign_in(&app, "admin@demo.sayso.test", sayso_tests::TEST_PASSWORD).await;
    let page = admin
        .post(app.url("/staff/admin"))
        .form(&[("csrf", csrf.as_str()), ("action", "token"), ("name", "Case system")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let at = page.find("sayso_").expect("the new token is shown");
    let token: String = page[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let use_it = || {
        reqwest::Client::new()
            .get(app.url("/api/v1/orgs/demo/feedback"))
            .header("Authorization", format!("Bearer {token}"))
            .send()
    };
    assert_eq!(use_it().await.unwrap().status(), 200);
    app.execute("UPDATE api_tokens SET created_at = created_at - 91 * 24 * 3600")
        .await;
    assert_eq!(use_it().await.unwrap().status(), 401, "expired");
}

#[tokio::test]
async fn the_openapi_document_says_how_staff_endpoints_are_authorised() {
    let app = TestApp::spawn().await;
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["bearer"]["type"], "http");
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    assert_eq!(schemes["session"]["type"], "apiKey");
    assert_eq!(schemes["session"]["in"], "cookie");
}

#[tokio::test]
async fn open_survey_results_change_only_by_whole_batches_of_people() {
    let app = TestApp::spawn().await;
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let respond = |answer: &'static str| {
        app.client
            .post(app.url("/api/v1/orgs/demo/surveys/wellbeing/responses"))
            .json(&serde_json::json!({"age_band": "12-17", "answers": {"trusted-adult": answer}}))
            .send()
    };
    let responses = |officer: reqwest::Client| {
        let url = app.url("/api/v1/orgs/demo/surveys/wellbeing/results");
        async move {
            let r: serde_json::Value = officer.get(url).send().await.unwrap().json().await.unwrap();
            r["responses"]["count"].clone()
        }
    };
    for _ in 0..10 {
        respond("yes").await.unwrap();
    }
    assert_eq!(responses(officer.clone()).await, 10);
    // One more young person answers: nothing about them shows yet.
    respond("no").await.unwrap();
    let after_one: serde_json::Value = officer
        .get(app.url("/api/v1/orgs/demo/surveys/wellbeing/results"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        after_one["responses"]["count"], 10,
        "polling shows no single new respondent"
    );
    let no = after_one["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "trusted-adult")
        .unwrap()["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["answer"] == "no")
        .unwrap()["count"]["count"]
        .clone();
    assert_eq!(no, 0);
    // Closed: everyone counts.
    let r = officer
        .post(app.url("/api/v1/orgs/demo/surveys/wellbeing/close"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(responses(officer.clone()).await, 11);
}

#[tokio::test]
async fn reports_cover_whole_quarters_so_two_cannot_be_subtracted() {
    let app = TestApp::spawn().await;
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    for _ in 0..7 {
        assert_eq!(app.post_feedback(&message()).await.status(), 201);
    }
    let report = |query: String| {
        let request = officer.get(app.url(&format!("/api/v1/orgs/demo/reports/board{query}")));
        async move {
            let r = request.send().await.unwrap();
            (r.status().as_u16(), r.json::<serde_json::Value>().await.unwrap())
        }
    };
    // This quarter, as the default report reads it.
    let (_, default) = report(String::new()).await;
    let from = default["period"]["from"].as_str().unwrap().to_string();
    let to = default["period"]["to"].as_str().unwrap().to_string();
    // The review's measured attack: a quarter against the same quarter less
    // its first day. Days inside one quarter are read as the whole quarter,
    // so the two are the same report and subtract to nothing.
    let second_day = format!("{}02", &from[..8]);
    let (a_status, a) = report(format!("?from={from}&to={to}")).await;
    let (b_status, b) = report(format!("?from={second_day}&to={to}")).await;
    assert_eq!((a_status, b_status), (200, 200));
    assert_eq!(a["period"], b["period"], "both are read as the whole quarter");
    assert_eq!(b["period"]["from"], serde_json::json!(from));
    assert_eq!(a["total"], b["total"]);
    // Days across two quarters are refused, kindly.
    let (status, body) = report("?from=2026-06-01&to=2026-07-31".to_string()).await;
    assert_eq!(status, 422);
    assert!(body["error"].as_str().is_some_and(|e| e.contains("quarter")), "{body}");
}

#[tokio::test]
async fn acknowledgement_times_are_hidden_when_the_urgent_count_is() {
    let app = TestApp::spawn().await;
    let mut m = message();
    m["unsafe"] = true.into();
    app.post_feedback(&m).await;
    // Acknowledged ten minutes after it arrived.
    app.execute("UPDATE alerts SET acknowledged_at = created_at + 600, acknowledged_by = (SELECT MIN(id) FROM users), action_taken = 'rang'")
        .await;
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let r: serde_json::Value = officer
        .get(app.url("/api/v1/orgs/demo/reports/board"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        r["urgent"]["this_period"]["count"].is_null(),
        "one urgent message is not shown"
    );
    assert!(r["urgent"]["acknowledged_worst_minutes"].is_null(), "{}", r["urgent"]);
    assert!(r["urgent"]["acknowledged_median_minutes"].is_null());
}
