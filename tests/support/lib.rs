//! Starts the real `sayso` binary on a free port against a fresh database
//! and gives tests typed helpers to talk to it.
//!
//! `SAYSO_TEST_DATABASE=postgres` runs against PostgreSQL (a new database
//! per test on `SAYSO_TEST_PG_URL`, default
//! `postgres://postgres@127.0.0.1:5432/postgres`, dropped afterwards);
//! anything else runs against a SQLite file in a temporary folder.

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is in the workspace")
        .to_path_buf()
}

/// The `sayso` binary under test: `SAYSO_BIN`, or the debug build.
pub fn binary() -> PathBuf {
    std::env::var_os("SAYSO_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/debug/sayso"))
}

pub fn using_postgres() -> bool {
    std::env::var("SAYSO_TEST_DATABASE")
        .map(|v| v == "postgres")
        .unwrap_or(false)
}

/// A fresh, empty database that removes itself when dropped.
pub struct TestDb {
    pub url: String,
    pg_admin: Option<(String, String)>,
    _dir: Option<TempDir>,
}

impl TestDb {
    pub async fn new() -> TestDb {
        if using_postgres() {
            let admin = std::env::var("SAYSO_TEST_PG_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
            let name = format!("sayso_test_{}", uuid::Uuid::new_v4().simple());
            let pool = sqlx::PgPool::connect(&admin)
                .await
                .expect("PostgreSQL answers at SAYSO_TEST_PG_URL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&pool)
                .await
                .expect("create test database");
            pool.close().await;
            let base = admin
                .rsplit_once('/')
                .map(|(b, _)| b.to_string())
                .unwrap_or(admin.clone());
            TestDb {
                url: format!("{base}/{name}"),
                pg_admin: Some((admin, name)),
                _dir: None,
            }
        } else {
            let dir = TempDir::new();
            let url = format!("sqlite://{}", dir.path.join("data/sayso.db").display());
            TestDb {
                url,
                pg_admin: None,
                _dir: Some(dir),
            }
        }
    }

    /// A handle that owns nothing, left behind when a database moves on.
    pub fn detached() -> TestDb {
        TestDb {
            url: String::new(),
            pg_admin: None,
            _dir: None,
        }
    }

    /// Another handle on the same database that does not remove it.
    pub fn shared(&self) -> TestDb {
        TestDb {
            url: self.url.clone(),
            pg_admin: None,
            _dir: None,
        }
    }

    /// The SQLite file (and its write-ahead log), for tests that read the
    /// bytes on disk.
    pub fn sqlite_files(&self) -> Option<Vec<PathBuf>> {
        let dir = self._dir.as_ref()?;
        let db = dir.path.join("data/sayso.db");
        Some(vec![db.clone(), PathBuf::from(format!("{}-wal", db.display()))])
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.pg_admin.take() {
            // Drop runs outside any runtime we can borrow: use a thread.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    if let Ok(pool) = sqlx::PgPool::connect(&admin).await {
                        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                            .execute(&pool)
                            .await;
                    }
                });
            })
            .join();
        }
    }
}

pub struct TempDir {
    pub path: PathBuf,
}

impl TempDir {
    pub fn new() -> TempDir {
        let path = std::env::temp_dir().join(format!("sayso-test-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&path).unwrap();
        TempDir { path }
    }
}

impl Default for TempDir {
    fn default() -> Self {
        TempDir::new()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Runs `sayso ARGS` to completion against `db`; returns (success, stdout, stderr).
pub fn run_cli(db: &TestDb, args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    run_cli_from(&binary(), &workspace_root(), db, args, env)
}

/// Runs the binary at `bin` from the folder `cwd`.
pub fn run_cli_from(
    bin: &Path,
    cwd: &Path,
    db: &TestDb,
    args: &[&str],
    env: &[(&str, &str)],
) -> (bool, String, String) {
    let mut cmd = Command::new(bin);
    cmd.args(args)
        .env("DATABASE_URL", &db.url)
        .env_remove("SAYSO_PASSWORD")
        .current_dir(cwd);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .expect("the sayso binary runs (build it first)");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// A running server with the demo organisation.
pub struct TestApp {
    pub address: String,
    pub db: TestDb,
    pub client: reqwest::Client,
    child: Child,
    logs: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(&[]).await
    }

    pub async fn spawn_with(env: &[(&str, &str)]) -> TestApp {
        TestApp::start(TestDb::new().await, env).await
    }

    /// Stops this server and starts a new one on the same database.
    pub async fn restart(mut self, env: &[(&str, &str)]) -> TestApp {
        self.stop();
        let db = std::mem::replace(&mut self.db, TestDb::detached());
        TestApp::start(db, env).await
    }

    /// A second server on the same database (several instances, one database).
    pub async fn another_instance(&self, env: &[(&str, &str)]) -> TestApp {
        TestApp::start(self.db.shared(), env).await
    }

    pub async fn start(db: TestDb, env: &[(&str, &str)]) -> TestApp {
        TestApp::start_from(db, env, &binary(), &workspace_root()).await
    }

    /// Starts the binary at `bin` from the folder `cwd` (for running a copy
    /// of it somewhere with nothing else beside it).
    pub async fn start_from(db: TestDb, env: &[(&str, &str)], bin: &Path, cwd: &Path) -> TestApp {
        let (ok, _, err) = run_cli_from(bin, cwd, &db, &["demo"], env);
        assert!(ok, "sayso demo failed: {err}");
        // The server writes where it listens to this file (SAYSO_ADDR_FILE).
        let addr_file = std::env::temp_dir().join(format!("sayso-addr-{}", uuid::Uuid::new_v4().simple()));
        let mut cmd = Command::new(bin);
        cmd.arg("serve")
            .env("DATABASE_URL", &db.url)
            .env("SAYSO_ADDR", "127.0.0.1:0")
            .env("SAYSO_ADDR_FILE", &addr_file)
            .env("RUST_LOG", "info")
            // The site inside the binary is what is under test.
            .env_remove("SAYSO_SITE_ROOT")
            .env_remove("LEPTOS_SITE_ROOT")
            .current_dir(cwd)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("the sayso binary starts");
        let stderr = child.stderr.take().unwrap();
        let logs = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let kept = logs.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                kept.lock().unwrap().push(line.clone());
                if std::env::var_os("SAYSO_TEST_LOGS").is_some() {
                    eprintln!("[sayso] {line}");
                }
            }
        });
        let mut address = None;
        for _ in 0..600 {
            if let Ok(text) = std::fs::read_to_string(&addr_file) {
                address = Some(text.trim().to_string());
                let _ = std::fs::remove_file(&addr_file);
                break;
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("sayso serve stopped ({status}): {:?}", logs.lock().unwrap());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let address = address.unwrap_or_else(|| {
            panic!(
                "sayso did not say where it listens within 30 s: {:?}",
                logs.lock().unwrap()
            )
        });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let app = TestApp {
            address,
            db,
            client,
            child,
            logs,
        };
        app.wait_healthy().await;
        app
    }

    async fn wait_healthy(&self) {
        for _ in 0..100 {
            if let Ok(r) = self.client.get(self.url("/healthz")).send().await {
                if r.status() == 200 {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("sayso did not become healthy");
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Every line the server has written to standard error so far.
    pub fn logs(&self) -> Vec<String> {
        self.logs.lock().unwrap().clone()
    }

    /// Runs one statement (an `UPDATE`, say) straight on the database.
    pub async fn execute(&self, sql: &str) {
        if using_postgres() {
            let pool = sqlx::PgPool::connect(&self.db.url).await.unwrap();
            sqlx::query(sql).execute(&pool).await.unwrap();
            pool.close().await;
        } else {
            let pool = sqlx::SqlitePool::connect(&self.db.url).await.unwrap();
            sqlx::query(sql).execute(&pool).await.unwrap();
            pool.close().await;
        }
    }

    pub async fn post_feedback(&self, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/orgs/demo/feedback"))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client.post(self.url(path)).form(fields).send().await.unwrap()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// Rows of `sql` (which must select text columns) read straight from
    /// the database, bypassing the server.
    pub async fn query_strings(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        use sqlx::Row;
        if using_postgres() {
            let pool = sqlx::PgPool::connect(&self.db.url).await.unwrap();
            let rows = sqlx::query(sql).fetch_all(&pool).await.unwrap();
            let out = rows
                .iter()
                .map(|r| {
                    (0..r.len())
                        .map(|i| r.try_get::<Option<String>, _>(i).unwrap())
                        .collect()
                })
                .collect();
            pool.close().await;
            out
        } else {
            let pool = sqlx::SqlitePool::connect(&self.db.url).await.unwrap();
            let rows = sqlx::query(sql).fetch_all(&pool).await.unwrap();
            let out = rows
                .iter()
                .map(|r| {
                    (0..r.len())
                        .map(|i| r.try_get::<Option<String>, _>(i).unwrap())
                        .collect()
                })
                .collect();
            pool.close().await;
            out
        }
    }

    pub async fn count(&self, sql: &str) -> i64 {
        if using_postgres() {
            let pool = sqlx::PgPool::connect(&self.db.url).await.unwrap();
            let n = sqlx::query_scalar::<_, i64>(sql).fetch_one(&pool).await.unwrap();
            pool.close().await;
            n
        } else {
            let pool = sqlx::SqlitePool::connect(&self.db.url).await.unwrap();
            let n = sqlx::query_scalar::<_, i64>(sql).fetch_one(&pool).await.unwrap();
            pool.close().await;
            n
        }
    }

    /// Kills the server outright (SIGKILL, as a crash or `kill -9` would):
    /// nothing gets to finish or flush.
    pub fn kill_now(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Whether the server process is still running.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Stops the server as an operator would (SIGTERM) and waits for it.
    pub fn stop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A valid anonymous message, to change one field at a time.
pub fn message() -> Value {
    serde_json::json!({
        "kind": "idea",
        "text": "Can we have a film night at the house?",
        "mood": 4,
        "themes": ["fun"],
        "age_band": "12-17",
        "care_status": "in_care"
    })
}

/// A tiny SMTP server that accepts every message and keeps it, so tests can
/// read what Sayso sent.
pub struct SmtpSink {
    pub port: u16,
    messages: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        SmtpSink::start_on(0).await
    }

    pub async fn start_on(port: u16) -> SmtpSink {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind the SMTP sink");
        let port = listener.local_addr().unwrap().port();
        let messages = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let store = messages.clone();
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                    let mut data: Option<String> = None;
                    while let Ok(Some(line)) = lines.next_line().await {
                        if let Some(body) = data.as_mut() {
                            if line == "." {
                                store
                                    .lock()
                                    .unwrap()
                                    .push(decode_quoted_printable(&std::mem::take(body)));
                                data = None;
                                let _ = write.write_all(b"250 OK queued\r\n").await;
                            } else {
                                body.push_str(line.strip_prefix('.').unwrap_or(&line));
                                body.push('\n');
                            }
                            continue;
                        }
                        let verb = line.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" => b"250-sink\r\n250 8BITMIME\r\n",
                            "DATA" => {
                                data = Some(String::new());
                                b"354 go ahead\r\n"
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 bye\r\n").await;
                                break;
                            }
                            _ => b"250 OK\r\n",
                        };
                        let _ = write.write_all(reply).await;
                    }
                });
            }
        });
        SmtpSink { port, messages, task }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn messages(&self) -> Vec<String> {
        self.messages.lock().unwrap().clone()
    }

    /// Waits until at least `n` messages have arrived (or 20 s pass).
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        for _ in 0..200 {
            if self.messages().len() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.messages()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A port with nothing listening on it (yet).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Undoes quoted-printable as a mail client would, so tests can read links
/// that the encoding folded across lines.
pub fn decode_quoted_printable(text: &str) -> String {
    let unfolded = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = unfolded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(
                std::str::from_utf8(&bytes[i + 1..(i + 3).min(bytes.len())]).unwrap_or(""),
                16,
            ) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The password every test-made staff account gets.
pub const TEST_PASSWORD: &str = "correct horse battery";
/// The demo officer that `sayso demo` makes.
pub const OFFICER: (&str, &str) = ("officer@demo.sayso.test", "demo-officer-password");

/// Adds a staff account with [`TEST_PASSWORD`] through the CLI.
pub fn add_user(app: &TestApp, org: &str, email: &str, role: &str) {
    let (ok, _, err) = run_cli(
        &app.db,
        &["user", "add", "--org", org, "--email", email, "--role", role],
        &[("SAYSO_PASSWORD", TEST_PASSWORD)],
    );
    assert!(ok, "{err}");
}

/// Signs in through the API; returns a client that keeps the session
/// cookie, the status and the JSON answer.
pub async fn sign_in_full(app: &TestApp, email: &str, password: &str) -> (reqwest::Client, reqwest::StatusCode, Value) {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = client
        .post(app.url("/api/v1/session"))
        .json(&serde_json::json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap();
    let status = r.status();
    (client, status, r.json().await.unwrap_or(Value::Null))
}

/// Signs in; returns the client and the session's CSRF token (empty when
/// sign-in failed).
pub async fn sign_in(app: &TestApp, email: &str, password: &str) -> (reqwest::Client, String) {
    let (client, _, body) = sign_in_full(app, email, password).await;
    (client, body["csrf_token"].as_str().unwrap_or_default().to_string())
}

/// The staff feedback list as `client` sees it; `query` filters, e.g. `?urgent=true`.
pub async fn feedback_list(app: &TestApp, client: &reqwest::Client, query: &str) -> Value {
    let url = app.url(&format!("/api/v1/orgs/demo/feedback{query}"));
    client.get(url).send().await.unwrap().json().await.unwrap()
}

/// The id of the first listed item whose `field` equals `value`.
pub async fn item_id(app: &TestApp, client: &reqwest::Client, field: &str, value: &Value) -> i64 {
    let list = feedback_list(app, client, "").await;
    let item = list["items"].as_array().unwrap().iter().find(|i| &i[field] == value);
    item.unwrap_or_else(|| panic!("no item with {field} = {value}"))["id"]
        .as_i64()
        .unwrap()
}

/// A day `days` from today as `YYYY-MM-DD` (UTC), for commands that take a date.
pub fn day_from_today(days: i64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    // Howard Hinnant's days-to-civil algorithm.
    let z = now.div_euclid(86_400) + days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A signed-in staff member's browser: keeps the session cookie and adds
/// the CSRF token to every write (the `csrf` form field, or the
/// `X-CSRF-Token` header on JSON), so a test says what it does, not how.
pub struct StaffClient {
    pub client: reqwest::Client,
    pub csrf: String,
    base: String,
}

impl StaffClient {
    /// Signs in through the API; panics if sign-in fails.
    pub async fn sign_in(app: &TestApp, email: &str, password: &str) -> StaffClient {
        let (client, status, body) = sign_in_full(app, email, password).await;
        assert!(status.is_success(), "{email} cannot sign in: {status} {body}");
        StaffClient {
            client,
            csrf: body["csrf_token"].as_str().unwrap_or_default().to_string(),
            base: app.address.clone(),
        }
    }

    /// The demo officer.
    pub async fn officer(app: &TestApp) -> StaffClient {
        StaffClient::sign_in(app, OFFICER.0, OFFICER.1).await
    }

    /// A new account with `role` in `org` (made through the CLI), signed in.
    pub async fn new_user(app: &TestApp, org: &str, email: &str, role: &str) -> StaffClient {
        add_user(app, org, email, role);
        StaffClient::sign_in(app, email, TEST_PASSWORD).await
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// GETs `path` and reads its JSON, which must come with a 200.
    pub async fn get_json(&self, path: &str) -> Value {
        let r = self.get(path).await;
        assert_eq!(r.status(), 200, "GET {path}");
        r.json().await.unwrap()
    }

    /// GETs a page and returns its HTML, which must come with a 200.
    pub async fn page(&self, path: &str) -> String {
        let r = self.get(path).await;
        assert_eq!(r.status(), 200, "GET {path}");
        r.text().await.unwrap()
    }

    /// Posts a form with this session's CSRF token added.
    pub async fn form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.form_with_token(path, &self.csrf.clone(), fields).await
    }

    /// Posts a form with the given CSRF token (a forged one, say).
    pub async fn form_with_token(&self, path: &str, csrf: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut all = vec![("csrf", csrf)];
        all.extend_from_slice(fields);
        self.client.post(self.url(path)).form(&all).send().await.unwrap()
    }

    /// Sends JSON with this session's CSRF header.
    pub async fn send_json(&self, method: reqwest::Method, path: &str, body: &Value) -> reqwest::Response {
        self.client
            .request(method, self.url(path))
            .header("X-CSRF-Token", &self.csrf)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.send_json(reqwest::Method::POST, path, body).await
    }

    pub async fn patch_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.send_json(reqwest::Method::PATCH, path, body).await
    }
}
