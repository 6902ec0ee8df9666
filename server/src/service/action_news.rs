//! Telling young people when a "You said, we did" action their message is
//! part of changes: "Check my reply" shows its status and when it last
//! changed, and a named young person who gave an email and agreed to be
//! emailed gets a short email. Only published actions are told (a draft is
//! not the council's word yet), and the email carries the action's public
//! words and status, never the team's internal progress notes.

use crate::db::{self, Tx};
use crate::domain::status::ActionStatus;
use app::i18n::I18n;

/// Queues an email to every named, consenting young person whose message
/// is linked to the action. Returns how many were queued.
pub async fn tell_linked(
    tx: &mut Tx,
    link_base: &str,
    org_id: i64,
    action_id: i64,
    now: i64,
) -> Result<usize, sqlx::Error> {
    let Some(action) = db::actions::get(&mut *tx, org_id, action_id).await? else {
        return Ok(0);
    };
    if !action.published {
        return Ok(0);
    }
    let Some(org) = db::orgs::by_id(&mut *tx, org_id).await? else {
        return Ok(0);
    };
    let mut told = 0;
    for item_id in db::actions::linked_items(&mut *tx, action_id).await? {
        let Some(item) = db::moderation::item(&mut *tx, org_id, item_id).await? else {
            continue;
        };
        let (false, true, Some(to)) = (item.anonymous, item.email_consent, item.contact_email.as_deref()) else {
            continue;
        };
        let t = I18n::new(&item.language, None);
        let status = ActionStatus::parse(&action.status)
            .map_or(action.status.clone(), |s| t.t(&format!("action-status-{}", s.as_str())));
        let link = format!(
            "{link_base}/{}/you-said-we-did?lang={}#action-{action_id}",
            org.slug, t.lang
        );
        let subject = t.ts("email-news-subject", &[("org", &org.name)]);
        let body = format!(
            "{}\n\n{}\n\n{}\n{}\n\n{}\n",
            t.ts("email-news-hello", &[("name", item.name.as_deref().unwrap_or(""))]),
            t.ts("email-news-intro", &[("org", &org.name), ("status", &status)]),
            t.t("you-said-we-did-we-did"),
            action.we_did,
            t.ts("email-news-link", &[("link", &link)]),
        );
        let email = db::outbox::NewEmail {
            org_id: Some(org_id),
            // The email carries the young person's address: it goes when their message does.
            feedback_id: Some(item_id),
            to,
            subject: &subject,
            body_text: &body,
        };
        db::outbox::enqueue(&mut *tx, &email, now).await?;
        told += 1;
    }
    Ok(told)
}
