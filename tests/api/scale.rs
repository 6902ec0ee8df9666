//! Several instances on one PostgreSQL database behind a real load balancer
//! (HAProxy, from Debian's packages; `scripts/install-tools --test`):
//! a session made on one works on the other, limits are counted once for
//! all, background work (the outbox, alert repeats, retention) is done once,
//! and killing an instance in the middle of a load loses no message.
//!
//! PostgreSQL only: SQLite is one file for one server.
//!
//! The balancer answers every response with `X-Sayso-Instance` (which
//! instance served it), and a request carrying `X-Sayso-Instance: a` or `b`
//! goes to that instance while it is up, so each test can say where a
//! request went instead of hoping round-robin put it there.

use sayso_tests::{add_user, free_port, run_cli, using_postgres, SmtpSink, TestApp, TestDb};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Says why a test does nothing on SQLite; true when it should run.
fn on_postgres(test: &str) -> bool {
    if !using_postgres() {
        println!(
            "{test}: skipped on SQLite (several instances need PostgreSQL; run with SAYSO_TEST_DATABASE=postgres)"
        );
    }
    using_postgres()
}

/// HAProxy in front of two instances, `a` and `b`, until dropped.
struct Balancer {
    url: String,
    child: Child,
    _dir: sayso_tests::TempDir,
}

impl Balancer {
    async fn start(a: &TestApp, b: &TestApp) -> Balancer {
        let port = free_port();
        let backend = |app: &TestApp| app.address.trim_start_matches("http://").to_string();
        // The shape of deploy/haproxy.cfg, on loopback and without TLS;
        // it appends to X-Forwarded-For (deploy/ replaces it) so a test,
        // itself on the trusted 127.0.0.1, can speak for other addresses.
        let config = format!(
            "global\n  maxconn 4096\n\
             defaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n  timeout server 30s\n\
             \x20 retries 3\n  option redispatch\n\
             frontend sayso\n  bind 127.0.0.1:{port}\n  option forwardfor\n\
             \x20 http-response set-header X-Sayso-Instance %s\n  default_backend sayso\n\
             backend sayso\n  balance roundrobin\n  option httpchk GET /healthz\n  http-check expect status 200\n\
             \x20 default-server inter 300ms fall 2 rise 2\n\
             \x20 use-server a if {{ req.hdr(x-sayso-instance) -m str a }}\n\
             \x20 use-server b if {{ req.hdr(x-sayso-instance) -m str b }}\n\
             \x20 server a {} check\n  server b {} check\n",
            backend(a),
            backend(b)
        );
        let dir = sayso_tests::TempDir::new();
        let file = dir.path.join("haproxy.cfg");
        std::fs::write(&file, config).unwrap();
        let child = Command::new("haproxy")
            .arg("-db")
            .arg("-f")
            .arg(&file)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("HAProxy is installed (scripts/install-tools --test installs it)");
        let balancer = Balancer {
            url: format!("http://127.0.0.1:{port}"),
            child,
            _dir: dir,
        };
        // Up, and both instances seen healthy by its checks.
        let client = reqwest::Client::new();
        let mut seen = std::collections::HashSet::new();
        for _ in 0..100 {
            for which in ["a", "b"] {
                if let Ok(r) = client
                    .get(balancer.url("/healthz"))
                    .header("x-sayso-instance", which)
                    .send()
                    .await
                {
                    if r.status() == 200 {
                        seen.insert(served_by(&r));
                    }
                }
            }
            if seen.len() == 2 {
                return balancer;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("HAProxy did not come up with both instances: {seen:?}");
    }

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.url, path)
    }
}

impl Drop for Balancer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn served_by(r: &reqwest::Response) -> String {
    r.headers()
        .get("x-sayso-instance")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

/// Two instances on one fresh database, with `env`.
async fn two_instances(env: &[(&str, &str)]) -> (TestApp, TestApp) {
    let a = TestApp::spawn_with(env).await;
    let b = a.another_instance(env).await;
    (a, b)
}

fn env_of<'a>(pairs: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    pairs.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn behind_a_balancer_sessions_and_limits_are_shared_by_both_instances() {
    if !on_postgres("sessions_and_limits") {
        return;
    }
    let env = [
        ("SAYSO_TRUSTED_PROXIES", "127.0.0.1"),
        ("SAYSO_REPLY_LOOKUPS_PER_MINUTE", "4"),
        ("SAYSO_REPLY_FAILURES_PER_ORG_PER_HOUR", "5"),
        ("SAYSO_HARM_MODEL", "off"),
    ];
    let (a, b) = two_instances(&env).await;
    let lb = Balancer::start(&a, &b).await;
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();

    // A session made on one instance works on the other, and ends on both.
    let r = client
        .post(lb.url("/api/v1/session"))
        .header("x-sayso-instance", "a")
        .json(&json!({ "email": sayso_tests::OFFICER.0, "password": sayso_tests::OFFICER.1 }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (r.status().as_u16(), served_by(&r)),
        (200, "a".into()),
        "signed in on a"
    );
    let list = client
        .get(lb.url("/api/v1/orgs/demo/feedback"))
        .header("x-sayso-instance", "b")
        .send()
        .await
        .unwrap();
    assert_eq!(served_by(&list), "b");
    assert_eq!(list.status(), 200, "b knows the session a made");
    let items: Value = list.json().await.unwrap();
    assert!(!items["items"].as_array().unwrap().is_empty());
    let out = client
        .delete(lb.url("/api/v1/session"))
        .header("x-sayso-instance", "b")
        .send()
        .await
        .unwrap();
    assert_eq!((out.status().as_u16(), served_by(&out)), (204, "b".into()));
    let after = client
        .get(lb.url("/api/v1/orgs/demo/feedback"))
        .header("x-sayso-instance", "a")
        .send()
        .await
        .unwrap();
    assert_eq!(
        (after.status().as_u16(), served_by(&after)),
        (401, "a".into()),
        "signed out on b is signed out on a"
    );

    // A message to look up, sent through the balancer.
    let sent: Value = client
        .post(lb.url("/api/v1/orgs/demo/feedback"))
        .json(&sayso_tests::message())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let code = sent["reply_code"].as_str().unwrap().to_string();

    // One address's reply-code checks: 4 a minute in all, not 4 on each.
    let lookup = |who: &'static str, address: String, code: String| {
        let client = client.clone();
        let url = lb.url(&format!("/api/v1/orgs/demo/replies/{code}"));
        async move {
            let r = client
                .get(url)
                .header("x-sayso-instance", who)
                .header("x-forwarded-for", address)
                .send()
                .await
                .unwrap();
            (r.status().as_u16(), served_by(&r))
        }
    };
    let mut statuses = Vec::new();
    for n in 0..6 {
        let who = if n % 2 == 0 { "a" } else { "b" };
        let (status, by) = lookup(who, "203.0.113.7".into(), code.clone()).await;
        assert_eq!(by, who);
        statuses.push(status);
    }
    assert_eq!(
        statuses,
        [200, 200, 200, 200, 429, 429],
        "one limit across both instances"
    );

    // The organisation's budget of failed checks (5 an hour), from many
    // addresses, spent on either instance.
    let mut statuses = Vec::new();
    for n in 0..7 {
        let who = if n % 2 == 0 { "b" } else { "a" };
        let (status, by) = lookup(who, format!("198.51.100.{n}"), "apple-river-tiger".into()).await;
        assert_eq!(by, who);
        statuses.push(status);
    }
    assert_eq!(
        statuses,
        [404, 404, 404, 404, 404, 429, 429],
        "one budget across both instances"
    );

    // Sign-in attempts from one address: 20 a minute in all.
    let mut statuses = Vec::new();
    for n in 0..24 {
        let r = reqwest::Client::new()
            .post(lb.url("/api/v1/session"))
            .header("x-sayso-instance", if n % 2 == 0 { "a" } else { "b" })
            .header("x-forwarded-for", "192.0.2.44")
            .json(&json!({ "email": format!("guess{n}@demo.sayso.test"), "password": "not the password" }))
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
    }
    assert!(statuses[..20].iter().all(|s| *s == 401), "{statuses:?}");
    assert!(statuses[20..].iter().all(|s| *s == 429), "{statuses:?}");
}

/// Waits until `done` holds for the sink's messages, or `secs` pass.
async fn wait_until(sink: &SmtpSink, secs: u64, done: impl Fn(&[String]) -> bool) -> Vec<String> {
    let until = Instant::now() + Duration::from_secs(secs);
    loop {
        let mail = sink.messages();
        if done(&mail) || Instant::now() > until {
            return mail;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn two_instances_send_each_email_once_repeat_an_alert_once_and_run_retention_once() {
    if !on_postgres("background_work_once") {
        return;
    }
    let sink = SmtpSink::start().await;
    let env = [
        ("SMTP_URL", sink.url()),
        // Repeat an unacknowledged alert every 3 s; no burst window.
        ("SAYSO_ALERT_REPEAT_MINUTES", "0.05".to_string()),
        ("SAYSO_ALERT_WINDOW_SECONDS", "0".to_string()),
        ("SAYSO_HARM_MODEL", "off".to_string()),
    ];
    let env = env_of(&env);
    // Every demo message is past a retention period of 0 months as the
    // instances start.
    let db = TestDb::new().await;
    let (ok, _, err) = run_cli(&db, &["demo"], &[]);
    assert!(ok, "{err}");
    let (ok, _, err) = run_cli(&db, &["org", "add", "scale", "--name", "Scale Council"], &[]);
    assert!(ok, "{err}");
    let old_messages: i64 = {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        sqlx::query("UPDATE orgs SET retention_months = 0 WHERE slug = 'demo'")
            .execute(&pool)
            .await
            .unwrap();
        let last = sqlx::query_scalar("SELECT MAX(id) FROM feedback")
            .fetch_one(&pool)
            .await
            .unwrap();
        pool.close().await;
        last
    };
    let shared = db.shared();
    let (a, b) = tokio::join!(TestApp::start(db, &env), TestApp::start(shared, &env));
    let lb = Balancer::start(&a, &b).await;
    add_user(&a, "scale", "lead@scale.sayso.test", "safeguarding");

    // Retention: one instance runs the pass; the other sees it claimed.
    let ran = |app: &TestApp| app.logs().iter().filter(|l| l.contains("retention pass done")).count();
    let until = Instant::now() + Duration::from_secs(10);
    while ran(&a) + ran(&b) == 0 && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(ran(&a) + ran(&b), 1, "one retention pass between the two instances");
    assert_eq!(
        a.count("SELECT COUNT(*) FROM audit_log WHERE action = 'lifecycle.retention'")
            .await,
        1
    );
    assert_eq!(
        a.count(&format!(
            "SELECT COUNT(*) FROM feedback WHERE id <= {old_messages} AND anonymised_at IS NULL"
        ))
        .await,
        0,
        "and it did its work"
    );

    // The outbox: 30 queued emails, each delivered once, by either instance.
    let values: Vec<String> = (0..30)
        .map(|n| format!("(NULL, 'reader{n}@scale.sayso.test', 'Outbox check {n}', 'Hello {n}', 0, 0)"))
        .collect();
    a.execute(&format!(
        "INSERT INTO outbox (org_id, to_addr, subject, body_text, created_at, next_attempt_at) VALUES {}",
        values.join(", ")
    ))
    .await;
    let checks = |mail: &[String]| -> HashMap<String, usize> {
        let mut seen = HashMap::new();
        for m in mail {
            if let Some(n) = (0..30).find(|n| m.contains(&format!("reader{n}@scale.sayso.test"))) {
                *seen.entry(n.to_string()).or_insert(0) += 1;
            }
        }
        seen
    };
    wait_until(&sink, 20, |m| checks(m).len() == 30).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let seen = checks(&sink.messages());
    assert_eq!(seen.len(), 30, "every queued email went");
    assert!(seen.values().all(|n| *n == 1), "each once: {seen:?}");

    // An urgent message: told once, then one reminder every 3 s in all.
    let r = reqwest::Client::new()
        .post(lb.url("/api/v1/orgs/scale/feedback"))
        .json(&json!({"kind": "worry", "unsafe": true, "age_band": "12-17"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let to_lead = |mail: &[String]| -> Vec<String> {
        mail.iter()
            .filter(|m| m.contains("lead@scale.sayso.test"))
            .cloned()
            .collect()
    };
    // Note when each email to the lead arrives.
    let started = Instant::now();
    let mut arrivals: Vec<(f64, bool)> = Vec::new();
    while started.elapsed() < Duration::from_millis(10_500) {
        let mail = to_lead(&sink.messages());
        for m in &mail[arrivals.len()..] {
            arrivals.push((started.elapsed().as_secs_f64(), m.contains("Reminder")));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let new: Vec<f64> = arrivals.iter().filter(|(_, r)| !r).map(|(t, _)| *t).collect();
    let reminders: Vec<f64> = arrivals.iter().filter(|(_, r)| *r).map(|(t, _)| *t).collect();
    println!("alert emails to the lead (seconds, reminder?): {arrivals:?}");
    assert_eq!(new.len(), 1, "the alert is told once: {arrivals:?}");
    assert!(
        (2..=3).contains(&reminders.len()),
        "a reminder every 3 s from the two instances together, not from each: {arrivals:?}"
    );
    for pair in reminders.windows(2) {
        assert!(pair[1] - pair[0] > 2.0, "reminders come 3 s apart: {arrivals:?}");
    }
}

/// One young person's message, sent until an instance answers 2xx.
struct Delivered {
    tag: String,
    reply_code: String,
    key: String,
    body: Value,
}

#[tokio::test]
async fn killing_one_instance_in_the_middle_of_a_load_loses_no_message() {
    if !on_postgres("kill_one_instance") {
        return;
    }
    let env = [("SAYSO_HARM_MODEL", "off")];
    let (mut a, b) = two_instances(&env).await;
    let lb = Balancer::start(&a, &b).await;
    let stop_at = Instant::now() + Duration::from_secs(4);
    let served = std::sync::Arc::new(std::sync::Mutex::new(HashMap::<String, usize>::new()));
    let mut senders = Vec::new();
    for sender in 0..12 {
        let url = lb.url("/api/v1/orgs/demo/feedback");
        let served = served.clone();
        senders.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap();
            let mut delivered = Vec::new();
            let mut failures = 0;
            let mut n = 0;
            while Instant::now() < stop_at {
                n += 1;
                let tag = format!("scale-{sender}-{n}-{}", uuid::Uuid::new_v4().simple());
                let key = uuid::Uuid::new_v4().to_string();
                let mut body = sayso_tests::message();
                body["text"] = json!(format!("Can we have more football at the weekend please? {tag}"));
                // Retry with the same key, as the say-it page's script does.
                let mut answered = None;
                for _ in 0..100 {
                    match client
                        .post(&url)
                        .header("idempotency-key", &key)
                        .json(&body)
                        .send()
                        .await
                    {
                        Ok(r) if r.status().is_success() => {
                            *served.lock().unwrap().entry(served_by(&r)).or_insert(0) += 1;
                            let v: Value = r.json().await.unwrap();
                            answered = Some(v["reply_code"].as_str().unwrap().to_string());
                            break;
                        }
                        Ok(r) => {
                            assert!(r.status().is_server_error(), "only the balancer's 5xx: {}", r.status());
                            failures += 1;
                        }
                        Err(_) => failures += 1,
                    }
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                let reply_code = answered.expect("a message is answered within 100 tries");
                delivered.push(Delivered {
                    tag,
                    reply_code,
                    key,
                    body,
                });
            }
            (delivered, failures)
        }));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    a.kill_now();
    let killed_at = served.lock().unwrap().clone();
    let mut delivered = Vec::new();
    let mut failures = 0;
    for s in senders {
        let (d, f) = s.await.unwrap();
        delivered.extend(d);
        failures += f;
    }
    let served = served.lock().unwrap().clone();
    println!(
        "{} messages answered 201 ({served:?}; {killed_at:?} when a was killed), {failures} failed tries retried",
        delivered.len()
    );
    assert!(
        killed_at.get("a").copied().unwrap_or(0) > 0,
        "a served before it was killed"
    );
    assert!(
        served.get("b").copied().unwrap_or(0) > killed_at.get("b").copied().unwrap_or(0),
        "b carried on"
    );

    // Every answered message is stored once, under the code it was given.
    let rows = b
        .query_strings("SELECT body, reply_code FROM feedback WHERE body LIKE '%scale-%'")
        .await;
    let mut stored: HashMap<String, Vec<String>> = HashMap::new();
    for row in &rows {
        let body = row[0].clone().unwrap();
        let tag = body.rsplit(' ').next().unwrap().to_string();
        stored.entry(tag).or_default().push(row[1].clone().unwrap());
    }
    for d in &delivered {
        assert_eq!(
            stored.get(&d.tag),
            Some(&vec![d.reply_code.clone()]),
            "{} is stored once with the code it was given",
            d.tag
        );
    }
    assert_eq!(rows.len(), delivered.len(), "no message is stored twice or unanswered");

    // A client that never heard its answer sends again: the same code, no
    // new row.
    let client = reqwest::Client::new();
    for d in delivered.iter().take(20) {
        let r = client
            .post(lb.url("/api/v1/orgs/demo/feedback"))
            .header("idempotency-key", &d.key)
            .json(&d.body)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success());
        assert_eq!(served_by(&r), "b");
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["reply_code"].as_str().unwrap(), d.reply_code);
    }
    assert_eq!(
        b.count("SELECT COUNT(*) FROM feedback WHERE body LIKE '%scale-%'")
            .await,
        delivered.len() as i64
    );
}
