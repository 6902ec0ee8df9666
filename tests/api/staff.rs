//! The participation team: signing in, the queue, working an item, and
//! the doors that must stay shut.

use sayso_tests::{add_user, item_id, message, run_cli, sign_in_full as sign_in, TestApp, OFFICER};
use serde_json::{json, Value};

#[tokio::test]
async fn an_officer_signs_in_and_sees_the_queue_urgent_first() {
    let app = TestApp::spawn().await;
    let mut urgent = message();
    urgent["text"] = json!("he hits me when mum is out");
    app.post_feedback(&urgent).await;
    let (client, status, body) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    assert_eq!(status, 200);
    assert_eq!(body["role"], "officer");
    let list: Value = client
        .get(app.url("/api/v1/orgs/demo/feedback"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 6);
    assert_eq!(items[0]["urgent"], true, "urgent first");
    let ids: Vec<i64> = items[1..].iter().map(|i| i["id"].as_i64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "then oldest first");

    let only_urgent: Value = client
        .get(app.url("/api/v1/orgs/demo/feedback?urgent=true"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(only_urgent["items"].as_array().unwrap().len(), 1);
    let money: Value = client
        .get(app.url("/api/v1/orgs/demo/feedback?theme=money"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(money["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["themes"].as_array().unwrap().contains(&json!("money"))));
    let new: Value = client
        .get(app.url("/api/v1/orgs/demo/feedback?status=closed"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(new["items"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn wrong_passwords_are_refused_and_then_the_account_locks() {
    let app = TestApp::spawn().await;
    let (_, status, body) = sign_in(&app, OFFICER.0, "wrong password").await;
    assert_eq!(status, 401);
    assert!(body["error"].as_str().unwrap().contains("don't match"));
    let (_, status, _) = sign_in(&app, "nobody@demo.sayso.test", "whatever else").await;
    assert_eq!(status, 401, "an unknown email looks the same");
    for _ in 0..4 {
        sign_in(&app, OFFICER.0, "wrong password").await;
    }
    let (_, status, body) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    assert_eq!(status, 429, "locked even with the right password");
    assert!(body["error"].as_str().unwrap().contains("locked"));
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = TestApp::spawn().await;
    let (client, _, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    assert_eq!(
        client
            .get(app.url("/api/v1/orgs/demo/feedback"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        client.delete(app.url("/api/v1/session")).send().await.unwrap().status(),
        204
    );
    assert_eq!(
        client
            .get(app.url("/api/v1/orgs/demo/feedback"))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
}

#[tokio::test]
async fn staff_endpoints_refuse_strangers_other_organisations_and_board_members() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.get("/api/v1/orgs/demo/feedback").await.status(),
        401,
        "not signed in"
    );
    let (ok, _, err) = run_cli(
        &app.db,
        &["org", "add", "elsewhere", "--name", "Elsewhere Council"],
        &[],
    );
    assert!(ok, "{err}");
    add_user(&app, "elsewhere", "officer@elsewhere.example", "officer");
    add_user(&app, "demo", "board@demo.sayso.test", "board");
    add_user(&app, "demo", "manager@demo.sayso.test", "manager");

    let (other, status, _) = sign_in(&app, "officer@elsewhere.example", "correct horse battery").await;
    assert_eq!(status, 200);
    let r = other.get(app.url("/api/v1/orgs/demo/feedback")).send().await.unwrap();
    assert_eq!(r.status(), 403, "another organisation's officer");
    assert_eq!(
        other.get(app.url("/staff/feedback/1")).send().await.unwrap().status(),
        404,
        "their item pages too"
    );

    let (board, _, _) = sign_in(&app, "board@demo.sayso.test", "correct horse battery").await;
    let r = board.get(app.url("/api/v1/orgs/demo/feedback")).send().await.unwrap();
    assert_eq!(r.status(), 403, "board members never read feedback");
    assert_eq!(
        board.get(app.url("/staff/feedback/1")).send().await.unwrap().status(),
        403
    );
    assert_eq!(board.get(app.url("/staff/queue")).send().await.unwrap().status(), 403);

    // A manager reads words but never contact details.
    let mut named = message();
    named["anonymous"] = json!(false);
    named["name"] = json!("Priya");
    named["contact_email"] = json!("priya@example.org");
    app.post_feedback(&named).await;
    let (manager, _, _) = sign_in(&app, "manager@demo.sayso.test", "correct horse battery").await;
    let list = manager
        .get(app.url("/api/v1/orgs/demo/feedback"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!list.contains("priya@example.org") && !list.contains("Priya"), "{list}");
    let (officer, _, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let list = officer
        .get(app.url("/api/v1/orgs/demo/feedback"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains("priya@example.org"));
}

/// The loop: a young person says something, an officer reads and replies
/// on the staff pages, and the young person sees the reply with their code.
#[tokio::test]
async fn an_officer_replies_and_the_young_person_sees_it_with_their_code() {
    let app = TestApp::spawn().await;
    let sent: Value = app.post_feedback(&message()).await.json().await.unwrap();
    let code = sent["reply_code"].as_str().unwrap().to_string();
    let (client, _, session) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let csrf = session["csrf_token"].as_str().unwrap().to_string();
    let id = item_id(&app, &client, "text", &message()["text"]).await;

    let page = client
        .get(app.url(&format!("/staff/feedback/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("film night"));
    let status: Value = app
        .get(&format!("/api/v1/orgs/demo/replies/{code}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["status"], "read", "opening it marks it read by the team");

    let post = |fields: Vec<(&'static str, String)>| {
        client
            .post(app.url(&format!("/staff/feedback/{id}")))
            .form(&fields)
            .send()
    };
    let forged = post(vec![
        ("csrf", "forged".into()),
        ("action", "reply".into()),
        ("body", "x".into()),
    ])
    .await
    .unwrap();
    assert_eq!(
        forged.status(),
        403,
        "a form without the session's CSRF token is refused"
    );
    let r = post(vec![
        ("csrf", csrf.clone()),
        ("action", "themes".into()),
        ("themes", "fun".into()),
        ("themes", "money".into()),
    ])
    .await
    .unwrap();
    assert_eq!(r.status(), 303);
    post(vec![
        ("csrf", csrf.clone()),
        ("action", "note".into()),
        ("body", "Check with the house manager".into()),
    ])
    .await
    .unwrap();
    let reply = "Yes! Film night is on Friday. <b>Bring snacks</b>";
    post(vec![
        ("csrf", csrf.clone()),
        ("action", "reply".into()),
        ("body", reply.into()),
    ])
    .await
    .unwrap();

    let seen: Value = app
        .get(&format!("/api/v1/orgs/demo/replies/{code}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(seen["status"], "replied");
    assert_eq!(seen["replies"][0]["text"], reply);
    assert!(
        !seen.to_string().contains("house manager"),
        "internal notes stay internal"
    );
    let page = app
        .post_form("/demo/reply", &[("code", &code)])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Film night is on Friday. &lt;b&gt;Bring snacks&lt;/b&gt;"),
        "escaped on the page"
    );

    let audited = app
        .count(&format!("SELECT COUNT(*) FROM audit_log WHERE feedback_id = {id}"))
        .await;
    assert_eq!(audited, 4, "view, themes, note and reply are in the audit log");
}

#[tokio::test]
async fn the_staff_pages_sign_in_with_a_plain_form() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = client.get(app.url("/staff/queue")).send().await.unwrap();
    assert_eq!(r.status(), 303, "signed-out visitors go to sign in");
    let bad = client
        .post(app.url("/staff/login"))
        .form(&[("email", OFFICER.0), ("password", "nope")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 401);
    assert!(
        bad.text().await.unwrap().contains("value=\"officer@demo.sayso.test\""),
        "the email is kept"
    );
    let ok = client
        .post(app.url("/staff/login"))
        .form(&[("email", OFFICER.0), ("password", OFFICER.1)])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 303);
    let cookie = ok.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let queue = client.get(app.url("/staff/queue")).send().await.unwrap();
    assert_eq!(queue.status(), 200);
    let html = queue.text().await.unwrap();
    assert!(html.contains("Feedback queue") && html.contains("three social workers"));
}

#[tokio::test]
async fn an_admin_reads_the_audit_log_and_an_officer_cannot() {
    let app = TestApp::spawn().await;
    add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let (officer, _, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    officer.get(app.url("/staff/feedback/2")).send().await.unwrap();
    assert_eq!(officer.get(app.url("/staff/audit")).send().await.unwrap().status(), 403);
    let (admin, _, _) = sign_in(&app, "admin@demo.sayso.test", "correct horse battery").await;
    let page = admin
        .get(app.url("/staff/audit?action=feedback.view"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("officer@demo.sayso.test") && html.contains("feedback.view"),
        "who viewed what"
    );
    assert!(!html.contains("session.login</td>"), "filtered by action");
}

#[tokio::test]
async fn an_officer_redacts_details_and_managers_only_ever_see_the_redacted_words() {
    let app = TestApp::spawn().await;
    add_user(&app, "demo", "manager@demo.sayso.test", "manager");
    let mut m = message();
    m["text"] = json!("My worker Sarah never rings back, my number is 07700 900123 and I go to Oakfield Primary");
    app.post_feedback(&m).await;
    let (officer, _, session) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let csrf = session["csrf_token"].as_str().unwrap().to_string();
    let id = item_id(&app, &officer, "text", &m["text"]).await;

    let (manager, _, _) = sign_in(&app, "manager@demo.sayso.test", "correct horse battery").await;
    let before: Value = manager
        .get(app.url("/api/v1/orgs/demo/feedback"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let row = before["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(row["text"], Value::Null, "nothing to show a manager before redaction");

    let page = officer
        .get(app.url(&format!("/staff/feedback/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for suggested in ["name:Sarah", "phone:07700 900123", "school:Oakfield Primary"] {
        assert!(page.contains(&format!("value=\"{suggested}\"")), "suggests {suggested}");
    }
    let r = officer
        .post(app.url(&format!("/staff/feedback/{id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "redact"),
            ("hide", "name:Sarah"),
            ("hide", "phone:07700 900123"),
            ("hide", "school:Oakfield Primary"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let after: Value = manager
        .get(app.url("/api/v1/orgs/demo/feedback"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let row = after["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(
        row["text"],
        "My worker [name] never rings back, my number is [phone] and I go to [school]"
    );
    let item = manager
        .get(app.url(&format!("/staff/feedback/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        item.contains("[name]") && !item.contains("Sarah") && !item.contains("07700"),
        "managers never see the original"
    );
    let item = officer
        .get(app.url(&format!("/staff/feedback/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        item.contains("Sarah never rings back"),
        "the original is kept for the team"
    );
}

/// Every staff endpoint, for every kind of visitor who must be refused.
#[tokio::test]
async fn every_staff_endpoint_refuses_strangers_board_members_and_other_organisations() {
    let app = TestApp::spawn().await;
    let (ok, _, err) = run_cli(
        &app.db,
        &["org", "add", "elsewhere", "--name", "Elsewhere Council"],
        &[],
    );
    assert!(ok, "{err}");
    add_user(&app, "elsewhere", "admin@elsewhere.example", "admin");
    add_user(&app, "demo", "board@demo.sayso.test", "board");
    let mut urgent = message();
    urgent["text"] = json!("he hits me");
    app.post_feedback(&urgent).await;
    let stranger = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let (board, _, board_session) = sign_in(&app, "board@demo.sayso.test", "correct horse battery").await;
    let (other, _, other_session) = sign_in(&app, "admin@elsewhere.example", "correct horse battery").await;
    let board_csrf = board_session["csrf_token"].as_str().unwrap().to_string();
    let other_csrf = other_session["csrf_token"].as_str().unwrap().to_string();

    let gets = [
        "/staff/queue",
        "/staff/feedback/1",
        "/staff/alerts",
        "/staff/audit",
        "/staff/admin",
    ];
    for path in gets {
        let r = stranger.get(app.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 303, "{path}: strangers are sent to sign in");
        assert_eq!(
            board.get(app.url(path)).send().await.unwrap().status(),
            403,
            "{path}: board"
        );
    }
    assert_eq!(
        stranger
            .get(app.url("/api/v1/orgs/demo/feedback"))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    assert_eq!(
        board
            .get(app.url("/api/v1/orgs/demo/feedback"))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    assert_eq!(
        other
            .get(app.url("/api/v1/orgs/demo/feedback"))
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
    // Another organisation's admin sees only their own (empty) organisation.
    assert_eq!(
        other.get(app.url("/staff/feedback/1")).send().await.unwrap().status(),
        404
    );
    let queue = other
        .get(app.url("/staff/queue"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!queue.contains("film night") && !queue.contains("he hits me"));
    let alerts = other
        .get(app.url("/staff/alerts"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !alerts.contains("/staff/alerts/1\""),
        "another organisation's alert is not listed"
    );
    let audit = other
        .get(app.url("/staff/audit"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!audit.contains("officer@demo.sayso.test"));

    let posts: [(&str, Vec<(&str, &str)>); 3] = [
        ("/staff/feedback/1", vec![("action", "status"), ("status", "closed")]),
        ("/staff/alerts/1", vec![("action_taken", "nothing")]),
        (
            "/staff/admin",
            vec![("action", "invite"), ("email", "x@y.example"), ("role", "admin")],
        ),
    ];
    for (path, fields) in posts {
        let with = |csrf: &str| {
            let mut f: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            f.push(("csrf".into(), csrf.to_string()));
            f
        };
        assert_eq!(
            stranger
                .post(app.url(path))
                .form(&with(""))
                .send()
                .await
                .unwrap()
                .status(),
            303,
            "{path}"
        );
        assert_eq!(
            board
                .post(app.url(path))
                .form(&with(&board_csrf))
                .send()
                .await
                .unwrap()
                .status(),
            403,
            "{path}"
        );
        other.post(app.url(path)).form(&with(&other_csrf)).send().await.unwrap();
    }
    // Whatever the other organisation's admin posted changed nothing here.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE status = 'closed'").await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NOT NULL")
            .await,
        0
    );
}

#[tokio::test]
async fn the_queue_filters_by_date_and_sign_out_everywhere_ends_every_session() {
    let app = TestApp::spawn().await;
    let (first, _, session) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let (second, _, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let today = app
        .query_strings("SELECT CAST(MAX(received_hour) AS TEXT) FROM feedback")
        .await[0][0]
        .clone()
        .unwrap();
    let today: i64 = today.parse().unwrap();
    let day = |offset: i64| {
        let days = today / 86_400 + offset;
        let out = std::process::Command::new("date")
            .args(["-u", "-d", &format!("@{}", days * 86_400), "+%Y-%m-%d"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let count = |from: String, to: String| {
        let first = &first;
        let url = app.url(&format!("/api/v1/orgs/demo/feedback?from={from}&to={to}"));
        async move {
            let v: Value = first.get(url).send().await.unwrap().json().await.unwrap();
            v["items"].as_array().unwrap().len()
        }
    };
    assert_eq!(count(day(0), day(0)).await, 5, "today's messages");
    assert_eq!(count(day(1), day(2)).await, 0, "none tomorrow");
    assert_eq!(count(day(-3), day(-1)).await, 0, "none before today");

    let csrf = session["csrf_token"].as_str().unwrap();
    first
        .post(app.url("/staff/logout"))
        .form(&[("csrf", csrf), ("everywhere", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        second
            .get(app.url("/api/v1/orgs/demo/feedback"))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
}
