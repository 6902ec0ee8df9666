//! Email: safeguarding alerts and replies go through the outbox, which
//! survives SMTP outages and restarts and sends each message once.

use sayso_tests::{add_user, free_port, item_id, message, sign_in, SmtpSink, TestApp};
use serde_json::{json, Value};
use std::time::Duration;

fn urgent_message(secret: &str) -> Value {
    let mut m = message();
    m["kind"] = json!("worry");
    m["text"] = json!(format!("my stepdad hits me {secret}"));
    m
}

#[tokio::test]
async fn an_urgent_message_alerts_every_safeguarding_lead_with_a_link_and_never_the_words() {
    let sink = SmtpSink::start().await;
    let app = TestApp::spawn_with(&[("SMTP_URL", &sink.url())]).await;
    add_user(&app, "demo", "lead1@demo.sayso.test", "safeguarding");
    add_user(&app, "demo", "lead2@demo.sayso.test", "safeguarding");
    let r: Value = app
        .post_feedback(&urgent_message("Xylophone7731"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(r["urgent"], true);
    // The demo's own lead and the two added.
    let mail = sink.wait_for(3).await;
    assert_eq!(mail.len(), 3, "one email per safeguarding lead");
    let all = mail.join("\n");
    assert!(all.contains("lead1@demo.sayso.test") && all.contains("lead2@demo.sayso.test"));
    assert!(all.contains("safeguarding@demo.sayso.test"));
    assert!(all.contains("/staff/feedback/"), "a link to the item");
    assert!(
        !all.contains("Xylophone7731") && !all.contains("stepdad"),
        "never the young person's words"
    );
}

#[tokio::test]
async fn an_alert_repeats_until_a_lead_acknowledges_what_they_did() {
    let sink = SmtpSink::start().await;
    let env = [
        ("SMTP_URL", sink.url()),
        ("SAYSO_ALERT_REPEAT_MINUTES", "0.05".to_string()),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let app = TestApp::spawn_with(&env).await;
    add_user(&app, "demo", "lead@demo.sayso.test", "safeguarding");
    app.post_feedback(&urgent_message("x")).await;
    // Two leads (the demo's and this one): each is reminded.
    let mail = sink.wait_for(4).await;
    let mail: Vec<&String> = mail.iter().filter(|m| m.contains("lead@demo.sayso.test")).collect();
    assert!(mail.len() >= 2, "sent again while nobody acknowledges");
    assert!(mail[1].contains("Reminder"));

    let (lead, csrf) = sign_in(&app, "lead@demo.sayso.test", "correct horse battery").await;
    let queue = lead
        .get(app.url("/staff/queue"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        queue.contains("urgent alert is waiting"),
        "the alert is at the top of the dashboard"
    );
    let alerts = lead
        .get(app.url("/staff/alerts"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let at = alerts.find("action=\"/staff/alerts/").expect("an alert to acknowledge") + 22;
    let id: String = alerts[at..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let empty = lead
        .post(app.url(&format!("/staff/alerts/{id}")))
        .form(&[("csrf", csrf.as_str()), ("action_taken", " ")])
        .send()
        .await
        .unwrap();
    assert_eq!(empty.status(), 422, "what was done must be recorded");
    let done = lead
        .post(app.url(&format!("/staff/alerts/{id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action_taken", "Called the young person's social worker"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    let after = sink.messages().len();
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert!(
        // (a reminder already on its way reaches both leads)
        sink.messages().len() <= after + 2,
        "no more reminders once acknowledged"
    );
    let recorded = app
        .count("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NOT NULL AND action_taken LIKE 'Called%'")
        .await;
    assert_eq!(recorded, 1);
}

#[tokio::test]
async fn a_named_young_person_who_agreed_gets_the_reply_by_email() {
    let sink = SmtpSink::start().await;
    let app = TestApp::spawn_with(&[("SMTP_URL", &sink.url())]).await;
    let mut named = message();
    named["anonymous"] = json!(false);
    named["name"] = json!("Tom");
    named["contact_email"] = json!("tom@example.org");
    app.post_feedback(&named).await;
    let (officer, csrf) = sign_in(&app, "officer@demo.sayso.test", "demo-officer-password").await;
    let id = item_id(&app, &officer, "name", &json!("Tom")).await;
    officer
        .post(app.url(&format!("/staff/feedback/{id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "reply"),
            ("body", "Film night is booked for Friday."),
        ])
        .send()
        .await
        .unwrap();
    let mail = sink.wait_for(1).await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0].contains("tom@example.org"));
    assert!(mail[0].contains("Film night is booked for Friday."));
}

#[tokio::test]
async fn email_waits_in_the_outbox_through_an_smtp_outage_and_a_restart() {
    let port = free_port();
    let url = format!("smtp://127.0.0.1:{port}");
    // The demo's safeguarding lead is the one to alert.
    let app = TestApp::spawn_with(&[("SMTP_URL", &url)]).await;
    app.post_feedback(&urgent_message("y")).await;
    let mut tried = 0;
    for _ in 0..50 {
        tried = app
            .count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts > 0")
            .await;
        if tried > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(tried, 1, "the alert is held, not lost, while SMTP is down");

    let app = app.restart(&[("SMTP_URL", &url)]).await;
    let sink = SmtpSink::start_on(port).await;
    let mail = sink.wait_for(1).await;
    assert_eq!(mail.len(), 1, "delivered once SMTP is back, after a restart");
    // The row is marked sent just after the server hears SMTP's "250".
    let mut unsent = 1;
    for _ in 0..50 {
        unsent = app.count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await;
        if unsent == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(unsent, 0);
}

#[tokio::test]
async fn two_server_instances_send_an_alert_once() {
    let sink = SmtpSink::start().await;
    let env = [
        ("SMTP_URL", sink.url()),
        ("SAYSO_ALERT_WINDOW_SECONDS", "2".to_string()),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let first = TestApp::spawn_with(&env).await;
    let second = first.another_instance(&env).await;
    first.post_feedback(&urgent_message("a")).await;
    second.post_feedback(&urgent_message("b")).await;
    // Each alert is told as new once, by either instance: in one email
    // (both in the same moment) or two (the second after the window).
    let told_new = |mail: &[String]| -> usize {
        mail.iter()
            .map(|m| {
                if m.contains("2 urgent messages have arrived") {
                    2
                } else if m.contains("1 urgent message has arrived") {
                    1
                } else {
                    0
                }
            })
            .sum()
    };
    for _ in 0..50 {
        if told_new(&sink.messages()) >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    let mail = sink.messages();
    assert_eq!(told_new(&mail), 2, "two alerts, each sent once, by either instance");
    assert!(mail.len() <= 2);
}

#[tokio::test]
async fn without_smtp_email_is_written_as_files() {
    let dir = sayso_tests::TempDir::new();
    let outbox = dir.path.join("outbox");
    let app = TestApp::spawn_with(&[("SAYSO_OUTBOX_DIR", outbox.to_str().unwrap())]).await;
    app.post_feedback(&urgent_message("z")).await;
    let mut files = Vec::new();
    for _ in 0..50 {
        files = std::fs::read_dir(&outbox)
            .map(|d| d.filter_map(Result::ok).collect())
            .unwrap_or_default();
        if !files.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(files.len(), 1);
    let eml = std::fs::read_to_string(files[0].path()).unwrap();
    assert!(eml.contains("safeguarding@demo.sayso.test") && eml.contains("/staff/feedback/"));
}
