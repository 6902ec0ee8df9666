//! "You said, we did" actions.

use super::{with_tx, Exec};
use sqlx::FromRow;

#[derive(Clone, Debug, FromRow)]
pub struct Action {
    pub id: i64,
    pub you_said: String,
    pub you_said_young: String,
    pub we_did: String,
    pub status: String,
    pub reason: String,
    pub owner_id: Option<i64>,
    pub owner_email: Option<String>,
    pub due_on: Option<String>,
    pub published: bool,
    pub updated_at: i64,
}

impl Action {
    /// Still open and past its due date (`today` as `YYYY-MM-DD`).
    pub fn overdue(&self, today: &str) -> bool {
        !crate::domain::status::ActionStatus::stored(&self.status).settled()
            && self.due_on.as_deref().is_some_and(|d| d < today)
    }
}

const COLUMNS: &str = "a.id, a.you_said, a.you_said_young, a.we_did, a.status, a.reason, a.owner_id, \
                       u.email AS owner_email, a.due_on, a.published, a.updated_at";

/// All of an organisation's actions (or only published ones), overdue and
/// soonest due first.
pub async fn list(db: impl Into<Exec<'_>>, org_id: i64, published_only: bool) -> Result<Vec<Action>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM actions a LEFT JOIN users u ON u.id = a.owner_id \
         WHERE a.org_id = $1 AND ($2 = FALSE OR a.published = TRUE) \
         ORDER BY CASE WHEN a.status IN ('done', 'not_doing') THEN 1 ELSE 0 END, \
                  CASE WHEN a.due_on IS NULL THEN 1 ELSE 0 END, a.due_on, a.id"
    );
    with_tx!(db, pool => sqlx::query_as::<_, Action>(&sql).bind(org_id).bind(published_only).fetch_all(pool).await)
}

pub async fn get(db: impl Into<Exec<'_>>, org_id: i64, id: i64) -> Result<Option<Action>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM actions a LEFT JOIN users u ON u.id = a.owner_id WHERE a.org_id = $1 AND a.id = $2"
    );
    with_tx!(db, pool => sqlx::query_as::<_, Action>(&sql).bind(org_id).bind(id).fetch_optional(pool).await)
}

pub struct ActionFields<'a> {
    pub you_said: &'a str,
    pub you_said_young: &'a str,
    pub we_did: &'a str,
    pub status: &'a str,
    pub reason: &'a str,
    pub owner_id: Option<i64>,
    pub due_on: Option<&'a str>,
    pub published: bool,
    pub theme_ids: &'a [i64],
}

/// Creates an action with its themes and linked items; returns its id.
pub async fn create(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    a: &ActionFields<'_>,
    items: &[i64],
    now: i64,
) -> Result<i64, sqlx::Error> {
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO actions (org_id, you_said, you_said_young, we_did, status, reason, owner_id, due_on, published, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
        )
        .bind(org_id)
        .bind(a.you_said)
        .bind(a.you_said_young)
        .bind(a.we_did)
        .bind(a.status)
        .bind(a.reason)
        .bind(a.owner_id)
        .bind(a.due_on)
        .bind(a.published)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        for theme in a.theme_ids {
            sqlx::query("INSERT INTO action_themes (action_id, theme_id) VALUES ($1, $2)").bind(id).bind(theme).execute(&mut *tx).await?;
        }
        for item in items {
            // Only the organisation's own items can be linked.
            sqlx::query(
                "INSERT INTO action_feedback (action_id, feedback_id) SELECT $1, id FROM feedback WHERE id = $2 AND org_id = $3",
            )
            .bind(id)
            .bind(item)
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }.await)
}

pub async fn update(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    id: i64,
    a: &ActionFields<'_>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE actions SET you_said = $3, you_said_young = $4, we_did = $5, status = $6, reason = $7, owner_id = $8, \
             due_on = $9, published = $10, updated_at = $11 WHERE org_id = $1 AND id = $2",
        )
        .bind(org_id)
        .bind(id)
        .bind(a.you_said)
        .bind(a.you_said_young)
        .bind(a.we_did)
        .bind(a.status)
        .bind(a.reason)
        .bind(a.owner_id)
        .bind(a.due_on)
        .bind(a.published)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if changed {
            sqlx::query("DELETE FROM action_themes WHERE action_id = $1").bind(id).execute(&mut *tx).await?;
            for theme in a.theme_ids {
                sqlx::query("INSERT INTO action_themes (action_id, theme_id) VALUES ($1, $2)").bind(id).bind(theme).execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(changed)
    }.await)
}

/// Status and progress only: what an owner may change on their action.
pub async fn set_status(
    db: impl Into<Exec<'_>>,
    org_id: i64,
    id: i64,
    status: &str,
    reason: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = "UPDATE actions SET status = $3, reason = $4, updated_at = $5 WHERE org_id = $1 AND id = $2";
    with_tx!(db, pool => sqlx::query(sql).bind(org_id).bind(id).bind(status).bind(reason).bind(now).execute(pool).await.map(|_| ()))
}

pub async fn add_update(
    db: impl Into<Exec<'_>>,
    action_id: i64,
    user_id: i64,
    body: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    with_tx!(db, pool => async {
        let mut tx = pool.begin_write().await?;
        sqlx::query("INSERT INTO action_updates (action_id, user_id, body, created_at) VALUES ($1, $2, $3, $4)")
            .bind(action_id)
            .bind(user_id)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE actions SET updated_at = $2 WHERE id = $1").bind(action_id).bind(now).execute(&mut *tx).await?;
        tx.commit().await
    }.await)
}

#[derive(Clone, Debug, FromRow)]
pub struct Update {
    pub body: String,
    pub created_at: i64,
    pub author: String,
}

pub async fn updates(db: impl Into<Exec<'_>>, action_id: i64) -> Result<Vec<Update>, sqlx::Error> {
    let sql = "SELECT p.body, p.created_at, u.email AS author FROM action_updates p JOIN users u ON u.id = p.user_id \
               WHERE p.action_id = $1 ORDER BY p.id";
    with_tx!(db, pool => sqlx::query_as::<_, Update>(sql).bind(action_id).fetch_all(pool).await)
}

/// (action id, theme slug, theme label) for the organisation's actions.
pub async fn themes(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    let sql = "SELECT at.action_id, t.slug, t.label FROM action_themes at JOIN themes t ON t.id = at.theme_id \
               WHERE t.org_id = $1 ORDER BY t.position";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, String, String)>(sql).bind(org_id).fetch_all(pool).await)
}

/// Ids of the items linked to an action.
pub async fn linked_items(db: impl Into<Exec<'_>>, action_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    let sql = "SELECT feedback_id FROM action_feedback WHERE action_id = $1 ORDER BY feedback_id";
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql).bind(action_id).fetch_all(pool).await)
}

/// The published action an item belongs to, if any (for "Check my reply").
pub async fn published_for_item(db: impl Into<Exec<'_>>, feedback_id: i64) -> Result<Option<i64>, sqlx::Error> {
    let sql = "SELECT a.id FROM action_feedback af JOIN actions a ON a.id = af.action_id \
               WHERE af.feedback_id = $1 AND a.published = TRUE ORDER BY a.id LIMIT 1";
    with_tx!(db, pool => sqlx::query_scalar::<_, i64>(sql).bind(feedback_id).fetch_optional(pool).await)
}

/// Staff who can own actions (managers, officers, admins), as (id, email).
pub async fn possible_owners(db: impl Into<Exec<'_>>, org_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let sql = "SELECT id, email FROM users WHERE org_id = $1 AND disabled = FALSE \
               AND role IN ('manager', 'officer', 'admin') ORDER BY email";
    with_tx!(db, pool => sqlx::query_as::<_, (i64, String)>(sql).bind(org_id).fetch_all(pool).await)
}
