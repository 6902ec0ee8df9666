//! "You said, we did" actions: creating one, editing it and recording
//! progress (staff), and reading them (staff, and young people the
//! published ones). Each change runs in one transaction with its audit
//! entry and the emails that tell linked young people of a change, so a
//! change is never saved without its record nor told without being saved.

use crate::db::{self, actions::ActionFields, Db, Tx};
use crate::domain::status::ActionStatus;
use crate::service::staff::Staff;
use app::model::{AgeBand, PublicAction};

pub use crate::db::actions::{Action, Update};
pub use crate::db::themes::Theme;

/// A checked action form (the handler has validated lengths, status and
/// date); owners and themes are resolved against the organisation here.
#[derive(Debug)]
pub struct Draft {
    pub you_said: String,
    pub you_said_young: String,
    pub we_did: String,
    pub status: String,
    pub reason: String,
    pub owner_id: Option<i64>,
    pub due_on: Option<String>,
    pub published: bool,
    pub theme_slugs: Vec<String>,
}

/// A progress update: a new status (with its reason) and optional words.
#[derive(Debug)]
pub struct Progress {
    pub status: String,
    pub reason: String,
    pub text: String,
}

/// Theme ids of the organisation's active themes among `slugs`; unknown
/// slugs are ignored. An owner who is not an allowed owner of this
/// organisation is dropped.
async fn resolve(tx: &mut Tx, org_id: i64, draft: &Draft) -> Result<(Vec<i64>, Option<i64>), sqlx::Error> {
    let ids = db::themes::active(&mut *tx, org_id)
        .await?
        .into_iter()
        .filter(|t| draft.theme_slugs.contains(&t.slug))
        .map(|t| t.id)
        .collect();
    let owners = db::actions::possible_owners(&mut *tx, org_id).await?;
    let owner = draft.owner_id.filter(|id| owners.iter().any(|(o, _)| o == id));
    Ok((ids, owner))
}

fn fields<'a>(draft: &'a Draft, theme_ids: &'a [i64], owner_id: Option<i64>) -> ActionFields<'a> {
    ActionFields {
        you_said: &draft.you_said,
        you_said_young: &draft.you_said_young,
        we_did: &draft.we_did,
        status: &draft.status,
        reason: &draft.reason,
        owner_id,
        due_on: draft.due_on.as_deref(),
        published: draft.published,
        theme_ids,
    }
}

async fn audit(tx: &mut Tx, staff: &Staff, what: &str, id: i64, now: i64) -> Result<(), sqlx::Error> {
    crate::service::audit::changed(tx, staff, what, &id.to_string(), now).await
}

/// Creates an action linked to the organisation's `items`; returns its id.
pub async fn create(db: &Db, staff: &Staff, draft: &Draft, items: &[i64]) -> Result<i64, sqlx::Error> {
    let org_id = staff.user.org_id;
    let now = crate::now();
    let mut tx = db.begin().await?;
    let (theme_ids, owner) = resolve(&mut tx, org_id, draft).await?;
    let id = db::actions::create(&mut tx, org_id, &fields(draft, &theme_ids, owner), items, now).await?;
    audit(&mut tx, staff, "action.create", id, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Replaces an action's words, status, owner, due date and themes. A new
/// status is told to the young people whose messages are linked.
pub async fn edit(db: &Db, link_base: &str, staff: &Staff, id: i64, draft: &Draft) -> Result<(), sqlx::Error> {
    let org_id = staff.user.org_id;
    let now = crate::now();
    let mut tx = db.begin().await?;
    let before = db::actions::get(&mut tx, org_id, id).await?.map(|a| a.status);
    let (theme_ids, owner) = resolve(&mut tx, org_id, draft).await?;
    db::actions::update(&mut tx, org_id, id, &fields(draft, &theme_ids, owner), now).await?;
    if before.as_deref() != Some(draft.status.as_str()) {
        crate::service::action_news::tell_linked(&mut tx, link_base, org_id, id, now).await?;
    }
    audit(&mut tx, staff, "action.edit", id, now).await?;
    tx.commit().await
}

/// Records progress: the status and, when given, an update in words. A
/// new status or new words are told to linked young people.
pub async fn progress(db: &Db, link_base: &str, staff: &Staff, id: i64, p: &Progress) -> Result<(), sqlx::Error> {
    let org_id = staff.user.org_id;
    let now = crate::now();
    let mut tx = db.begin().await?;
    let before = db::actions::get(&mut tx, org_id, id).await?.map(|a| a.status);
    db::actions::set_status(&mut tx, org_id, id, &p.status, &p.reason, now).await?;
    if !p.text.is_empty() {
        db::actions::add_update(&mut tx, id, staff.user.user_id, &p.text, now).await?;
    }
    if !p.text.is_empty() || before.as_deref() != Some(p.status.as_str()) {
        crate::service::action_news::tell_linked(&mut tx, link_base, org_id, id, now).await?;
    }
    audit(&mut tx, staff, "action.progress", id, now).await?;
    tx.commit().await
}

/// The actions list for staff, with what its form offers.
#[derive(Debug)]
pub struct Overview {
    pub actions: Vec<Action>,
    pub themes: Vec<Theme>,
    /// `(user id, email)` of everyone who may own an action.
    pub owners: Vec<(i64, String)>,
}

pub async fn overview(db: &Db, org_id: i64) -> Result<Overview, sqlx::Error> {
    Ok(Overview {
        actions: db::actions::list(db, org_id, false).await?,
        themes: db::themes::active(db, org_id).await?,
        owners: db::actions::possible_owners(db, org_id).await?,
    })
}

/// The theme slugs of the organisation's messages `items`, as
/// `(feedback id, slug)`, to start a new action from them.
pub async fn themes_of_items(db: &Db, org_id: i64, items: &[i64]) -> Result<Vec<(i64, String)>, sqlx::Error> {
    db::moderation::themes_of(db, org_id, items).await
}

/// One action as staff see it.
#[derive(Debug)]
pub struct Detail {
    pub action: Action,
    /// The slugs of its themes.
    pub chosen: Vec<String>,
    pub themes: Vec<Theme>,
    pub owners: Vec<(i64, String)>,
    pub updates: Vec<Update>,
    /// Linked messages' ids: empty unless `with_linked`.
    pub linked: Vec<i64>,
}

/// The organisation's action `id`, or `None`; the linked messages only
/// `with_linked` (for staff who may read feedback).
pub async fn detail(db: &Db, org_id: i64, id: i64, with_linked: bool) -> Result<Option<Detail>, sqlx::Error> {
    let Some(action) = db::actions::get(db, org_id, id).await? else {
        return Ok(None);
    };
    let chosen = db::actions::themes(db, org_id)
        .await?
        .into_iter()
        .filter(|(aid, _, _)| *aid == id)
        .map(|(_, s, _)| s)
        .collect();
    Ok(Some(Detail {
        action,
        chosen,
        themes: db::themes::active(db, org_id).await?,
        owners: db::actions::possible_owners(db, org_id).await?,
        updates: db::actions::updates(db, id).await?,
        linked: if with_linked {
            db::actions::linked_items(db, id).await?
        } else {
            Vec::new()
        },
    }))
}

/// Published actions as young people see them, worded for `band`,
/// optionally only those with the theme `theme` (a slug). Never owners or
/// linked messages.
pub async fn published(
    db: &Db,
    org_id: i64,
    band: Option<AgeBand>,
    theme: Option<&str>,
) -> Result<Vec<PublicAction>, sqlx::Error> {
    let themes = db::actions::themes(db, org_id).await?;
    let young = matches!(band, Some(AgeBand::Early | AgeBand::Middle));
    Ok(db::actions::list(db, org_id, true)
        .await?
        .into_iter()
        .filter(|a| theme.is_none_or(|slug| themes.iter().any(|(id, s, _)| *id == a.id && s == slug)))
        .map(|a| PublicAction {
            id: a.id,
            you_said: if young && !a.you_said_young.is_empty() {
                a.you_said_young
            } else {
                a.you_said
            },
            we_did: a.we_did,
            status: ActionStatus::stored(&a.status).as_str().to_string(),
            reason: if ActionStatus::stored(&a.status).shows_reason() {
                a.reason
            } else {
                String::new()
            },
            due_on: a.due_on,
            themes: themes
                .iter()
                .filter(|(id, _, _)| *id == a.id)
                .map(|(_, _, label)| label.clone())
                .collect(),
        })
        .collect())
}
