//! `sayso-load`: a small closed-loop load generator for `scripts/bench`.
//!
//! It keeps N connections busy for S seconds, then stops sending and waits
//! for every request in flight, so the 201s it counts can be compared
//! exactly with the rows the database holds afterwards (wrk drops the
//! answers still in flight when its time is up, so it cannot do this).
//!
//! usage: sayso-load URL [--post JSON] [--connections 16] [--seconds 10]
//!                       [--database DATABASE_URL] [--header 'name: value']
//!                       [--form 'a=1&b=2'] (POST a form; 3xx counts as answered)
//! Prints `key: value` lines: requests_per_second, p50_ms, p99_ms, errors,
//! answered_201 and, with --database, rows_stored (feedback rows added).
use std::time::{Duration, Instant};

struct Args {
    url: String,
    post: Option<String>,
    form: Option<String>,
    connections: usize,
    seconds: f64,
    database: Option<String>,
    /// Sent with every request (e.g. a survey response's cookie).
    headers: Vec<(String, String)>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut out = Args {
        url: String::new(),
        post: None,
        form: None,
        connections: 16,
        seconds: 10.0,
        database: None,
        headers: Vec::new(),
    };
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--post" => out.post = Some(value()?),
            "--form" => out.form = Some(value()?),
            "--connections" => out.connections = value()?.parse().map_err(|_| "--connections: a number")?,
            "--seconds" => out.seconds = value()?.parse().map_err(|_| "--seconds: a number")?,
            "--database" => out.database = Some(value()?),
            "--header" => {
                let h = value()?;
                let (name, v) = h.split_once(':').ok_or("--header: 'name: value'")?;
                out.headers.push((name.trim().to_string(), v.trim().to_string()));
            }
            url if !url.starts_with("--") && out.url.is_empty() => out.url = url.to_string(),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if out.url.is_empty() {
        return Err("usage: sayso-load URL [--post JSON] [--connections N] [--seconds S] [--database URL]".into());
    }
    Ok(out)
}

async fn feedback_rows(database: &str) -> Result<i64, sqlx::Error> {
    let sql = "SELECT COUNT(*) FROM feedback";
    if database.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(database).await?;
        let n = sqlx::query_scalar(sql).fetch_one(&pool).await;
        pool.close().await;
        n
    } else {
        let pool = sqlx::SqlitePool::connect(database).await?;
        let n = sqlx::query_scalar(sql).fetch_one(&pool).await;
        pool.close().await;
        n
    }
}

#[derive(Default)]
struct Tally {
    latencies_us: Vec<u64>,
    created: u64,
    ok: u64,
    errors: u64,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("sayso-load: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let before = match &args.database {
        Some(db) => Some(feedback_rows(db).await.expect("count feedback rows")),
        None => None,
    };
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.connections)
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    let until = started + Duration::from_secs_f64(args.seconds);
    let mut workers = Vec::new();
    for _ in 0..args.connections {
        let client = client.clone();
        let url = args.url.clone();
        let body = args.post.clone();
        let form = args.form.clone();
        let headers = args.headers.clone();
        workers.push(tokio::spawn(async move {
            let mut tally = Tally::default();
            while Instant::now() < until {
                let t = Instant::now();
                let request = match (&body, &form) {
                    (Some(b), _) => client
                        .post(&url)
                        .header("content-type", "application/json")
                        .body(b.clone()),
                    (None, Some(f)) => client
                        .post(&url)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(f.clone()),
                    (None, None) => client.get(&url),
                };
                let request = headers.iter().fold(request, |r, (k, v)| r.header(k, v));
                match request.send().await {
                    Ok(r) => {
                        let status = r.status().as_u16();
                        let done = r.bytes().await.is_ok();
                        tally.latencies_us.push(t.elapsed().as_micros() as u64);
                        match (status, done) {
                            (201, true) => tally.created += 1,
                            (200..=399, true) => tally.ok += 1,
                            _ => tally.errors += 1,
                        }
                    }
                    Err(_) => tally.errors += 1,
                }
            }
            tally
        }));
    }
    let mut all = Tally::default();
    for w in workers {
        let t = w.await.unwrap();
        all.latencies_us.extend(t.latencies_us);
        all.created += t.created;
        all.ok += t.ok;
        all.errors += t.errors;
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.latencies_us.sort_unstable();
    let pct = |p: f64| -> f64 {
        if all.latencies_us.is_empty() {
            return 0.0;
        }
        let i = ((all.latencies_us.len() as f64 * p).ceil() as usize).clamp(1, all.latencies_us.len()) - 1;
        all.latencies_us[i] as f64 / 1000.0
    };
    let answered = all.created + all.ok;
    println!("requests: {}", answered + all.errors);
    println!("requests_per_second: {:.0}", answered as f64 / elapsed);
    println!("p50_ms: {:.2}", pct(0.50));
    println!("p99_ms: {:.2}", pct(0.99));
    println!("errors: {}", all.errors);
    println!("answered_201: {}", all.created);
    if let (Some(db), Some(before)) = (&args.database, before) {
        let after = feedback_rows(db).await.expect("count feedback rows");
        println!("rows_stored: {}", after - before);
    }
    std::process::ExitCode::SUCCESS
}
