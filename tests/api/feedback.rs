use sayso_tests::{message, TestApp};
use serde_json::{json, Value};

async fn json_of(r: reqwest::Response) -> Value {
    r.json().await.expect("a JSON body")
}

#[tokio::test]
async fn health_check_answers_ok_once_the_database_does() {
    let app = TestApp::spawn().await;
    let r = app.get("/healthz").await;
    assert_eq!(r.status(), 200);
    let body = json_of(r).await;
    assert_eq!(body["status"], "ok");
    assert_eq!(body["harm"]["phrases"], "on", "{body}");
}

#[tokio::test]
async fn young_person_can_send_anonymous_feedback_and_gets_a_three_word_code() {
    let app = TestApp::spawn().await;
    let r = app.post_feedback(&message()).await;
    assert_eq!(r.status(), 201);
    let body = json_of(r).await;
    let code = body["reply_code"].as_str().unwrap();
    assert_eq!(code.split('-').count(), 3, "{code}");
    assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{code}");
    assert_eq!(body["urgent"], false);
    let stored = app
        .query_strings(&format!(
            "SELECT kind, body, age_band FROM feedback WHERE reply_code = '{code}'"
        ))
        .await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0][0].as_deref(), Some("idea"));
    assert_eq!(stored[0][1].as_deref(), Some("Can we have a film night at the house?"));
}

#[tokio::test]
async fn words_that_suggest_harm_make_the_message_urgent_and_show_help() {
    let app = TestApp::spawn().await;
    let mut m = message();
    m["kind"] = json!("worry");
    m["text"] = json!("My carer hits me when I'm late home");
    let body = json_of(app.post_feedback(&m).await).await;
    assert_eq!(body["urgent"], true);
    assert_eq!(body["help"]["childline"], "0800 1111");
    assert_eq!(body["help"]["emergency"], "999");
    let urgent = app.count("SELECT COUNT(*) FROM feedback WHERE urgent = TRUE").await;
    assert_eq!(urgent, 1, "the urgent message is stored as sent");
}

#[tokio::test]
async fn a_message_marked_unsafe_is_urgent_whatever_it_says() {
    let app = TestApp::spawn().await;
    let mut m = message();
    m["unsafe"] = json!(true);
    m["text"] = json!("please can someone call me");
    assert_eq!(json_of(app.post_feedback(&m).await).await["urgent"], true);
}

#[tokio::test]
async fn a_retry_with_the_same_idempotency_key_returns_the_same_code_and_stores_once() {
    let app = TestApp::spawn().await;
    let before = app.count("SELECT COUNT(*) FROM feedback").await;
    let send = || {
        app.client
            .post(app.url("/api/v1/orgs/demo/feedback"))
            .header("Idempotency-Key", "retry-7f3a")
            .json(&message())
            .send()
    };
    let first = json_of(send().await.unwrap()).await;
    let (a, b) = tokio::join!(send(), send());
    for r in [a.unwrap(), b.unwrap()] {
        assert_eq!(r.status(), 201);
        assert_eq!(json_of(r).await["reply_code"], first["reply_code"]);
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback").await, before + 1);
}

#[tokio::test]
async fn text_in_any_script_is_stored_exactly_as_typed() {
    let app = TestApp::spawn().await;
    let typed = "أريد أن أرى أخي 👦🏽\n<b>not bold</b> & \"quotes\" — ünïcödé";
    let mut m = message();
    m["text"] = json!(typed);
    let code = json_of(app.post_feedback(&m).await).await["reply_code"]
        .as_str()
        .unwrap()
        .to_string();
    let stored = app
        .query_strings(&format!("SELECT body FROM feedback WHERE reply_code = '{code}'"))
        .await;
    assert_eq!(stored[0][0].as_deref(), Some(typed));
}

/// Every kind of bad input gets its status and a JSON `error` that says
/// what to change, and stores nothing.
#[tokio::test]
async fn bad_input_gets_a_clear_error_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let before = app.count("SELECT COUNT(*) FROM feedback").await;
    let with = |field: &str, value: Value| {
        let mut m = message();
        m[field] = value;
        m
    };
    let without = |field: &str| {
        let mut m = message();
        m.as_object_mut().unwrap().remove(field);
        m
    };
    let cases: Vec<(&str, Value, &str)> = vec![
        ("unknown theme", with("themes", json!(["dragons"])), "topics"),
        ("text too long", with("text", json!("a".repeat(5_001))), "too long"),
        ("mood too high", with("mood", json!(6)), "faces"),
        ("mood zero", with("mood", json!(0)), "faces"),
        ("mood not a number", with("mood", json!("happy")), "mood"),
        ("unknown kind", with("kind", json!("rant")), "choose"),
        ("missing text", without("text"), "write"),
        ("blank text", with("text", json!("   ")), "write"),
        ("unknown age band", with("age_band", json!("18-30")), "age"),
        ("unknown care status", with("care_status", json!("adopted")), "options"),
    ];
    for (what, body, hint) in cases {
        let r = app.post_feedback(&body).await;
        assert_eq!(r.status(), 422, "{what}");
        let err = json_of(r).await["error"].as_str().unwrap_or_default().to_lowercase();
        assert!(err.contains(hint), "{what}: {err}");
    }
    let mut named = message();
    named["anonymous"] = json!(false);
    named["name"] = json!("Sam");
    named["contact_email"] = json!("sam at example");
    let r = app.post_feedback(&named).await;
    assert_eq!(r.status(), 422);
    assert!(json_of(r).await["error"].as_str().unwrap().contains("email"));
    named["name"] = json!("");
    named["contact_email"] = json!("sam@example.org");
    assert_eq!(app.post_feedback(&named).await.status(), 422, "named without a name");
    assert_eq!(app.count("SELECT COUNT(*) FROM feedback").await, before);
}

#[tokio::test]
async fn only_kind_and_text_are_required() {
    let app = TestApp::spawn().await;
    let r = app
        .post_feedback(&json!({ "kind": "good_news", "text": "The new youth worker is great" }))
        .await;
    assert_eq!(r.status(), 201);
    let code = json_of(r).await["reply_code"].as_str().unwrap().to_string();
    let stored = app
        .query_strings(&format!(
            "SELECT age_band, care_status, CAST(mood AS TEXT) FROM feedback WHERE reply_code = '{code}'"
        ))
        .await;
    assert_eq!(
        stored[0],
        vec![None, None, None],
        "nothing is invented for what was not said"
    );
}

#[tokio::test]
async fn unreadable_requests_get_400_with_a_json_error() {
    let app = TestApp::spawn().await;
    let url = app.url("/api/v1/orgs/demo/feedback");
    let malformed = app
        .client
        .post(&url)
        .header("content-type", "application/json")
        .body("{\"kind\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), 400);
    assert!(json_of(malformed).await["error"].as_str().unwrap().contains("JSON"));
    let wrong_type = app
        .client
        .post(&url)
        .header("content-type", "text/plain")
        .body(message().to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_type.status(), 400);
    assert!(json_of(wrong_type).await["error"]
        .as_str()
        .unwrap()
        .contains("Content-Type"));
    let huge = app
        .client
        .post(&url)
        .header("content-type", "application/json")
        // Over the 128 KiB limit, yet small enough to sit in socket buffers, so
        // the early answer is read rather than racing a broken pipe.
        .body(vec![b' '; 200_000])
        .send()
        .await
        .unwrap();
    assert!(huge.status() == 400 || huge.status() == 413, "{}", huge.status());
}

#[tokio::test]
async fn an_unknown_organisation_is_not_found() {
    let app = TestApp::spawn().await;
    let r = app
        .client
        .post(app.url("/api/v1/orgs/nowhere/feedback"))
        .json(&message())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    assert!(json_of(r).await["error"].as_str().unwrap().contains("nowhere"));
    assert_eq!(app.get("/nowhere").await.status(), 404);
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = TestApp::spawn().await;
    let doc = json_of(app.get("/api/v1/openapi.json").await).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/orgs/{org}/feedback",
        "/api/v1/orgs/{org}/replies/{reply_code}",
        "/healthz",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is documented");
    }
}

#[tokio::test]
async fn messages_sent_at_the_same_moment_are_each_stored_once_with_their_themes_alerts_and_keys() {
    // On SQLite messages that arrive together are stored in one
    // transaction: none may be lost, doubled or mixed up with another.
    let app = TestApp::spawn().await;
    let count = |sql: &'static str| app.count(sql);
    let (rows, alerts, links) = (
        count("SELECT COUNT(*) FROM feedback").await,
        count("SELECT COUNT(*) FROM alerts").await,
        count("SELECT COUNT(*) FROM feedback_themes").await,
    );
    let mut sends = tokio::task::JoinSet::new();
    for i in 0..60 {
        let mut body = message();
        let key = match i % 4 {
            0 => {
                body["text"] = format!("Could we have pizza on Friday number {i} please").into();
                body.as_object_mut().unwrap().remove("themes");
                None
            }
            1 => {
                body["text"] = format!("i dont feel safe at home tonight ({i})").into();
                body["unsafe"] = true.into();
                None
            }
            // Two sends of the same message under one key, as a phone
            // retrying on a bad signal would.
            _ => {
                body["text"] = format!("Can we go bowling on Saturday number {} please", i / 4).into();
                Some(format!("burst-{}", i / 4))
            }
        };
        let request = reqwest::Client::new()
            .post(app.url("/api/v1/orgs/demo/feedback"))
            .json(&body);
        let request = match &key {
            Some(key) => request.header("Idempotency-Key", key),
            None => request,
        };
        sends.spawn(async move {
            let r = request.send().await.unwrap();
            (r.status().as_u16(), key, json_of(r).await)
        });
    }
    let mut codes = std::collections::BTreeMap::<String, Vec<String>>::new();
    let mut distinct = std::collections::BTreeSet::new();
    while let Some(done) = sends.join_next().await {
        let (status, key, body) = done.unwrap();
        assert_eq!(status, 201, "{body}");
        let code = body["reply_code"].as_str().unwrap().to_string();
        distinct.insert(code.clone());
        if let Some(key) = key {
            codes.entry(key).or_default().push(code);
        }
    }
    for (key, pair) in &codes {
        assert_eq!(pair.len(), 2);
        assert_eq!(
            pair[0], pair[1],
            "both sends under {key} get the first one's reply code"
        );
    }
    assert_eq!(distinct.len(), 45, "15 plain, 15 urgent and 15 keyed messages");
    assert_eq!(
        count("SELECT COUNT(*) FROM feedback").await - rows,
        45,
        "each stored once"
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM alerts").await - alerts,
        15,
        "an alert for each urgent one"
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM feedback_themes").await - links,
        30,
        "the theme of each urgent and keyed message, none for the plain ones"
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM feedback WHERE urgent = TRUE AND body LIKE 'i dont feel safe%'").await,
        15
    );
}
