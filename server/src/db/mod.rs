//! All SQL lives under this module, one file per entity.
//!
//! One binary serves both engines: [`Db`] holds either pool, and
//! [`with_db!`] runs the same code against whichever it is. The query text
//! is shared (`$1` placeholders work in both); the few statements that must
//! differ sit side by side in the same function.
//!
//! A change and what belongs to it (its audit entry, an alert opening, an
//! email for the outbox) commit together: [`Db::begin`] opens a [`Tx`],
//! and a db function that takes `impl Into<Exec>` runs on either the pool
//! or that transaction through [`with_tx!`].

pub mod actions;
pub mod admin;
pub mod alerts;
pub mod audit;
pub mod feedback;
pub mod generate;
pub mod group_feedback;
pub mod jobs;
pub mod lifecycle;
pub mod limits;
pub mod moderation;
pub mod oidc;
pub mod ops;
pub mod orgs;
pub mod outbox;
pub mod promises;
pub mod reminders;
pub mod report;
pub mod sessions;
pub mod surveys;
pub mod themes;
pub mod users;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(Sqlite),
    Postgres(PgPool),
}

/// A SQLite database: a pool of readers and a small pool of writers.
/// SQLite lets one connection write at a time; with all eight connections
/// free to write, the losers of each race sleep in SQLite's busy handler
/// (1, 2, 5, 10, 15 … ms) and the slowest requests wait for nothing. With
/// [`SQLITE_WRITERS`] writers, writes queue in order in the pool instead;
/// reads never wait (WAL).
#[derive(Clone, Debug)]
pub struct Sqlite {
    pub read: SqlitePool,
    pub write: SqlitePool,
    /// Young people's messages, stored together when they arrive together.
    pub messages: feedback::MessageQueue,
}

/// Runs `$body` with `$pool` bound to the concrete pool, once per engine,
/// so the same generic sqlx code is type-checked for both. On SQLite this
/// is the readers' pool: a function that writes uses [`with_write!`].
/// Connections that write to a SQLite database. Measured on 2 cores, 16
/// clients sending messages (`SAYSO_HARM_MODEL=off`, sayso-load, 6 s runs,
/// interleaved): 1 writer 2,100-2,650 messages/s, p99 19-27 ms; 2: 3,000-
/// 3,450/s, p99 12-14 ms; 4: 3,300-3,650/s, p99 12-14 ms; 8 (as before):
/// 3,400-3,740/s, p99 22 ms. One writer serialises the statement work as
/// well as the commit; four keep the rate and halve the tail.
pub const SQLITE_WRITERS: u32 = 4;

macro_rules! with_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($crate::db::Sqlite { read: $pool, .. }) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_db;

/// [`with_db!`] for a function that writes: on SQLite `$pool` is the one
/// writer connection (see [`Sqlite`]), so writes wait their turn in order.
macro_rules! with_write {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($crate::db::Sqlite { write: $pool, .. }) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_write;

/// An open transaction on either engine. Dropped without [`Tx::commit`],
/// everything done through it is rolled back.
#[derive(Debug)]
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
        }
    }
}

/// Where a db function runs: on the pool (each statement on its own) or
/// inside an open transaction. `&Db` and `&mut Tx` both turn into one, so
/// the same function serves a lone read and a step of a larger change.
pub enum Exec<'a> {
    Pool(&'a Db),
    Tx(&'a mut Tx),
}

impl<'a> From<&'a Db> for Exec<'a> {
    fn from(db: &'a Db) -> Self {
        Exec::Pool(db)
    }
}

impl<'a> From<&'a mut Tx> for Exec<'a> {
    fn from(tx: &'a mut Tx) -> Self {
        Exec::Tx(tx)
    }
}

/// Runs `$body` with `$conn` bound to a `&mut` connection of the concrete
/// engine: a pooled connection for [`Exec::Pool`] (on SQLite from the
/// readers' pool: most calls on the pool are reads, such as an
/// organisation's lookup on every request; a lone write there waits for
/// the lock through [`busy_wait`]), the transaction's own for [`Exec::Tx`]. Write `&mut *$conn` to run several statements.
/// `$exec` is anything that turns into an [`Exec`].
macro_rules! with_tx {
    ($exec:expr, $conn:ident => $body:expr) => {
        match ::core::convert::Into::<$crate::db::Exec<'_>>::into($exec) {
            $crate::db::Exec::Pool($crate::db::Db::Sqlite($crate::db::Sqlite { read: pool, .. })) => {
                #[allow(unused_imports)]
                use sqlx::Connection as _;
                #[allow(unused_imports)]
                use $crate::db::BeginWrite as _;
                let mut pooled = pool.acquire().await?;
                let $conn = &mut *pooled;
                $body
            }
            $crate::db::Exec::Pool($crate::db::Db::Postgres(pool)) => {
                #[allow(unused_imports)]
                use sqlx::Connection as _;
                #[allow(unused_imports)]
                use $crate::db::BeginWrite as _;
                let mut pooled = pool.acquire().await?;
                let $conn = &mut *pooled;
                $body
            }
            $crate::db::Exec::Tx($crate::db::Tx::Sqlite(tx)) => {
                #[allow(unused_imports)]
                use sqlx::Connection as _;
                #[allow(unused_imports)]
                use $crate::db::BeginWrite as _;
                let $conn = &mut **tx;
                $body
            }
            $crate::db::Exec::Tx($crate::db::Tx::Postgres(tx)) => {
                #[allow(unused_imports)]
                use sqlx::Connection as _;
                #[allow(unused_imports)]
                use $crate::db::BeginWrite as _;
                let $conn = &mut **tx;
                $body
            }
        }
    };
}
pub(crate) use with_tx;

/// Opens a transaction for a change on a connection that [`with_tx!`]
/// gave: inside an open [`Tx`] a savepoint; otherwise, on SQLite, with the
/// write lock taken at once (`BEGIN IMMEDIATE`). A deferred SQLite
/// transaction that reads before it writes fails at once with "database is
/// locked" when another connection commits in between (busy_timeout cannot
/// help it), so every change waits its turn instead.
pub(crate) trait BeginWrite: sqlx::Connection {
    fn begin_write(
        &mut self,
    ) -> impl std::future::Future<Output = Result<sqlx::Transaction<'_, Self::Database>, sqlx::Error>> + Send + '_;
}

impl BeginWrite for sqlx::SqliteConnection {
    fn begin_write(
        &mut self,
    ) -> impl std::future::Future<Output = Result<sqlx::Transaction<'_, sqlx::Sqlite>, sqlx::Error>> + Send + '_ {
        use sqlx::Connection;
        if self.is_in_transaction() {
            self.begin()
        } else {
            self.begin_with("BEGIN IMMEDIATE")
        }
    }
}

impl BeginWrite for sqlx::PgConnection {
    fn begin_write(
        &mut self,
    ) -> impl std::future::Future<Output = Result<sqlx::Transaction<'_, sqlx::Postgres>, sqlx::Error>> + Send + '_ {
        sqlx::Connection::begin(self)
    }
}

/// How long a SQLite write waits for another connection's write to commit
/// before it fails with "database is locked": about 10 s in all.
const BUSY_TRIES: std::os::raw::c_int = 10_000;

/// SQLite's busy handler, replacing its own: SQLite sleeps 1, 2, 5, 10, 15,
/// 20, 25 … ms between tries for the write lock, so a write that loses a
/// few races waits tens of milliseconds after the lock is long free (the
/// slow tail of every write path). Here a waiting writer tries again after
/// 50 µs, doubling to at most 1 ms, for about 10 s in all.
extern "C" fn busy_wait(_: *mut std::ffi::c_void, tries: std::os::raw::c_int) -> std::os::raw::c_int {
    if tries >= BUSY_TRIES {
        return 0;
    }
    std::thread::sleep(Duration::from_micros((50u64 << tries.clamp(0, 5)).min(1_000)));
    1
}

impl Db {
    /// Opens the database named by `url`: `postgres://…` or `sqlite:…`.
    /// A SQLite file (and its folder) is created if missing.
    pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                // No round trip to ask each connection whether it is alive
                // before every use: a connection that died fails its query,
                // is dropped, and the request answers 503 (try again).
                .test_before_acquire(false)
                .acquire_timeout(Duration::from_secs(5))
                .connect(url)
                .await?;
            return Ok(Db::Postgres(pool));
        }
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // In WAL mode NORMAL keeps every commit through a killed or
            // crashed process; only a power cut can lose the last moments.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // Freed pages are overwritten, so erased words do not linger
            // in the file (see db::lifecycle::scrub for the WAL).
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(10));
        if let Some(dir) = options.get_filename().parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir).map_err(sqlx::Error::Io)?;
            }
        }
        // A SQLite connection lives inside this process and cannot drop
        // away: pinging it before each use would only add a hop to its
        // worker thread on every request.
        let pool = |size: u32| {
            SqlitePoolOptions::new()
                .max_connections(size)
                .test_before_acquire(false)
                .acquire_timeout(Duration::from_secs(10))
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        let mut handle = conn.lock_handle().await?;
                        // SAFETY: the handle is locked (sqlx's worker makes
                        // no call on it meanwhile) and open; `busy_wait`
                        // ignores its argument and lives for the program.
                        unsafe {
                            libsqlite3_sys::sqlite3_busy_handler(
                                handle.as_raw_handle().as_ptr(),
                                Some(busy_wait),
                                std::ptr::null_mut(),
                            );
                        }
                        Ok(())
                    })
                })
        };
        // The writer first: it creates the file and switches it to WAL.
        let write = pool(SQLITE_WRITERS).connect_with(options.clone()).await?;
        let read = pool(8).connect_with(options).await?;
        let messages = feedback::MessageQueue::start(write.clone());
        Ok(Db::Sqlite(Sqlite { read, write, messages }))
    }

    /// Opens a transaction. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so a transaction that reads before it writes
    /// waits its turn instead of failing when another writer got there
    /// first; nothing inside it may write through the pool meanwhile.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        match self {
            Db::Sqlite(db) => Ok(Tx::Sqlite(db.write.begin_with("BEGIN IMMEDIATE").await?)),
            Db::Postgres(pool) => Ok(Tx::Postgres(pool.begin().await?)),
        }
    }

    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self {
            Db::Sqlite(db) => sqlx::migrate!("../migrations/sqlite").run(&db.write).await,
            Db::Postgres(pool) => sqlx::migrate!("../migrations/postgres").run(pool).await,
        }
    }

    /// Whether the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        with_db!(self, pool => sqlx::query("SELECT 1").execute(pool).await.is_ok())
    }

    pub fn engine(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// A consistent copy of a SQLite database, taken while it is in use.
    pub async fn backup_to(&self, path: &str) -> Result<(), sqlx::Error> {
        match self {
            Db::Sqlite(db) => {
                sqlx::query("VACUUM INTO $1").bind(path).execute(&db.read).await?;
                Ok(())
            }
            Db::Postgres(_) => Err(sqlx::Error::Configuration(
                "backup copies SQLite databases; for PostgreSQL use pg_dump (see README)".into(),
            )),
        }
    }

    /// The pool's open connections, how many are idle, and its limit.
    pub fn pool_stats(&self) -> (u32, usize, u32) {
        with_db!(self, pool => (pool.size(), pool.num_idle(), pool.options().get_max_connections()))
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(db) => {
                db.read.close().await;
                db.write.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

/// Whether an error is a unique-constraint violation (a duplicate).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(e) if e.is_unique_violation())
}

#[cfg(test)]
mod tests {
    fn names(engine: &str) -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../migrations")
            .join(engine);
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn both_engines_have_the_same_migrations() {
        assert!(!names("sqlite").is_empty());
        assert_eq!(
            names("sqlite"),
            names("postgres"),
            "migrations/sqlite and migrations/postgres drifted apart"
        );
    }
}
