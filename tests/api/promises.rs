//! Promises kept: the date a young person is promised a reply by, what the
//! team sees of it, and the reminder before it falls due.

use sayso_tests::{add_user, message, sign_in, StaffClient, TestApp, OFFICER, TEST_PASSWORD};
use serde_json::{json, Value};
use std::time::Duration;

async fn send(app: &TestApp, body: &Value) -> Value {
    let r = app.post_feedback(body).await;
    let status = r.status();
    let answer: Value = r.json().await.unwrap();
    assert_eq!(status, 201, "{answer}");
    answer
}

async fn admin(app: &TestApp) -> (reqwest::Client, String) {
    add_user(app, "demo", "admin@demo.sayso.test", "admin");
    sign_in(app, "admin@demo.sayso.test", TEST_PASSWORD).await
}

#[tokio::test]
async fn a_message_is_promised_a_reply_by_a_working_day_after_christmas() {
    // Wednesday 23 December 2026; demo replies within 5 working days.
    let app = TestApp::spawn_with(&[("SAYSO_TODAY", "2026-12-23")]).await;
    app.execute("UPDATE orgs SET reply_within_days = 5 WHERE slug = 'demo'")
        .await;
    let client = reqwest::Client::new();
    let send_keyed = || {
        client
            .post(app.url("/api/v1/orgs/demo/feedback"))
            .header("Idempotency-Key", "christmas-1")
            .json(&message())
            .send()
    };
    let first: Value = send_keyed().await.unwrap().json().await.unwrap();
    // Thu 24 (1), Christmas, weekend, Boxing Day's substitute Monday 28,
    // Tue 29 (2), Wed 30 (3), Thu 31 (4), New Year's Day, weekend, Mon 4 (5).
    assert_eq!(first["reply_by"], "2027-01-04");
    let again: Value = send_keyed().await.unwrap().json().await.unwrap();
    assert_eq!(again["reply_code"], first["reply_code"]);
    assert_eq!(again["reply_by"], "2027-01-04", "a retry is promised the same date");

    let code = first["reply_code"].as_str().unwrap();
    let status: Value = app
        .get(&format!("/api/v1/orgs/demo/replies/{code}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["reply_by"], "2027-01-04");

    let page = app
        .post_form("/demo/reply", &[("code", code)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("We promised to reply by Monday 4 January"),
        "Check my reply shows the promise in words"
    );
    assert!(!page.contains("we are late"));
}

#[tokio::test]
async fn a_reply_time_changed_elsewhere_applies_to_the_very_next_message() {
    // Monday 7 December 2026. The server remembers an organisation's reply
    // terms between messages; a change made by another instance (here
    // straight in the database) must still apply to the next message,
    // whether it is a plain one or an urgent one with themes.
    let app = TestApp::spawn_with(&[("SAYSO_TODAY", "2026-12-07")]).await;
    let send = |body: Value| {
        let client = reqwest::Client::new();
        let url = app.url("/api/v1/orgs/demo/feedback");
        async move {
            let r = client.post(url).json(&body).send().await.unwrap();
            assert_eq!(r.status(), 201);
            r.json::<Value>().await.unwrap()["reply_by"]
                .as_str()
                .unwrap()
                .to_string()
        }
    };
    let urgent = || {
        let mut m = message();
        m["text"] = "i dont feel safe at home tonight".into();
        m["unsafe"] = true.into();
        m
    };
    let stored = "SELECT COUNT(*) FROM feedback";
    let before = app.count(stored).await;
    app.execute("UPDATE orgs SET reply_within_days = 5, bank_holidays = 'england-and-wales' WHERE slug = 'demo'")
        .await;
    assert_eq!(send(message()).await, "2026-12-14", "5 working days");
    assert_eq!(send(urgent()).await, "2026-12-14");

    app.execute("UPDATE orgs SET reply_within_days = 2 WHERE slug = 'demo'")
        .await;
    assert_eq!(send(message()).await, "2026-12-09", "2 working days, at once");
    app.execute("UPDATE orgs SET reply_within_days = 10 WHERE slug = 'demo'")
        .await;
    assert_eq!(send(urgent()).await, "2026-12-21", "10 working days, urgent too");
    assert_eq!(send(message()).await, "2026-12-21");
    assert_eq!(
        app.count(stored).await,
        before + 5,
        "every message stored once, none lost to the changed terms"
    );
}

#[tokio::test]
async fn the_thank_you_page_shows_the_date_without_javascript() {
    // Friday 27 November 2026 + 3 working days = Wednesday 2 December.
    let app = TestApp::spawn_with(&[("SAYSO_TODAY", "2026-11-27")]).await;
    app.execute("UPDATE orgs SET reply_within_days = 3 WHERE slug = 'demo'")
        .await;
    let form = app.get("/demo/say?age=12-17").await.text().await.unwrap();
    let key = form
        .split("name=\"idempotency_key\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let fields = [
        ("age_band", "12-17"),
        ("idempotency_key", key.as_str()),
        ("care_status", "in_care"),
        ("kind", "idea"),
        ("mood", "4"),
        ("text", "More trips to the seaside please"),
        ("anonymous", "yes"),
    ];
    let r = app.post_form("/demo/say", &fields).await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("We promise to reply by Wednesday 2 December"), "{html}");
    let stored = app
        .query_strings("SELECT reply_by FROM feedback WHERE body = 'More trips to the seaside please'")
        .await;
    assert_eq!(stored[0][0].as_deref(), Some("2026-12-02"));
}

#[tokio::test]
async fn an_admin_chooses_whose_bank_holidays_count() {
    // Friday 27 November 2026: St Andrew's Day (Monday 30th) is a bank
    // holiday in Scotland only.
    let app = TestApp::spawn_with(&[("SAYSO_TODAY", "2026-11-27")]).await;
    app.execute("UPDATE orgs SET reply_within_days = 5 WHERE slug = 'demo'")
        .await;
    assert_eq!(send(&app, &message()).await["reply_by"], "2026-12-04");

    let scotland = [("action", "bank_holidays"), ("bank_holidays", "scotland")];
    let officer = StaffClient::officer(&app).await;
    let r = officer.form("/staff/admin", &scotland).await;
    assert_eq!(r.status(), 403, "only an admin changes it");

    add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let admin = StaffClient::sign_in(&app, "admin@demo.sayso.test", TEST_PASSWORD).await;
    assert_eq!(
        admin
            .form_with_token("/staff/admin", "forged", &scotland)
            .await
            .status(),
        403,
        "CSRF is checked"
    );
    let narnia = [("action", "bank_holidays"), ("bank_holidays", "narnia")];
    assert_eq!(admin.form("/staff/admin", &narnia).await.status(), 422);
    let page = admin.page("/staff/admin").await;
    assert!(page.contains("value=\"england-and-wales\" checked"));

    assert_eq!(admin.form("/staff/admin", &scotland).await.status(), 303);
    let scottish = send(&app, &message()).await;
    assert_eq!(scottish["reply_by"], "2026-12-07");
    let page = admin.page("/staff/admin").await;
    assert!(page.contains("value=\"scotland\" checked"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.bank_holidays'")
            .await,
        1
    );
    // The promise already made does not move.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE reply_by = '2026-12-04'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_queue_shows_what_is_overdue_and_sorts_by_reply_date_after_urgent() {
    // Tuesday 1 December: promised by Tuesday 8 December.
    let app = TestApp::spawn_with(&[("SAYSO_TODAY", "2026-12-01")]).await;
    app.execute("UPDATE orgs SET reply_within_days = 5 WHERE slug = 'demo'")
        .await;
    let early = send(
        &app,
        &json!({"kind": "idea", "text": "First of all", "age_band": "12-17"}),
    )
    .await;
    assert_eq!(early["reply_by"], "2026-12-08");

    // Ten days on, with a one-day reply time now.
    let app = app.restart(&[("SAYSO_TODAY", "2026-12-10")]).await;
    app.execute("UPDATE orgs SET reply_within_days = 1 WHERE slug = 'demo'")
        .await;
    let later = send(
        &app,
        &json!({"kind": "idea", "text": "Second one", "age_band": "12-17"}),
    )
    .await;
    assert_eq!(later["reply_by"], "2026-12-11");
    let urgent = send(
        &app,
        &json!({"kind": "worry", "text": "I am scared at home", "unsafe": true, "age_band": "12-17"}),
    )
    .await;
    assert_eq!(urgent["urgent"], true);

    let (client, csrf) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let list: Value = client
        .get(app.url("/api/v1/orgs/demo/feedback?status=new"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let items = list["items"].as_array().unwrap();
    let ours: Vec<&Value> = items
        .iter()
        .filter(|i| ["First of all", "Second one"].contains(&i["text"].as_str().unwrap_or("")) || i["urgent"] == true)
        .collect();
    assert!(ours[0]["urgent"].as_bool().unwrap(), "urgent first");
    let texts: Vec<&str> = ours
        .iter()
        .filter_map(|i| i["text"].as_str())
        .filter(|t| !t.is_empty())
        .collect();
    let first = texts.iter().position(|t| *t == "First of all").unwrap();
    let second = texts.iter().position(|t| *t == "Second one").unwrap();
    assert!(first < second, "then the earliest reply date");
    let find = |text: &str| items.iter().find(|i| i["text"] == text).unwrap().clone();
    assert_eq!(find("First of all")["due"], "overdue");
    assert_eq!(find("First of all")["reply_by"], "2026-12-08");
    assert_eq!(find("Second one")["due"], "later");

    let page = client
        .get(app.url("/staff/queue"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-due=\"overdue\""), "the queue page marks it overdue");

    // The young person sees that the team is late, and is told so kindly.
    let code = early["reply_code"].as_str().unwrap();
    let reply = app
        .post_form("/demo/reply", &[("code", code)])
        .await
        .text()
        .await
        .unwrap();
    assert!(reply.contains("we are late"), "{reply}");

    // Once replied to, nothing is due.
    let id = find("First of all")["id"].as_i64().unwrap();
    let r = client
        .post(app.url(&format!("/staff/feedback/{id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "reply"),
            ("body", "Sorry for the wait: yes!"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let list: Value = client
        .get(app.url("/api/v1/orgs/demo/feedback"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let replied = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap();
    assert_eq!(replied["due"], Value::Null);
}

async fn reminders(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE '%due for a reply tomorrow%'")
        .await
}

async fn wait_for_reminders(app: &TestApp, n: i64) -> i64 {
    for _ in 0..100 {
        if reminders(app).await >= n {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    reminders(app).await
}

#[tokio::test]
async fn officers_are_reminded_once_of_what_falls_due_tomorrow() {
    // Thursday 3 December; one working day to reply: due Friday 4th.
    let env = [("SAYSO_TODAY", "2026-12-03")];
    let app = TestApp::spawn_with(&env).await;
    app.execute("UPDATE orgs SET reply_within_days = 1 WHERE slug = 'demo'")
        .await;
    app.execute("UPDATE feedback SET status = 'closed'").await;
    let secret = "my foster carer is called Bernadette";
    let sent = send(&app, &json!({"kind": "worry", "text": secret, "age_band": "16-25"})).await;
    assert_eq!(sent["reply_by"], "2026-12-04");
    // The reminder pass runs when a server starts (and every few minutes).
    let app = app.restart(&env).await;
    assert_eq!(wait_for_reminders(&app, 1).await, 1, "the officer gets a reminder");
    let rows = app
        .query_strings("SELECT to_addr, subject, body_text FROM outbox WHERE subject LIKE '%due for a reply%'")
        .await;
    assert_eq!(rows[0][0].as_deref(), Some(OFFICER.0));
    assert_eq!(
        rows[0][1].as_deref(),
        Some("1 message is due for a reply tomorrow (Sayso)")
    );
    let body = rows[0][2].clone().unwrap();
    assert!(body.contains("2026-12-04") && body.contains("/staff/queue"));
    assert!(!body.contains("Bernadette"), "never the young person's words");

    // Another start (or a second instance) the same day sends nothing more.
    let app = app.restart(&env).await;
    let second = app.another_instance(&env).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(reminders(&app).await, 1, "sent once");
    drop(second);
}

#[tokio::test]
async fn no_reminder_when_nothing_falls_due_or_on_a_weekend() {
    // Saturday 5 December: not a working day, so no reminder even though
    // something falls due on Monday (Friday's reminder covered it).
    let env = [("SAYSO_TODAY", "2026-12-05")];
    let app = TestApp::spawn_with(&env).await;
    app.execute("UPDATE orgs SET reply_within_days = 1 WHERE slug = 'demo'")
        .await;
    assert_eq!(send(&app, &message()).await["reply_by"], "2026-12-07");
    let app = app.restart(&env).await;
    // Wednesday 2 December with nothing waiting: no reminder either.
    let quiet = TestApp::spawn_with(&[("SAYSO_TODAY", "2026-12-02")]).await;
    quiet.execute("UPDATE feedback SET status = 'closed'").await;
    let quiet = quiet.restart(&[("SAYSO_TODAY", "2026-12-02")]).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(reminders(&app).await, 0);
    assert_eq!(reminders(&quiet).await, 0);
}

// ----- The organisation's promises, what groups said, and the Board report.

async fn officer(app: &TestApp) -> (reqwest::Client, String) {
    sign_in(app, OFFICER.0, OFFICER.1).await
}

fn group(text: &str) -> Value {
    json!({
        "occasion": "Children in Care Council",
        "held_on": "2026-06-05",
        "participants": 8,
        "age_bands": ["12-17", "16-25"],
        "text": text,
        "themes": ["fun"],
        "promises": ["listen"],
    })
}

async fn post_group(app: &TestApp, client: &reqwest::Client, csrf: Option<&str>, body: &Value) -> reqwest::Response {
    let mut r = client.post(app.url("/api/v1/orgs/demo/group-feedback")).json(body);
    if let Some(csrf) = csrf {
        r = r.header("X-CSRF-Token", csrf);
    }
    r.send().await.unwrap()
}

#[tokio::test]
async fn young_people_see_the_promises_with_what_was_done_under_each() {
    let app = TestApp::spawn().await;
    let r = app.get("/api/v1/orgs/demo/promises").await;
    assert_eq!(r.status(), 200);
    let promises: Value = r.json().await.unwrap();
    let list = promises.as_array().unwrap();
    assert!(list.len() >= 5, "demo ships its promises");
    let listen = list.iter().find(|p| p["slug"] == "listen").unwrap();
    assert_eq!(listen["title"], "We will listen to you");
    assert!(!listen["text"].as_str().unwrap().is_empty());
    let actions = listen["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 1);
    assert_eq!(actions[0]["status"], "done");
    assert!(actions[0].get("owner").is_none(), "never who owns it");

    // A draft action tied to a promise is not shown.
    app.execute(
        "INSERT INTO actions (org_id, you_said, we_did, status, published, created_at, updated_at) \
         SELECT id, 'A secret plan', 'Not yet', 'planned', FALSE, 0, 0 FROM orgs WHERE slug = 'demo'",
    )
    .await;
    app.execute(
        "INSERT INTO action_promises (action_id, promise_id) SELECT a.id, p.id FROM actions a, promises p \
         WHERE a.you_said = 'A secret plan' AND p.slug = 'listen'",
    )
    .await;
    let again = app.get("/api/v1/orgs/demo/promises").await.text().await.unwrap();
    assert!(!again.contains("A secret plan"));

    // Worded for the youngest.
    let young: Value = app
        .get("/api/v1/orgs/demo/promises?age_band=4-7")
        .await
        .json()
        .await
        .unwrap();
    let listen = young
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "listen")
        .unwrap();
    assert!(listen["text"].as_str().unwrap().contains("pictures"));

    // Another organisation has none of demo's promises; an unknown one is 404.
    let (ok, _, err) = sayso_tests::run_cli(&app.db, &["org", "add", "elsewhere", "--name", "Elsewhere"], &[]);
    assert!(ok, "{err}");
    let other: Value = app.get("/api/v1/orgs/elsewhere/promises").await.json().await.unwrap();
    assert_eq!(other, json!([]));
    assert_eq!(app.get("/api/v1/orgs/nowhere/promises").await.status(), 404);

    // The page works without JavaScript: it is all in the HTML.
    let page = app.get("/demo/promises").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Our promises to you"));
    assert!(html.contains("We will listen to you"));
    assert!(
        html.contains("New workers now read your plan"),
        "what was done under it"
    );
    assert!(!html.contains("A secret plan"));
}

#[tokio::test]
async fn an_officer_records_what_a_group_said_and_only_officers_and_admins_can() {
    let app = TestApp::spawn_with(&[("SAYSO_TODAY", "2026-06-10")]).await;
    let words = "Jamie Smith said the new house rules are unfair; ring 07700 900123";

    let anonymous = reqwest::Client::new();
    assert_eq!(post_group(&app, &anonymous, None, &group(words)).await.status(), 401);
    const GROUP: &str = "/api/v1/orgs/demo/group-feedback";
    let board = StaffClient::new_user(&app, "demo", "board@demo.sayso.test", "board").await;
    assert_eq!(board.post_json(GROUP, &group(words)).await.status(), 403);
    let manager = StaffClient::new_user(&app, "demo", "manager@demo.sayso.test", "manager").await;
    assert_eq!(manager.post_json(GROUP, &group(words)).await.status(), 403);

    let officer = StaffClient::officer(&app).await;
    assert_eq!(
        post_group(&app, &officer.client, None, &group(words)).await.status(),
        403,
        "a cookie write needs the CSRF token"
    );
    assert_eq!(
        post_group(&app, &officer.client, Some("forged"), &group(words))
            .await
            .status(),
        403
    );
    let mut future = group(words);
    future["held_on"] = json!("2026-06-11");
    let r = officer.post_json(GROUP, &future).await;
    assert_eq!(r.status(), 422);
    assert!(r.json::<Value>().await.unwrap()["error"]
        .as_str()
        .unwrap()
        .contains("future"));
    let mut unknown = group(words);
    unknown["promises"] = json!(["to-be-rich"]);
    assert_eq!(officer.post_json(GROUP, &unknown).await.status(), 422);
    let mut nobody = group(words);
    nobody["participants"] = json!(0);
    assert_eq!(officer.post_json(GROUP, &nobody).await.status(), 422);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM group_feedback").await,
        0,
        "nothing stored by a no"
    );

    let r = officer.post_json(GROUP, &group(words)).await;
    assert_eq!(r.status(), 201);
    let id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let stored = app
        .query_strings(&format!("SELECT redacted_body FROM group_feedback WHERE id = {id}"))
        .await;
    let redacted = stored[0][0].clone().unwrap();
    assert!(
        !redacted.contains("07700 900123"),
        "redacted like a message: {redacted}"
    );
    assert!(redacted.contains("house rules"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'group_feedback.recorded'")
            .await,
        1
    );

    // Another organisation's officer cannot write to demo.
    let (ok, _, err) = sayso_tests::run_cli(&app.db, &["org", "add", "elsewhere", "--name", "Elsewhere"], &[]);
    assert!(ok, "{err}");
    let other = StaffClient::new_user(&app, "elsewhere", "officer@elsewhere.test", "officer").await;
    assert_eq!(other.post_json(GROUP, &group(words)).await.status(), 403);

    // The staff page records one without JavaScript.
    officer.page("/staff/group-feedback").await;
    let r = officer
        .form(
            "/staff/group-feedback",
            &[
                ("occasion", "Summer fun day"),
                ("held_on", "2026-06-06"),
                ("participants", "23"),
                ("age_bands", "8-11"),
                ("text", "More trips please"),
                ("promises", "health-and-school"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let bad = officer
        .form(
            "/staff/group-feedback",
            &[
                ("occasion", "Forms"),
                ("held_on", "2026-06-06"),
                ("participants", "lots"),
                ("text", "Keep my words"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    assert!(
        bad.text().await.unwrap().contains("Keep my words"),
        "what was typed is kept"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM group_feedback").await, 2);
}

async fn board_report(app: &TestApp, query: &str) -> Value {
    add_user(app, "demo", "board@demo.sayso.test", "board");
    let (board, _) = sign_in(app, "board@demo.sayso.test", TEST_PASSWORD).await;
    let r = board
        .get(app.url(&format!("/api/v1/orgs/demo/reports/board{query}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

/// Unix seconds of 09:00 UTC on a day (that day in the UK, summer or not).
fn at_ten(day: &str) -> i64 {
    let parts: Vec<i64> = day.split('-').map(|p| p.parse().unwrap()).collect();
    let (y, m, d) = (parts[0], parts[1], parts[2]);
    // Howard Hinnant's days-from-civil algorithm.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * 86_400 + 9 * 3600
}

#[tokio::test]
async fn the_board_sees_promises_kept_groups_and_rates_but_never_words() {
    // Wednesday 3 June 2026, one working day to reply: due Thursday 4 June.
    let app = TestApp::spawn_with(&[("SAYSO_TODAY", "2026-06-03")]).await;
    app.execute("UPDATE orgs SET reply_within_days = 1 WHERE slug = 'demo'")
        .await;
    for i in 0..13 {
        let text = format!("Message number {i} about the house");
        let sent = send(
            &app,
            &json!({"kind": "idea", "text": text, "age_band": "12-17", "care_status": "in_care"}),
        )
        .await;
        assert_eq!(sent["reply_by"], "2026-06-04");
    }
    let (client, csrf) = officer(&app).await;
    let ids: Vec<i64> = app
        .query_strings("SELECT CAST(id AS TEXT) FROM feedback WHERE body LIKE 'Message number %' ORDER BY id")
        .await
        .into_iter()
        .map(|r| r[0].clone().unwrap().parse().unwrap())
        .collect();
    // Twelve replied (six on the day, six days late); one closed unreplied.
    for (n, id) in ids.iter().enumerate().take(12) {
        let r = client
            .post(app.url(&format!("/staff/feedback/{id}")))
            .form(&[
                ("csrf", csrf.as_str()),
                ("action", "reply"),
                ("body", "Thank you, we hear you"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
        let day = if n < 6 { "2026-06-04" } else { "2026-06-10" };
        app.execute(&format!(
            "UPDATE replies SET created_at = {} WHERE feedback_id = {id}",
            at_ten(day)
        ))
        .await;
    }
    app.execute(&format!("UPDATE feedback SET status = 'closed' WHERE id = {}", ids[12]))
        .await;
    // Everything received "in June": the demo samples arrived today, in December.
    app.execute(&format!(
        "UPDATE feedback SET received_hour = {} WHERE body LIKE 'Message number %'",
        at_ten("2026-06-03") - at_ten("2026-06-03") % 3600
    ))
    .await;

    // Five messages tied to "listen"; a group session too.
    for id in &ids[..5] {
        let r = client
            .put(app.url(&format!("/api/v1/orgs/demo/feedback/{id}/promises")))
            .header("X-CSRF-Token", &csrf)
            .json(&json!({"promises": ["listen"]}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 204);
    }
    let r = client
        .put(app.url(&format!("/api/v1/orgs/demo/feedback/{}/promises", ids[0])))
        .header("X-CSRF-Token", &csrf)
        .json(&json!({"promises": ["no-such-promise"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let secret = "Our group said Ms Whitlock never listens";
    let app = app.restart(&[("SAYSO_TODAY", "2026-06-10")]).await;
    let (client, csrf) = officer(&app).await;
    assert_eq!(
        post_group(&app, &client, Some(&csrf), &group(secret)).await.status(),
        201
    );

    let report = board_report(&app, "?from=2026-04-01&to=2026-06-30").await;
    assert_eq!(
        report["comparison"], "same_days_so_far",
        "the quarter is still running on 10 June"
    );
    assert_eq!(report["previous_period"]["from"], "2026-01-01");
    assert_eq!(report["previous_period"]["to"], "2026-03-12");
    let replies = &report["replies"];
    assert_eq!(replies["due"]["count"], 12, "the closed message owed no reply");
    assert_eq!(replies["on_time"]["count"], 6);
    assert_eq!(replies["late"]["count"], 6);
    assert_eq!(replies["overdue_now"]["count"], 0);
    assert_eq!(replies["previous_period"]["due"]["count"], 0);

    assert_eq!(report["group_sessions"]["participants"]["count"], 8);
    assert_eq!(report["group_sessions"]["sessions"]["shown"], "fewer than 5");
    let listen = report["promises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "listen")
        .unwrap()
        .clone();
    assert_eq!(listen["feedback"]["count"], 5);
    assert_eq!(listen["group_sessions"]["shown"], "fewer than 5");
    assert_eq!(listen["actions_by_status"]["done"], 1);
    let text = report.to_string();
    assert!(
        !text.contains("Whitlock") && !text.contains("Message number"),
        "never the words"
    );

    // No cohort yet: no rates.
    assert_eq!(report["cohort"], Value::Null);
    assert!(report["total"].get("per_100_children").is_none());
    // An admin records the quarter's cohort; then rates appear.
    let (admin, admin_csrf) = admin(&app).await;
    let record = |quarter: &'static str, in_care: &'static str| {
        admin
            .post(app.url("/staff/admin"))
            .form(&[
                ("csrf", admin_csrf.as_str()),
                ("action", "cohort"),
                ("quarter", quarter),
                ("in_care", in_care),
                ("care_leavers", "100"),
            ])
            .send()
    };
    assert_eq!(record("2026-Q5", "200").await.unwrap().status(), 422);
    assert_eq!(record("2026-Q2", "-3").await.unwrap().status(), 422);
    assert_eq!(record("2026-Q2", "200").await.unwrap().status(), 303);
    let (officer_client, officer_csrf) = officer(&app).await;
    let r = officer_client
        .post(app.url("/staff/admin"))
        .form(&[
            ("csrf", officer_csrf.as_str()),
            ("action", "cohort"),
            ("quarter", "2026-Q2"),
            ("in_care", "1"),
            ("care_leavers", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403, "only an admin records the cohort");
    let report = board_report(&app, "?from=2026-04-01&to=2026-06-30").await;
    assert_eq!(report["cohort"], json!({"in_care": 200, "care_leavers": 100}));
    assert_eq!(report["total"]["this_period"]["count"], 13);
    assert_eq!(report["total"]["per_100_children"], 4.3);
    let in_care = report["by_care_status"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["key"] == "in_care")
        .unwrap()
        .clone();
    assert_eq!(in_care["per_100_children"], 6.5);

    // The CSV and the printed page carry the same.
    let csv = board_csv(&app).await;
    assert!(csv.contains("replies,on_time,Replied on time,6,"));
    let page = board_page(&app).await;
    assert!(page.contains("Replies: did we keep our promise?"));
    assert!(page.contains("What groups said"));
    assert!(!page.contains("Whitlock"));
}

async fn board_csv(app: &TestApp) -> String {
    let (board, _) = sign_in(app, "board@demo.sayso.test", TEST_PASSWORD).await;
    board
        .get(app.url("/api/v1/orgs/demo/reports/board?from=2026-04-01&to=2026-06-30&format=csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn board_page(app: &TestApp) -> String {
    let (board, _) = sign_in(app, "board@demo.sayso.test", TEST_PASSWORD).await;
    board
        .get(app.url("/staff/report?from=2026-04-01&to=2026-06-30"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_named_young_person_hears_when_their_action_changes() {
    let app = TestApp::spawn().await;
    let sent = send(
        &app,
        &json!({
            "kind": "idea", "text": "Can we have wifi in the house?", "age_band": "16-25",
            "anonymous": false, "name": "Sam", "contact_email": "sam@example.test", "email_consent": true
        }),
    )
    .await;
    let quiet = send(
        &app,
        &json!({
            "kind": "idea", "text": "Wifi please", "age_band": "16-25",
            "anonymous": false, "name": "Alex", "contact_email": "alex@example.test", "email_consent": false
        }),
    )
    .await;
    let code = sent["reply_code"].as_str().unwrap();
    app.execute(
        "INSERT INTO actions (org_id, you_said, we_did, status, published, created_at, updated_at) \
         SELECT id, 'Young people want wifi', 'We are putting wifi in every home', 'planned', TRUE, 0, 0 \
         FROM orgs WHERE slug = 'demo'",
    )
    .await;
    for c in [code, quiet["reply_code"].as_str().unwrap()] {
        app.execute(&format!(
            "INSERT INTO action_feedback (action_id, feedback_id) SELECT a.id, f.id FROM actions a, feedback f \
             WHERE a.you_said = 'Young people want wifi' AND f.reply_code = '{c}'"
        ))
        .await;
    }
    let action_id = app
        .count("SELECT id FROM actions WHERE you_said = 'Young people want wifi'")
        .await;
    let (client, csrf) = officer(&app).await;
    let r = client
        .post(app.url(&format!("/staff/actions/{action_id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "progress"),
            ("status", "in_progress"),
            ("body", "Chased the contractor twice"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);

    let status: Value = app
        .get(&format!("/api/v1/orgs/demo/replies/{code}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["status"], "you_said_we_did");
    assert_eq!(status["action_status"], "in_progress");
    assert!(status["action_updated_on"].as_str().is_some());
    let page = app
        .post_form("/demo/reply", &[("code", code)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("id=\"action-news\""), "Check my reply shows the change");

    let emails = app
        .query_strings("SELECT to_addr, subject, body_text FROM outbox WHERE subject LIKE 'News from%'")
        .await;
    assert_eq!(emails.len(), 1, "only the young person who agreed: {emails:?}");
    assert_eq!(emails[0][0].as_deref(), Some("sam@example.test"));
    let body = emails[0][2].clone().unwrap();
    assert!(body.contains("We are putting wifi in every home"));
    assert!(!body.contains("contractor"), "never the team's internal notes");

    // Nothing new to tell: saving the same status with no note sends nothing.
    client
        .post(app.url(&format!("/staff/actions/{action_id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "progress"),
            ("status", "in_progress"),
            ("body", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE 'News from%'")
            .await,
        1
    );
}
