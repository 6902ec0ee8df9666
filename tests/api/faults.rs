//! Faults, survived: a server killed mid-load, a database that goes away.

use sayso_tests::{message, using_postgres, TestApp, TestDb};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A message whose words are its key: only a hash of the key is stored, so
/// the words say which stored row answers which request.
fn keyed_message(key: &str) -> Value {
    let mut m = message();
    m["text"] = key.into();
    m
}

#[tokio::test]
async fn a_server_killed_mid_load_keeps_every_answered_message_once() {
    let mut app = TestApp::spawn().await;
    let url = app.url("/api/v1/orgs/demo/feedback");
    let mut senders = Vec::new();
    for sender in 0..8 {
        let (client, url) = (app.client.clone(), url.clone());
        senders.push(tokio::spawn(async move {
            // key -> Some(reply code) when answered 201, None when the
            // answer never came (the server died mid-request).
            let mut sent: Vec<(String, Option<String>)> = Vec::new();
            for n in 0.. {
                let key = format!("kill-{sender}-{n}");
                let answer = client
                    .post(&url)
                    .header("Idempotency-Key", &key)
                    .json(&keyed_message(&key))
                    .send()
                    .await;
                match answer {
                    Ok(r) if r.status() == 201 => {
                        let body: Value = r.json().await.unwrap_or_default();
                        sent.push((key, body["reply_code"].as_str().map(str::to_string)));
                    }
                    Ok(r) => panic!("unexpected answer {}", r.status()),
                    Err(_) => {
                        sent.push((key, None));
                        break;
                    }
                }
            }
            sent
        }));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.kill_now();
    let mut sent = Vec::new();
    for s in senders {
        sent.extend(s.await.unwrap());
    }
    let app = app.restart(&[]).await;
    let stored: HashMap<String, String> = app
        .query_strings("SELECT body, reply_code FROM feedback WHERE body LIKE 'kill-%'")
        .await
        .into_iter()
        .map(|r| (r[0].clone().unwrap(), r[1].clone().unwrap()))
        .collect();
    let answered: Vec<_> = sent.iter().filter_map(|(k, c)| c.as_ref().map(|c| (k, c))).collect();
    let found = answered.iter().filter(|(k, c)| stored.get(*k) == Some(*c)).count();
    println!(
        "kill -9 mid-load: {} answered 201 before the kill, {} of them found after restart, {} rows stored ({} in flight when killed)",
        answered.len(),
        found,
        stored.len(),
        sent.len() - answered.len()
    );
    assert!(answered.len() > 20, "the load was running when the server was killed");
    assert_eq!(
        found,
        answered.len(),
        "every message answered 201 survived, with its reply code"
    );
    // Retrying what was in flight with the same key never stores it twice.
    for (key, _) in sent.iter().filter(|(_, c)| c.is_none()) {
        let r = app
            .client
            .post(app.url("/api/v1/orgs/demo/feedback"))
            .header("Idempotency-Key", key)
            .json(&keyed_message(key))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        if let Some(code) = stored.get(key) {
            assert_eq!(
                r.json::<Value>().await.unwrap()["reply_code"].as_str(),
                Some(code.as_str())
            );
        }
    }
    let total = app
        .count("SELECT COUNT(*) FROM feedback WHERE body LIKE 'kill-%'")
        .await;
    let distinct = app
        .count("SELECT COUNT(DISTINCT body) FROM feedback WHERE body LIKE 'kill-%'")
        .await;
    assert_eq!(total, distinct, "no message is stored twice");
    assert_eq!(
        total as usize,
        sent.len(),
        "after retries, every message sent is stored exactly once"
    );
}

/// A TCP proxy in front of PostgreSQL that the test can cut and mend, so
/// the database "goes away" without touching the machine's own server.
struct Proxy {
    port: u16,
    up: Arc<AtomicBool>,
    open: Arc<Mutex<Vec<tokio::task::AbortHandle>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    async fn start(target: &'static str) -> Proxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let open: Arc<Mutex<Vec<tokio::task::AbortHandle>>> = Arc::default();
        let (up2, open2) = (up.clone(), open.clone());
        let task = tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !up2.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let conn = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                open2.lock().unwrap().push(conn.abort_handle());
            }
        });
        Proxy { port, up, open, task }
    }

    fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for c in self.open.lock().unwrap().drain(..) {
            c.abort();
        }
    }

    fn mend(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.cut();
        self.task.abort();
    }
}

// Multi-threaded: the proxy must keep running while the test waits on the
// `sayso demo` command (a blocking call).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_the_database_goes_away_young_people_are_told_kindly_and_it_recovers() {
    if !using_postgres() {
        // SQLite is a file inside the server's own process: there is no
        // connection to lose. Its failures (a full or broken disk) are not
        // something a test can cause safely here; see README.
        println!("database outage: applies to PostgreSQL only");
        return;
    }
    let db = TestDb::new().await;
    let proxy = Proxy::start("127.0.0.1:5432").await;
    let mut via = db.shared();
    via.url = via
        .url
        .replacen("127.0.0.1:5432", &format!("127.0.0.1:{}", proxy.port), 1);
    let mut app = TestApp::start(via, &[]).await;
    assert_eq!(app.post_feedback(&message()).await.status(), 201);
    // Draw the say-it page once, as a young person would before typing.
    assert_eq!(app.get("/demo/say?age=12-17").await.status(), 200);

    proxy.cut();
    let r = app.post_feedback(&message()).await;
    assert_eq!(r.status(), 503, "the API says try again");
    let body: Value = r.json().await.unwrap();
    assert!(body["error"].as_str().is_some_and(|e| !e.is_empty()), "{body}");
    let words = "Please can my sister visit at the weekend";
    let page = app
        .post_form(
            "/demo/say",
            &[("age_band", "12-17"), ("kind", "idea"), ("mood", "4"), ("text", words)],
        )
        .await;
    assert_eq!(page.status(), 503);
    let html = page.text().await.unwrap();
    assert!(html.contains("Not sent yet"), "a kind message: {html}");
    assert!(html.contains(words), "the young person's words are still in the form");
    assert_eq!(
        app.get("/healthz").await.status(),
        503,
        "health says the database is away"
    );
    assert!(app.is_running(), "the server stays up");

    proxy.mend();
    let mut healthy = false;
    for _ in 0..60 {
        if app.get("/healthz").await.status() == 200 {
            healthy = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(healthy, "health recovers by itself");
    assert_eq!(
        app.post_feedback(&message()).await.status(),
        201,
        "and messages are taken again"
    );
    let fields = [("age_band", "12-17"), ("kind", "idea"), ("mood", "4"), ("text", words)];
    assert_eq!(
        app.post_form("/demo/say", &fields).await.status(),
        200,
        "the same form now sends"
    );
    drop(app);
    drop(db);
}
