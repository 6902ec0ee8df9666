//! The data lifecycle: retention, erasure on request, subject access and
//! backups. What a young person said is kept only as long as it should be,
//! and the figures reports are made of stay right.

use sayso_tests::{
    add_user, day_from_today, run_cli, sign_in, using_postgres, TestApp, TestDb, OFFICER, TEST_PASSWORD,
};
use serde_json::{json, Value};

fn named(name: &str, email: &str, text: &str) -> Value {
    json!({
        "kind": "worry",
        "text": text,
        "mood": 2,
        "themes": ["money"],
        "age_band": "16-25",
        "care_status": "care_leaver",
        "anonymous": false,
        "name": name,
        "contact_email": email
    })
}

async fn send(app: &TestApp, body: &Value) -> String {
    let r = app.post_feedback(body).await;
    assert_eq!(r.status(), 201);
    r.json::<Value>().await.unwrap()["reply_code"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Adds a note and a reply to the message with `code`, as the demo officer.
async fn note_and_reply(app: &TestApp, code: &str, note: &str, reply: &str) {
    let (client, csrf) = sign_in(app, OFFICER.0, OFFICER.1).await;
    let rows = app
        .query_strings(&format!(
            "SELECT CAST(id AS TEXT) FROM feedback WHERE reply_code = '{code}'"
        ))
        .await;
    let id = rows[0][0].clone().unwrap();
    for (action, body) in [("note", note), ("reply", reply)] {
        let r = client
            .post(app.url(&format!("/staff/feedback/{id}")))
            .form(&[("csrf", csrf.as_str()), ("action", action), ("body", body)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303, "{action} saved");
    }
    // An officer also redacts it and approves a quote for the board.
    let redact = [("csrf", csrf.as_str()), ("action", "redact"), ("other", "Sam")];
    client
        .post(app.url(&format!("/staff/feedback/{id}")))
        .form(&redact)
        .send()
        .await
        .unwrap();
    let quote = [
        ("csrf", csrf.as_str()),
        ("action", "quote"),
        ("theme", "money"),
        ("quote", "worry about"),
    ];
    client
        .post(app.url(&format!("/staff/feedback/{id}")))
        .form(&quote)
        .send()
        .await
        .unwrap();
}

/// The figures a Board report is made of, per message.
async fn report_figures(app: &TestApp) -> Vec<Vec<Option<String>>> {
    app.query_strings(
        "SELECT kind, CAST(mood AS TEXT), age_band, care_status, CAST(urgent AS TEXT), CAST(received_hour AS TEXT), \
         (SELECT CAST(COUNT(*) AS TEXT) FROM feedback_themes ft WHERE ft.feedback_id = f.id) FROM feedback f ORDER BY id",
    )
    .await
}

#[tokio::test]
async fn old_messages_lose_their_words_names_and_contacts_but_keep_their_counts() {
    let app = TestApp::spawn().await;
    let code = send(
        &app,
        &named("Sam Jones", "sam@example.com", "My rent went up and I cannot pay it"),
    )
    .await;
    note_and_reply(
        &app,
        &code,
        "Sam lives at 4 Oak Road",
        "We will ask the housing team, Sam.",
    )
    .await;
    let before = report_figures(&app).await;

    let (ok, out, err) = run_cli(&app.db, &["retention", "run", "--now", &day_from_today(600)], &[]);
    assert!(ok, "{err}");
    assert!(
        out.contains("0 messages anonymised"),
        "nothing is 24 months old yet: {out}"
    );
    let kept = app
        .query_strings(&format!("SELECT body, name FROM feedback WHERE reply_code = '{code}'"))
        .await;
    assert_eq!(kept[0][1].as_deref(), Some("Sam Jones"));

    let (ok, out, err) = run_cli(
        &app.db,
        &["retention", "run", "--now", &day_from_today(24 * 31 + 2)],
        &[],
    );
    assert!(ok, "{err}");
    println!("{out}");
    let total = app.count("SELECT COUNT(*) FROM feedback").await;
    assert!(out.contains(&format!("{total} messages anonymised")), "{out}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE body <> '' OR name IS NOT NULL OR contact_email IS NOT NULL OR redacted_body IS NOT NULL OR idempotency_key IS NOT NULL").await,
        0,
        "no words, names or contact details are left"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM notes").await,
        0,
        "internal notes go too"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM replies").await,
        0,
        "and replies, which quote and name them"
    );
    assert_eq!(
        report_figures(&app).await,
        before,
        "every figure a report uses is unchanged"
    );
    assert!(
        app.count("SELECT COUNT(*) FROM actions WHERE published = TRUE").await > 0,
        "actions stay"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'lifecycle.retention'")
            .await,
        1
    );
    let (ok, out, _) = run_cli(&app.db, &["retention", "run", "--now", &day_from_today(900)], &[]);
    assert!(
        ok && out.contains("0 messages anonymised"),
        "a second pass changes nothing: {out}"
    );
    let (ok, _, err) = run_cli(&app.db, &["retention", "run", "--now", "soon"], &[]);
    assert!(!ok && err.contains("--now must be a date"), "{err}");
}

async fn admin(app: &TestApp) -> (reqwest::Client, String) {
    add_user(app, "demo", "admin@demo.sayso.test", "admin");
    sign_in(app, "admin@demo.sayso.test", TEST_PASSWORD).await
}

async fn people(app: &TestApp, client: &reqwest::Client, fields: &[(&str, &str)]) -> reqwest::Response {
    client.post(app.url("/staff/admin")).form(fields).send().await.unwrap()
}

#[tokio::test]
async fn an_admin_erases_everything_about_one_young_person_and_reports_stay_right() {
    let app = TestApp::spawn().await;
    let sam1 = send(
        &app,
        &named("Sam Jones", "sam@example.com", "Sam's first worry about rent"),
    )
    .await;
    let sam2 = send(
        &app,
        &named("sam jones", "SAM@example.com", "Sam's second worry about money"),
    )
    .await;
    let alex = send(
        &app,
        &named("Alex Smith", "alex@example.com", "Alex's worry about the bus pass"),
    )
    .await;
    note_and_reply(&app, &sam1, "Sam lives at 4 Oak Road", "We hear you, Sam.").await;
    let before = report_figures(&app).await;
    let (client, csrf) = admin(&app).await;

    let page = people(
        &app,
        &client,
        &[("csrf", &csrf), ("action", "person_find"), ("who", "Sam Jones")],
    )
    .await;
    assert_eq!(page.status(), 200);
    assert!(
        page.text().await.unwrap().contains("2 messages name"),
        "both of Sam's messages are found"
    );

    let unconfirmed = [
        ("csrf", csrf.as_str()),
        ("action", "person_erase"),
        ("who", "Sam Jones"),
    ];
    let r = people(&app, &client, &unconfirmed).await;
    assert_eq!(r.status(), 422, "erasing needs the box ticked");
    assert!(r.text().await.unwrap().contains("Nothing was erased"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE name IS NOT NULL AND LOWER(name) = 'sam jones'")
            .await,
        2
    );

    let forged = [
        ("csrf", "forged"),
        ("action", "person_erase"),
        ("who", "Sam Jones"),
        ("confirm", "yes"),
    ];
    assert_eq!(people(&app, &client, &forged).await.status(), 403);
    let (officer, officer_csrf) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let as_officer = [
        ("csrf", officer_csrf.as_str()),
        ("action", "person_erase"),
        ("who", "Sam Jones"),
        ("confirm", "yes"),
    ];
    assert_eq!(
        people(&app, &officer, &as_officer).await.status(),
        403,
        "only admins erase"
    );

    let erase = [
        ("csrf", csrf.as_str()),
        ("action", "person_erase"),
        ("who", "Sam Jones"),
        ("confirm", "yes"),
    ];
    let quotes_before = app.count("SELECT COUNT(*) FROM board_quotes").await;
    let r = people(&app, &client, &erase).await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Erased 2 messages"));
    assert_eq!(quotes_before, 1, "the officer's quote was there");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM board_quotes").await,
        0,
        "erasure takes the board quote too"
    );

    // Reply codes are random words and may hold "sam" ("samosa-truck-corn"):
    // the words, names and addresses are what must hold nothing of Sam.
    let all = app
        .query_strings("SELECT body, name, contact_email FROM feedback")
        .await;
    assert!(
        !all.iter().flatten().flatten().any(|v| v.to_lowercase().contains("sam")),
        "nothing about Sam is left: {all:?}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM notes").await + app.count("SELECT COUNT(*) FROM replies").await,
        0
    );
    assert_eq!(
        report_figures(&app).await,
        before,
        "the counts reports use are unchanged"
    );
    for gone in [&sam1, &sam2] {
        let r = app.get(&format!("/api/v1/orgs/demo/replies/{gone}")).await;
        assert_eq!(r.status(), 404, "an erased reply code leads nowhere");
    }
    assert_eq!(
        app.get(&format!("/api/v1/orgs/demo/replies/{alex}")).await.status(),
        200,
        "Alex's message is untouched"
    );
    let audit = app
        .query_strings("SELECT detail FROM audit_log WHERE action = 'lifecycle.erase'")
        .await;
    assert_eq!(
        audit,
        vec![vec![Some("2 messages".to_string())]],
        "audited, without the name"
    );

    // An anonymous message is erased by its reply code.
    let anon = send(&app, &sayso_tests::message()).await;
    let by_code = [
        ("csrf", csrf.as_str()),
        ("action", "person_erase"),
        ("who", anon.as_str()),
        ("confirm", "yes"),
    ];
    assert!(people(&app, &client, &by_code)
        .await
        .text()
        .await
        .unwrap()
        .contains("Erased one message"));
    let blank = [
        ("csrf", csrf.as_str()),
        ("action", "person_erase"),
        ("who", " "),
        ("confirm", "yes"),
    ];
    assert_eq!(
        people(&app, &client, &blank).await.status(),
        422,
        "erasing needs someone named"
    );
}

#[tokio::test]
async fn an_admin_downloads_everything_held_about_one_young_person() {
    let app = TestApp::spawn().await;
    let code = send(
        &app,
        &named("Jo Bloggs", "jo@example.com", "I want to see my brother more often"),
    )
    .await;
    send(
        &app,
        &named("Kim Lee", "kim@example.com", "Kim's words are not Jo's business"),
    )
    .await;
    note_and_reply(
        &app,
        &code,
        "Ask Jo's social worker about contact",
        "We are arranging a visit, Jo.",
    )
    .await;
    let (client, csrf) = admin(&app).await;
    let r = people(
        &app,
        &client,
        &[("csrf", &csrf), ("action", "person_export"), ("who", "jo@example.com")],
    )
    .await;
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    let file = r.text().await.unwrap();
    for expected in [
        "I want to see my brother more often",
        "Jo Bloggs",
        "jo@example.com",
        code.as_str(),
        "We are arranging a visit, Jo.",
        "Ask Jo's social worker about contact",
        "Money",
    ] {
        assert!(file.contains(expected), "the file holds {expected:?}:\n{file}");
    }
    assert!(!file.contains("Kim"), "nobody else's data is in it");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'lifecycle.subject_access'")
            .await,
        1,
        "the download is audited"
    );
}

#[tokio::test]
async fn a_backup_taken_under_writes_restores_every_message() {
    if using_postgres() {
        println!("backup copies SQLite; PostgreSQL is backed up with pg_dump (README)");
        return;
    }
    let app = TestApp::spawn().await;
    use std::sync::atomic::{AtomicBool, Ordering};
    let stop = std::sync::Arc::new(AtomicBool::new(false));
    let backing_up = std::sync::Arc::new(AtomicBool::new(false));
    let mut writers = Vec::new();
    for _ in 0..4 {
        let (client, url) = (app.client.clone(), app.url("/api/v1/orgs/demo/feedback"));
        let (stop, backing_up) = (stop.clone(), backing_up.clone());
        writers.push(tokio::spawn(async move {
            // (reply code, answered before the backup began)
            let mut codes = Vec::new();
            while !stop.load(Ordering::SeqCst) {
                let r = client.post(&url).json(&sayso_tests::message()).send().await.unwrap();
                assert_eq!(r.status(), 201);
                let code = r.json::<Value>().await.unwrap()["reply_code"]
                    .as_str()
                    .unwrap()
                    .to_string();
                codes.push((code, !backing_up.load(Ordering::SeqCst)));
            }
            codes
        }));
    }
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    backing_up.store(true, Ordering::SeqCst);
    let dir = sayso_tests::TempDir::new();
    let path = dir.path.join("backup.db");
    let (ok, out, err) = run_cli(&app.db, &["backup", path.to_str().unwrap()], &[]);
    assert!(ok, "{err}");
    assert!(out.contains("Backed up"));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    stop.store(true, Ordering::SeqCst);
    let mut answered = Vec::new();
    for w in writers {
        answered.extend(w.await.unwrap());
    }
    // Restore: a fresh server on the copy.
    let mut restored = TestDb::detached();
    restored.url = format!("sqlite://{}", path.display());
    let second = TestApp::start(restored, &[]).await;
    let in_backup: std::collections::HashSet<String> = second
        .query_strings("SELECT reply_code FROM feedback")
        .await
        .into_iter()
        .filter_map(|mut r| r.remove(0))
        .collect();
    let before: Vec<&String> = answered.iter().filter(|(_, early)| *early).map(|(c, _)| c).collect();
    let missing = before.iter().filter(|c| !in_backup.contains(**c)).count();
    println!(
        "answered 201 during the run: {}; before the backup began: {}; rows in the backup: {}; missing: {missing}",
        answered.len(),
        before.len(),
        in_backup.len()
    );
    assert!(!before.is_empty());
    assert_eq!(missing, 0, "every message answered before the backup began is in it");
    let r = second.post_feedback(&sayso_tests::message()).await;
    assert_eq!(r.status(), 201, "the restored server takes new messages");
    let (ok, _, err) = run_cli(&app.db, &["backup", path.to_str().unwrap()], &[]);
    assert!(
        !ok && err.contains("already exists"),
        "a backup never overwrites: {err}"
    );
}
