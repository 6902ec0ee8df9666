//! The organisation's promises: what young people see under each, what
//! officers tie to them, and what groups said.

use crate::db::{self, group_feedback::NewGroupFeedback, orgs::Org, Db, Exec, Tx};
use crate::domain::group_feedback::GroupFeedbackInput;
use crate::domain::redact;
use app::model::{AgeBand, PublicAction};
use chrono::NaiveDate;

pub use crate::db::promises::{PromiseRow, Tied};

/// A promise and the published actions tied to it, for the API and the
/// young people's page.
pub struct PromiseWithActions {
    pub slug: String,
    pub title: String,
    pub text: String,
    pub actions: Vec<PublicAction>,
}

/// The organisation's promises in order, worded for `band`, each with its
/// published actions.
pub async fn with_actions(db: &Db, org_id: i64, band: Option<AgeBand>) -> Result<Vec<PromiseWithActions>, sqlx::Error> {
    let list = db::promises::list(db, org_id, band.map(|b| b.as_str())).await?;
    let ties = db::promises::published_actions(db, org_id).await?;
    let actions = crate::service::actions::published(db, org_id, band, None).await?;
    Ok(list
        .into_iter()
        .map(|p| PromiseWithActions {
            actions: actions
                .iter()
                .filter(|a| ties.iter().any(|(pid, aid)| *pid == p.id && *aid == a.id))
                .cloned()
                .collect(),
            slug: p.slug,
            title: p.title,
            text: p.body,
        })
        .collect())
}

/// What the staff page for recording a group offers: the themes, the
/// promises, and the last groups recorded `(occasion, held on, participants)`.
pub struct GroupFeedbackForm {
    pub themes: Vec<crate::db::themes::Theme>,
    pub promises: Vec<PromiseRow>,
    pub recent: Vec<(String, String, i64)>,
}

pub async fn group_feedback_form(db: &Db, org_id: i64) -> Result<GroupFeedbackForm, sqlx::Error> {
    Ok(GroupFeedbackForm {
        themes: db::themes::active(db, org_id).await?,
        promises: db::promises::list(db, org_id, None).await?,
        recent: db::group_feedback::recent(db, org_id, 10)
            .await?
            .into_iter()
            .map(|(_, o, d, n)| (o, d, n))
            .collect(),
    })
}

#[derive(Debug)]
pub enum PromiseError {
    /// Bad input, in plain words.
    Invalid(String),
    /// The message, action or survey is not this organisation's.
    NotFound,
    Database(sqlx::Error),
}

impl From<sqlx::Error> for PromiseError {
    fn from(e: sqlx::Error) -> Self {
        PromiseError::Database(e)
    }
}

/// The ids of `slugs` among the organisation's promises; an unknown slug
/// is an error naming it.
async fn promise_ids(db: impl Into<Exec<'_>>, org_id: i64, slugs: &[String]) -> Result<Vec<i64>, PromiseError> {
    let all = db::promises::list(db, org_id, None).await?;
    slugs
        .iter()
        .map(|slug| {
            all.iter()
                .find(|p| &p.slug == slug)
                .map(|p| p.id)
                .ok_or_else(|| PromiseError::Invalid(format!("There is no promise called \"{slug}\".")))
        })
        .collect()
}

/// Records what a group said; returns its id. Its words are redacted at
/// once (every suggestion taken), and it is audited in the same transaction.
pub async fn record_group_feedback(
    db: &Db,
    org: &Org,
    recorded_by: i64,
    input: GroupFeedbackInput,
    today: NaiveDate,
    now: i64,
) -> Result<i64, PromiseError> {
    let g = input.parse(today).map_err(PromiseError::Invalid)?;
    let themes = db::themes::active(db, org.id).await?;
    let mut theme_ids = Vec::new();
    for slug in &g.theme_slugs {
        match themes.iter().find(|t| &t.slug == slug) {
            Some(t) => theme_ids.push(t.id),
            None => return Err(PromiseError::Invalid(format!("There is no theme called \"{slug}\"."))),
        }
    }
    let promise_ids = promise_ids(db, org.id, &g.promise_slugs).await?;
    let redacted = redact::apply(&g.text, &redact::suggest(&g.text));
    let bands: Vec<&str> = g.age_bands.iter().map(|b| b.as_str()).collect();
    let row = NewGroupFeedback {
        org_id: org.id,
        occasion: &g.occasion,
        held_on: &g.held_on.format("%Y-%m-%d").to_string(),
        participants: g.participants,
        age_bands: &bands.join(","),
        body: &g.text,
        redacted_body: &redacted,
        recorded_by,
        theme_ids: &theme_ids,
        promise_ids: &promise_ids,
    };
    Ok(db::group_feedback::insert(db, &row, now).await?)
}

/// Ties a message or an action of the organisation to promises (by slug),
/// replacing what it was tied to.
pub async fn tie(
    db: &Db,
    org_id: i64,
    user_id: i64,
    what: Tied,
    id: i64,
    slugs: &[String],
) -> Result<(), PromiseError> {
    let mut tx = db.begin().await?;
    tie_in(&mut tx, org_id, what, id, slugs).await?;
    let action = match what {
        Tied::Feedback => "feedback.promises",
        Tied::Action => "action.promises",
    };
    let feedback_id = (what == Tied::Feedback).then_some(id);
    let detail = format!("{id}: {}", slugs.join(","));
    db::audit::record(
        &mut tx,
        org_id,
        Some(user_id),
        action,
        feedback_id,
        &detail,
        crate::now(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// [`tie`] as one step of a larger change: no audit entry of its own.
pub(crate) async fn tie_in(
    tx: &mut Tx,
    org_id: i64,
    what: Tied,
    id: i64,
    slugs: &[String],
) -> Result<(), PromiseError> {
    let owned = match what {
        Tied::Feedback => db::promises::feedback_org(&mut *tx, id).await?,
        Tied::Action => db::promises::action_org(&mut *tx, id).await?,
    };
    if owned != Some(org_id) {
        return Err(PromiseError::NotFound);
    }
    let ids = promise_ids(&mut *tx, org_id, slugs).await?;
    Ok(db::promises::tie(&mut *tx, what, id, &ids).await?)
}

/// Ties a survey's question (by survey slug and question id) to promises.
pub async fn tie_question(
    db: &Db,
    org: &Org,
    user_id: i64,
    survey: &str,
    question: &str,
    slugs: &[String],
) -> Result<(), PromiseError> {
    let found = crate::service::surveys::list(db, org)
        .await?
        .into_iter()
        .find(|s| s.row.slug == survey)
        .ok_or(PromiseError::NotFound)?;
    if !found.def.questions.iter().any(|q| q.id == question) {
        return Err(PromiseError::Invalid(format!(
            "The survey has no question \"{question}\"."
        )));
    }
    let mut tx = db.begin().await?;
    let ids = promise_ids(&mut tx, org.id, slugs).await?;
    db::promises::tie_question(&mut tx, found.row.id, question, &ids).await?;
    let detail = format!("{survey}/{question}: {}", slugs.join(","));
    db::audit::record(
        &mut tx,
        org.id,
        Some(user_id),
        "survey.promises",
        None,
        &detail,
        crate::now(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
