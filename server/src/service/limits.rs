//! Rate limits counted in the database.
//!
//! [`RateLimiter`] is a fixed window counted in the database (`rate_limits`),
//! so every instance on one database shares it. Buckets are the SHA-256 of a
//! per-database secret, the limit's name and the key: no address is stored
//! in the clear. A key's window starts at its first hit (a burst is never
//! split across two windows), and rows are swept once it ends. If the database cannot
//! count, the limiter counts in this process's memory instead, so an outage
//! never opens the gate.

use crate::db::{self, Db};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio::sync::OnceCell;

/// A fixed-window limit of `per_window` hits per key, shared through the
/// database.
pub struct RateLimiter {
    name: &'static str,
    per_window: u32,
    window: Duration,
    secret: OnceCell<String>,
    calls: AtomicU32,
    /// Used only while the database cannot count.
    memory: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(name: &'static str, per_window: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            name,
            per_window,
            window,
            secret: OnceCell::new(),
            calls: AtomicU32::new(0),
            memory: Mutex::new(HashMap::new()),
        }
    }

    pub fn per_minute(name: &'static str, per_window: u32) -> RateLimiter {
        RateLimiter::new(name, per_window, Duration::from_secs(60))
    }

    async fn bucket(&self, db: &Db, key: &str) -> Result<String, sqlx::Error> {
        let secret = self.secret.get_or_try_init(|| db::limits::secret(db)).await?;
        let mut hash = Sha256::new();
        hash.update(secret.as_bytes());
        hash.update([0]);
        hash.update(self.name.as_bytes());
        hash.update([0]);
        hash.update(key.as_bytes());
        Ok(hash.finalize().iter().take(20).map(|b| format!("{b:02x}")).collect())
    }

    /// Counts one hit for `key`; false when over the limit.
    pub async fn allow(&self, db: &Db, key: &str) -> bool {
        self.hit(db, key).await <= i64::from(self.per_window)
    }

    /// Counts one hit for `key` and returns the hits in its window, which
    /// starts at the key's first hit (so a burst is never split in two).
    pub async fn hit(&self, db: &Db, key: &str) -> i64 {
        let now = crate::now();
        let window = self.window.as_secs().max(1) as i64;
        if self.calls.fetch_add(1, Ordering::Relaxed).is_multiple_of(256) {
            if let Err(e) = db::limits::sweep(db, now).await {
                tracing::warn!(error = %e, "cannot sweep old rate-limit windows");
            }
        }
        let counted = match self.bucket(db, key).await {
            Ok(bucket) => db::limits::hit(db, &bucket, now, window).await,
            Err(e) => Err(e),
        };
        match counted {
            Ok(hits) => hits,
            Err(e) => {
                tracing::warn!(error = %e, limit = self.name, "rate limit counted in memory only");
                i64::from(self.hit_in_memory(key))
            }
        }
    }

    /// Whether `key` has used up its window, without counting a hit.
    pub async fn exhausted(&self, db: &Db, key: &str) -> bool {
        let hits = match self.bucket(db, key).await {
            Ok(bucket) => db::limits::hits(db, &bucket, crate::now()).await.unwrap_or(0),
            Err(_) => 0,
        };
        hits >= i64::from(self.per_window)
    }

    fn hit_in_memory(&self, key: &str) -> u32 {
        let now = Instant::now();
        let mut seen = self.memory.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() > 50_000 {
            seen.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        let entry = seen.entry(key.to_string()).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1
    }
}
