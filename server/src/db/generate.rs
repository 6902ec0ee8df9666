//! Made-up history for an organisation: the demo's past quarters, and the
//! million-message council the benchmarks read reports from. Every value
//! comes from fixed lists here, never from anyone's words. Rows go in as
//! multi-row inserts inside large transactions, so a million takes seconds.

use super::{with_db, with_write, Db};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// What to make: `items` anonymous, closed messages spread evenly over
/// `[from, until)` (Unix seconds).
pub struct Plan<'a> {
    pub items: u64,
    pub from: i64,
    pub until: i64,
    /// Urgent messages per thousand; each gets an acknowledged alert.
    pub urgent_per_thousand: u32,
    pub seed: u64,
    /// Reply codes are `{prefix}-{n}`: never three words, so no young
    /// person's code can collide with them or look them up.
    pub prefix: &'a str,
}

const PHRASES: &[&str] = &[
    "I like my new room",
    "Can we have more days out in the holidays",
    "My worker changed again and I did not get to say goodbye",
    "I want to see my brother more often",
    "School is going better this term",
    "I am worried about money when I move out",
    "The house meeting was good because they listened",
    "I feel a bit lonely at the weekends",
];

fn pick<T: Copy>(rng: &mut StdRng, weighted: &[(T, u32)]) -> T {
    let total: u32 = weighted.iter().map(|w| w.1).sum();
    let mut roll = rng.gen_range(0..total);
    for (value, weight) in weighted {
        if roll < *weight {
            return *value;
        }
        roll -= weight;
    }
    weighted[0].0
}

struct Row {
    id: i64,
    kind: &'static str,
    body: &'static str,
    mood: Option<i64>,
    age_band: Option<&'static str>,
    care_status: Option<&'static str>,
    urgent: bool,
    hour: i64,
    themes: Vec<i64>,
}

fn row(rng: &mut StdRng, id: i64, hour: i64, theme_ids: &[i64], urgent_per_thousand: u32) -> Row {
    let age_band = pick(
        rng,
        &[
            (Some("4-7"), 8),
            (Some("8-11"), 22),
            (Some("12-17"), 45),
            (Some("16-25"), 20),
            (None, 5),
        ],
    );
    let care_status = match age_band {
        Some("16-25") => pick(rng, &[(Some("care_leaver"), 90), (Some("in_care"), 5), (None, 5)]),
        _ => pick(rng, &[(Some("in_care"), 95), (None, 5)]),
    };
    let theme_count = pick(rng, &[(0usize, 15), (1, 60), (2, 25)]).min(theme_ids.len());
    let mut themes: Vec<i64> = (0..theme_count)
        .map(|_| theme_ids[rng.gen_range(0..theme_ids.len())])
        .collect();
    themes.dedup();
    Row {
        id,
        kind: pick(
            rng,
            &[
                ("good_news", 25),
                ("worry", 30),
                ("idea", 20),
                ("meeting", 10),
                ("feeling", 15),
            ],
        ),
        body: PHRASES[rng.gen_range(0..PHRASES.len())],
        mood: pick(
            rng,
            &[
                (Some(1), 8),
                (Some(2), 15),
                (Some(3), 27),
                (Some(4), 30),
                (Some(5), 15),
                (None, 5),
            ],
        ),
        age_band,
        care_status,
        urgent: rng.gen_range(0..1000) < urgent_per_thousand,
        hour,
        themes,
    }
}

/// How many messages a plan with this prefix already made.
pub async fn made_before(db: &Db, org_id: i64, prefix: &str) -> Result<i64, sqlx::Error> {
    let pattern = format!("{prefix}-%");
    with_db!(db, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM feedback WHERE org_id = $1 AND reply_code LIKE $2")
        .bind(org_id).bind(&pattern).fetch_one(pool).await)
}

/// Adds the planned history to `org_id`; returns how many messages.
pub async fn history(db: &Db, org_id: i64, plan: &Plan<'_>) -> Result<u64, sqlx::Error> {
    const CHUNK: usize = 500;
    const CHUNKS_PER_COMMIT: usize = 40;
    let mut rng = StdRng::seed_from_u64(plan.seed);
    let theme_ids: Vec<i64> = with_write!(db, pool => sqlx::query_scalar::<_, i64>(
        "SELECT id FROM themes WHERE org_id = $1 AND retired = FALSE ORDER BY position")
        .bind(org_id).fetch_all(pool).await)?;
    let first_id: i64 = with_write!(db, pool => sqlx::query_scalar::<_, i64>("SELECT COALESCE(MAX(id), 0) + 1 FROM feedback")
        .fetch_one(pool).await)?;
    let span = (plan.until - plan.from).max(3600) as f64;
    let mut made = 0u64;
    while made < plan.items {
        // One transaction holds many chunks: one sync per 20,000 rows.
        let batch_end = (made + (CHUNK * CHUNKS_PER_COMMIT) as u64).min(plan.items);
        let rows: Vec<Row> = (made..batch_end)
            .map(|i| {
                let at = plan.from + (span * (i as f64 + 0.5) / plan.items as f64) as i64;
                row(
                    &mut rng,
                    first_id + i as i64,
                    crate::domain::hour_of(at),
                    &theme_ids,
                    plan.urgent_per_thousand,
                )
            })
            .collect();
        let ack: Vec<(i64, i64)> = rows
            .iter()
            .filter(|r| r.urgent)
            .map(|_| (rng.gen_range(0..3600), rng.gen_range(120..6 * 3600)))
            .collect();
        with_write!(db, pool => async {
            let mut tx = pool.begin().await?;
            for chunk in rows.chunks(CHUNK) {
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO feedback (id, org_id, reply_code, kind, body, mood, age_band, care_status, anonymous, \
                     urgent, status, received_hour) ",
                );
                q.push_values(chunk, |mut b, r| {
                    b.push_bind(r.id)
                        .push_bind(org_id)
                        .push_bind(format!("{}-{}", plan.prefix, r.id))
                        .push_bind(r.kind)
                        .push_bind(r.body)
                        .push_bind(r.mood)
                        .push_bind(r.age_band)
                        .push_bind(r.care_status)
                        .push_bind(true)
                        .push_bind(r.urgent)
                        .push_bind("closed")
                        .push_bind(r.hour);
                });
                q.build().execute(&mut *tx).await?;
                let tags: Vec<(i64, i64)> = chunk.iter().flat_map(|r| r.themes.iter().map(move |t| (r.id, *t))).collect();
                if !tags.is_empty() {
                    let mut q = sqlx::QueryBuilder::new("INSERT INTO feedback_themes (feedback_id, theme_id) ");
                    q.push_values(&tags, |mut b, (f, t)| {
                        b.push_bind(*f).push_bind(*t);
                    });
                    q.build().execute(&mut *tx).await?;
                }
            }
            let urgent: Vec<(&Row, &(i64, i64))> = rows.iter().filter(|r| r.urgent).zip(&ack).collect();
            for chunk in urgent.chunks(CHUNK) {
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO alerts (org_id, feedback_id, created_at, last_sent_at, acknowledged_at, action_taken) ",
                );
                q.push_values(chunk, |mut b, (r, (raised, waited))| {
                    let created = r.hour + raised;
                    b.push_bind(org_id)
                        .push_bind(r.id)
                        .push_bind(created)
                        .push_bind(created)
                        .push_bind(created + waited)
                        .push_bind("Spoke with the young person's worker the same day.");
                });
                q.build().execute(&mut *tx).await?;
            }
            tx.commit().await
        }
        .await)?;
        made = batch_end;
    }
    if let Db::Postgres(pool) = db {
        // Ids were given explicitly; move the sequence past them.
        sqlx::query("SELECT setval(pg_get_serial_sequence('feedback', 'id'), (SELECT MAX(id) FROM feedback))")
            .execute(pool)
            .await?;
        // A bulk load leaves no visibility map or statistics; autovacuum
        // would catch up later, the report should not have to wait.
        for table in ["feedback", "feedback_themes", "alerts"] {
            sqlx::query(&format!("VACUUM (ANALYZE) {table}")).execute(pool).await?;
        }
    }
    Ok(made)
}
