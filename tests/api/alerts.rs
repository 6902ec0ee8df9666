//! Safeguarding alerts that neither miss nor bury the lead (docs/alerts.md):
//! a burst is one email with a count, several alerts are acknowledged at
//! once, an organisation without a lead still alerts someone, a lead added
//! later hears at once, an unacknowledged alert escalates, and the emails
//! are ones Microsoft 365 and Google accept. Every email is read from the
//! outbox's .eml files with a real mail parser.

use sayso_tests::{add_user, run_cli, sign_in, TempDir, TestApp, TEST_PASSWORD};
use serde_json::{json, Value};
use std::path::Path;
use std::time::{Duration, Instant};

const LEAD: (&str, &str) = ("safeguarding@demo.sayso.test", "demo-safeguarding-password");
const FROM: &str = "Northshire Safeguarding <sayso-alerts@northshire.gov.example>";

/// One alert email as a mail server reads it.
#[derive(Debug, Clone)]
struct Mail {
    to: String,
    from: String,
    subject: String,
    body: String,
    message_id: Option<String>,
    mime_version: Option<String>,
    date: Option<i64>,
}

fn read_outbox(dir: &Path) -> Vec<Mail> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .map(|p| {
            let raw = std::fs::read(p).unwrap();
            let m = mail_parser::MessageParser::default()
                .parse(&raw)
                .unwrap_or_else(|| panic!("{} is not a parseable email", p.display()));
            let addr = |a: Option<&mail_parser::Address>| {
                a.and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .unwrap_or_default()
                    .to_string()
            };
            Mail {
                to: addr(m.to()),
                from: addr(m.from()),
                subject: m.subject().unwrap_or_default().to_string(),
                body: m.body_text(0).map(|b| b.to_string()).unwrap_or_default(),
                message_id: m.message_id().map(str::to_string),
                mime_version: m.header_raw("MIME-Version").map(|v| v.trim().to_string()),
                date: m.date().map(|d| d.to_timestamp()),
            }
        })
        .collect()
}

/// Waits (at most `secs`) until the emails in the outbox satisfy `done`.
async fn wait_mail(dir: &Path, secs: u64, done: impl Fn(&[Mail]) -> bool) -> Vec<Mail> {
    let until = Instant::now() + Duration::from_secs(secs);
    loop {
        let mail = read_outbox(dir);
        if done(&mail) || Instant::now() > until {
            return mail;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The items an email links to.
fn linked(body: &str) -> Vec<i64> {
    body.match_indices("/staff/feedback/")
        .filter_map(|(at, s)| {
            let digits: String = body[at + s.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            digits.parse().ok()
        })
        .collect()
}

fn to(mail: &[Mail], who: &str) -> Vec<Mail> {
    mail.iter().filter(|m| m.to == who).cloned().collect()
}

fn unsafe_report() -> Value {
    json!({"kind": "worry", "unsafe": true, "age_band": "8-11"})
}

async fn spawn(outbox: &Path, extra: &[(&str, &str)]) -> TestApp {
    let mut env = vec![
        ("SAYSO_OUTBOX_DIR", outbox.to_str().unwrap()),
        ("SAYSO_MAIL_FROM", FROM),
        ("SAYSO_PUBLIC_URL", "https://sayso.northshire.gov.example"),
    ];
    env.extend_from_slice(extra);
    TestApp::spawn_with(&env).await
}

/// Open alert ids on the dashboard as `client` sees it.
async fn dashboard_ids(app: &TestApp, client: &reqwest::Client) -> Vec<String> {
    let html = client
        .get(app.url("/staff/alerts"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    html.match_indices("action=\"/staff/alerts/")
        .map(|(at, s)| {
            html[at + s.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn a_burst_is_all_stored_and_reaches_each_lead_as_one_email_with_a_count() {
    let dir = TempDir::new();
    let outbox = dir.path.join("outbox");
    let app = spawn(&outbox, &[("SAYSO_ALERT_WINDOW_SECONDS", "4")]).await;
    add_user(&app, "demo", "second.lead@demo.sayso.test", "safeguarding");

    let first = app.post_feedback(&unsafe_report()).await;
    assert_eq!(first.status(), 201);
    let mail = wait_mail(&outbox, 10, |m| to(m, LEAD.0).len() == 1).await;
    assert_eq!(
        to(&mail, LEAD.0).len(),
        1,
        "the first urgent message is emailed at once"
    );
    // Four more from the same phone within seconds.
    for _ in 0..4 {
        let r = app.post_feedback(&unsafe_report()).await;
        assert_eq!(r.status(), 201);
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE urgent = TRUE AND reported_unsafe = TRUE")
            .await,
        5,
        "every message of the burst is stored"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM alerts").await, 5);
    let mail = wait_mail(&outbox, 15, |m| to(m, LEAD.0).len() >= 2).await;
    // Long enough for any stray per-message email to turn up.
    tokio::time::sleep(Duration::from_secs(6)).await;
    let mail = if mail.len() < read_outbox(&outbox).len() {
        read_outbox(&outbox)
    } else {
        mail
    };
    for lead in [LEAD.0, "second.lead@demo.sayso.test"] {
        let theirs = to(&mail, lead);
        assert_eq!(
            theirs.len(),
            2,
            "{lead}: one email at once, then one for the rest of the burst: {theirs:#?}"
        );
        assert!(
            theirs[1].body.contains("4 urgent messages have arrived"),
            "{}",
            theirs[1].body
        );
        assert!(theirs[1].subject.contains("5 messages"), "{}", theirs[1].subject);
        assert_eq!(
            theirs[1].body.matches("/staff/feedback/").count(),
            5,
            "a link to each waiting message"
        );
    }
}

#[tokio::test]
async fn alert_emails_carry_message_id_mime_version_date_and_the_councils_from() {
    let dir = TempDir::new();
    let outbox = dir.path.join("outbox");
    let app = spawn(&outbox, &[]).await;
    app.post_feedback(&unsafe_report()).await;
    let mail = wait_mail(&outbox, 10, |m| !m.is_empty()).await;
    let m = to(&mail, LEAD.0).pop().expect("an alert email to the lead");
    let id = m.message_id.clone().expect("a Message-ID");
    assert!(
        id.ends_with("@northshire.gov.example"),
        "Message-ID on the council's domain: {id}"
    );
    assert_eq!(m.mime_version.as_deref(), Some("1.0"));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let date = m.date.expect("a Date header");
    assert!((now - date).abs() < 300, "Date is now, not {date}");
    assert_eq!(m.from, "sayso-alerts@northshire.gov.example");
    assert!(m.body.contains("https://sayso.northshire.gov.example/staff/alerts"));

    // Another email has another Message-ID.
    add_user(&app, "demo", "second.lead@demo.sayso.test", "safeguarding");
    let mail = wait_mail(&outbox, 10, |m| to(m, "second.lead@demo.sayso.test").len() == 1).await;
    let other = to(&mail, "second.lead@demo.sayso.test").pop().unwrap();
    assert_ne!(other.message_id, m.message_id);
}

#[tokio::test]
async fn a_lead_acknowledges_several_alerts_at_once_and_each_is_audited() {
    let dir = TempDir::new();
    let outbox = dir.path.join("outbox");
    let app = spawn(&outbox, &[]).await;
    for _ in 0..3 {
        app.post_feedback(&unsafe_report()).await;
    }
    let (lead, csrf) = sign_in(&app, LEAD.0, LEAD.1).await;
    let ids = dashboard_ids(&app, &lead).await;
    assert_eq!(ids.len(), 3);
    let page = lead
        .get(app.url("/staff/alerts"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("form=\"acknowledge-several\""), "a tick box per alert");

    // No: without the CSRF token, with nothing ticked, or without what was done.
    let tick = |ids: &[&str], csrf: &str, action: &str| {
        let mut f: Vec<(String, String)> = ids.iter().map(|i| ("alert".to_string(), i.to_string())).collect();
        f.push(("csrf".into(), csrf.into()));
        f.push(("action_taken".into(), action.into()));
        f
    };
    let r = lead
        .post(app.url("/staff/alerts"))
        .form(&tick(&[&ids[0], &ids[1]], "wrong", "Called the police"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = lead
        .post(app.url("/staff/alerts"))
        .form(&tick(&[], &csrf, "Called the police"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Tick at least one alert"));
    let r = lead
        .post(app.url("/staff/alerts"))
        .form(&tick(&[&ids[0], &ids[1]], &csrf, "  "))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL")
            .await,
        3
    );

    // A board member may not; another organisation's lead cannot reach them.
    add_user(&app, "demo", "board@demo.sayso.test", "board");
    let (board, board_csrf) = sign_in(&app, "board@demo.sayso.test", TEST_PASSWORD).await;
    let r = board
        .post(app.url("/staff/alerts"))
        .form(&tick(&[&ids[0]], &board_csrf, "x"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let (ok, _, err) = run_cli(&app.db, &["org", "add", "northshire", "--name", "Northshire"], &[]);
    assert!(ok, "{err}");
    add_user(&app, "northshire", "lead@northshire.test", "safeguarding");
    let (stranger, stranger_csrf) = sign_in(&app, "lead@northshire.test", TEST_PASSWORD).await;
    let r = stranger
        .post(app.url("/staff/alerts"))
        .form(&tick(&[&ids[0], &ids[1]], &stranger_csrf, "Nothing"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL")
            .await,
        3,
        "another organisation's lead acknowledged nothing"
    );

    // Yes: two ticked, one record of what was done, two audit entries.
    let r = lead
        .post(app.url("/staff/alerts"))
        .form(&tick(
            &[&ids[0], &ids[1]],
            &csrf,
            "Called the young person's social worker",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NOT NULL AND action_taken LIKE 'Called%'")
            .await,
        2
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'alert.acknowledge'")
            .await,
        2
    );
    assert_eq!(
        dashboard_ids(&app, &lead).await,
        vec![ids[2].clone()],
        "the third still waits"
    );
}

#[tokio::test]
async fn without_a_lead_alerts_go_to_the_inbox_and_a_lead_added_later_hears_at_once() {
    let dir = TempDir::new();
    let outbox = dir.path.join("outbox");
    let app = spawn(&outbox, &[("SAYSO_ALERT_WINDOW_SECONDS", "2")]).await;
    let (ok, out, err) = run_cli(&app.db, &["org", "add", "quietshire", "--name", "Quietshire"], &[]);
    assert!(ok, "{err}");
    assert!(out.contains("Added Quietshire"));
    assert!(
        err.contains("WARNING") && err.contains("no safeguarding user") && err.contains("--role safeguarding"),
        "org add warns: {err}"
    );
    add_user(&app, "quietshire", "admin@quietshire.test", "admin");
    let (admin, csrf) = sign_in(&app, "admin@quietshire.test", TEST_PASSWORD).await;
    let page = admin
        .get(app.url("/staff/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("id=\"no-safeguarding-lead\""),
        "the admin page warns in red"
    );

    // An urgent message with nobody to tell: stored, and nobody emailed yet.
    let r = app
        .client
        .post(app.url("/api/v1/orgs/quietshire/feedback"))
        .json(&unsafe_report())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(read_outbox(&outbox)
        .iter()
        .all(|m| !m.to.ends_with("quietshire.gov.example")));

    // The inbox: only an email address; the CSRF token is checked.
    let set = |csrf: &str, inbox: &str| {
        vec![
            ("csrf".to_string(), csrf.to_string()),
            ("action".to_string(), "alert_contacts".to_string()),
            ("safeguarding_inbox".to_string(), inbox.to_string()),
            ("escalation_email".to_string(), String::new()),
        ]
    };
    let r = admin
        .post(app.url("/staff/admin"))
        .form(&set("bad", "mash@quietshire.gov.example"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = admin
        .post(app.url("/staff/admin"))
        .form(&set(&csrf, "not an address"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = admin
        .post(app.url("/staff/admin"))
        .form(&set(&csrf, "mash@quietshire.gov.example"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.alert_contacts'")
            .await,
        1
    );
    let mail = wait_mail(&outbox, 60, |m| !to(m, "mash@quietshire.gov.example").is_empty()).await;
    let inbox = to(&mail, "mash@quietshire.gov.example");
    assert_eq!(inbox.len(), 1, "the waiting alert reaches the inbox within a minute");
    assert!(inbox[0].body.contains("no safeguarding lead"));

    // A second message goes to the inbox too.
    app.client
        .post(app.url("/api/v1/orgs/quietshire/feedback"))
        .json(&unsafe_report())
        .send()
        .await
        .unwrap();
    wait_mail(&outbox, 15, |m| to(m, "mash@quietshire.gov.example").len() == 2).await;

    // A lead added later hears of both within a minute (the repeat is 15).
    let added = Instant::now();
    add_user(&app, "quietshire", "lead@quietshire.gov.example", "safeguarding");
    let mail = wait_mail(&outbox, 60, |m| !to(m, "lead@quietshire.gov.example").is_empty()).await;
    assert!(added.elapsed() < Duration::from_secs(60));
    let told = to(&mail, "lead@quietshire.gov.example");
    assert_eq!(told.len(), 1, "{told:#?}");
    assert!(
        told[0].body.contains("2 urgent messages are waiting"),
        "{}",
        told[0].body
    );
    let page = admin
        .get(app.url("/staff/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !page.contains("id=\"no-safeguarding-lead\""),
        "no warning once there is a lead"
    );
    assert!(
        to(&mail, LEAD.0).is_empty(),
        "Quietshire's alerts never reach another organisation's lead"
    );
}

#[tokio::test]
async fn an_alert_nobody_acknowledges_also_goes_to_the_escalation_address_once() {
    let dir = TempDir::new();
    let outbox = dir.path.join("outbox");
    let app = spawn(&outbox, &[("SAYSO_ESCALATE_AFTER_MINUTES", "0.25")]).await;
    add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let (admin, csrf) = sign_in(&app, "admin@demo.sayso.test", TEST_PASSWORD).await;
    let r = admin
        .post(app.url("/staff/admin"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "alert_contacts"),
            ("safeguarding_inbox", ""),
            ("escalation_email", "out-of-hours@northshire.gov.example"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    app.post_feedback(&unsafe_report()).await;
    app.post_feedback(&unsafe_report()).await;
    // One of the two is acknowledged at once (well inside the 15 s): it never escalates.
    let (lead, lead_csrf) = sign_in(&app, LEAD.0, LEAD.1).await;
    let ids = dashboard_ids(&app, &lead).await;
    assert_eq!(ids.len(), 2);
    let r = lead
        .post(app.url(&format!("/staff/alerts/{}", ids[0])))
        .form(&[("csrf", lead_csrf.as_str()), ("action_taken", "Rang the carer")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let acked_item = app
        .count(&format!("SELECT feedback_id FROM alerts WHERE id = {}", ids[0]))
        .await;
    let waiting_item = app
        .count(&format!("SELECT feedback_id FROM alerts WHERE id = {}", ids[1]))
        .await;

    let mail = wait_mail(&outbox, 60, |m| {
        !to(m, "out-of-hours@northshire.gov.example").is_empty()
    })
    .await;
    let escalated = to(&mail, "out-of-hours@northshire.gov.example");
    assert_eq!(escalated.len(), 1);
    assert!(
        escalated[0].subject.starts_with("Escalation: 1 urgent message"),
        "{}",
        escalated[0].subject
    );
    assert_eq!(
        linked(&escalated[0].body),
        vec![waiting_item],
        "only the one nobody acknowledged"
    );
    assert_ne!(waiting_item, acked_item);
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(
        to(&read_outbox(&outbox), "out-of-hours@northshire.gov.example").len(),
        1,
        "escalated once, not every second"
    );
}

#[tokio::test]
async fn the_help_form_sends_when_nothing_is_typed_and_alerts_the_lead() {
    let dir = TempDir::new();
    let outbox = dir.path.join("outbox");
    let app = spawn(&outbox, &[]).await;
    let r = app
        .post_form(
            "/demo/help",
            &[("text", ""), ("contact", ""), ("idempotency_key", "help-empty-0001")],
        )
        .await;
    assert_eq!(r.status(), 200, "the thank-you page, not an error");
    let html = r.text().await.unwrap();
    assert!(!html.contains("error-summary"), "no error for an empty message");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE reported_unsafe = TRUE AND urgent = TRUE")
            .await,
        1
    );
    // The same key again (a double tap) stores nothing new.
    app.post_form(
        "/demo/help",
        &[("text", ""), ("contact", ""), ("idempotency_key", "help-empty-0001")],
    )
    .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE reported_unsafe = TRUE")
            .await,
        1
    );
    let mail = wait_mail(&outbox, 10, |m| !to(m, LEAD.0).is_empty()).await;
    assert_eq!(to(&mail, LEAD.0).len(), 1);
}

/// The hourly retention pass runs in a task of its own: while it is stuck
/// (here its claim waits on a lock the test holds on `job_claims`, which
/// nothing else touches), an urgent message still reaches the lead at
/// once. PostgreSQL only: SQLite has one write lock for the whole file, so
/// a pass held up there holds up every write, alerts' included, whatever
/// task it runs in; there is no way to make only retention slow.
#[tokio::test]
async fn an_urgent_alert_is_sent_while_the_retention_pass_is_stuck() {
    use sqlx::Connection;
    if !sayso_tests::using_postgres() {
        return;
    }
    let dir = TempDir::new();
    let outbox = dir.path.join("outbox");
    let app = spawn(&outbox, &[]).await;
    // Retention's claim waits on this until the transaction ends.
    let mut lock = sqlx::PgConnection::connect(&app.db.url).await.unwrap();
    sqlx::query("BEGIN").execute(&mut lock).await.unwrap();
    sqlx::query("LOCK TABLE job_claims IN ACCESS EXCLUSIVE MODE")
        .execute(&mut lock)
        .await
        .unwrap();
    // A fresh start asks at once whether the hour's pass is due.
    let env = [
        ("SAYSO_OUTBOX_DIR", outbox.to_str().unwrap()),
        ("SAYSO_MAIL_FROM", FROM),
        ("SAYSO_PUBLIC_URL", "https://sayso.northshire.gov.example"),
    ];
    let app = app.restart(&env).await;
    let before = to(&read_outbox(&outbox), LEAD.0).len();
    let r = app.post_feedback(&unsafe_report()).await;
    assert_eq!(r.status(), 201);
    let mail = wait_mail(&outbox, 15, |m| to(m, LEAD.0).len() > before).await;
    let waiting = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%job_claims%'",
    )
    .fetch_one(&mut lock)
    .await
    .unwrap();
    sqlx::query("ROLLBACK").execute(&mut lock).await.unwrap();
    assert!(waiting >= 1, "the retention pass was waiting on the lock");
    assert_eq!(
        to(&mail, LEAD.0).len(),
        before + 1,
        "the lead is alerted while retention is stuck"
    );
}
