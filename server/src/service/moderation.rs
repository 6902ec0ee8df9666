//! What the participation team does to one message: themes, status,
//! redaction, notes, replies, promises and quotes for the Board. Each is a
//! typed [`Change`]; [`apply`] makes it and writes its audit entry (and,
//! for a reply, the email to the young person) in one transaction, so a
//! change is never made without its record, nor an email queued for a
//! reply that was not saved.

use crate::db::alerts::AlertState;
pub use crate::db::moderation::QueueFilter;
use crate::db::moderation::{Entry, Item};
use crate::db::report::Quote;
use crate::db::themes::Theme;
use crate::db::{self, promises::Tied, Db, Tx};
use crate::domain::redact::{self, Suggestion};
use crate::domain::status::FeedbackStatus;
use crate::service::staff::Staff;
use app::i18n::I18n;

/// A page of the queue as the API lists it.
pub struct Listing {
    pub items: Vec<Item>,
    /// (message id, theme slug) for every listed message.
    pub item_themes: Vec<(i64, String)>,
    /// Messages per status, over the whole organisation.
    pub counts: Vec<(String, i64)>,
}

/// The queue page: the listing, the themes to filter by, open alerts.
pub struct QueuePage {
    pub listing: Listing,
    pub themes: Vec<Theme>,
    pub open_alerts: usize,
}

pub async fn listing(db: &Db, org_id: i64, filter: &QueueFilter, limit: i64) -> Result<Listing, sqlx::Error> {
    let items = db::moderation::queue(db, org_id, filter, limit).await?;
    let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    Ok(Listing {
        item_themes: db::moderation::themes_of(db, org_id, &ids).await?,
        counts: db::moderation::status_counts(db, org_id).await?,
        items,
    })
}

pub async fn queue_page(db: &Db, org_id: i64, filter: &QueueFilter, limit: i64) -> Result<QueuePage, sqlx::Error> {
    Ok(QueuePage {
        listing: listing(db, org_id, filter, limit).await?,
        themes: db::themes::active(db, org_id).await?,
        open_alerts: db::alerts::open_for(db, org_id).await?.len(),
    })
}

/// One message opened by a staff member, with all the item page shows.
pub struct Opened {
    pub item: Item,
    /// Its status as the page shows it (`in_review` once a moderator opened it).
    pub status: String,
    /// (message id, theme slug) of its themes.
    pub chosen: Vec<(i64, String)>,
    pub themes: Vec<Theme>,
    pub notes: Vec<Entry>,
    pub replies: Vec<Entry>,
    pub alert: Option<AlertState>,
    pub quotes: Vec<Quote>,
    /// (slug, title, tied to this message) for every promise.
    pub promises: Vec<(String, String, bool)>,
}

/// Opens message `id` of the staff member's organisation: the view is
/// audited and, for a moderator, a new message becomes "in review", in one
/// transaction before anything is shown. None if it is not theirs.
pub async fn open(db: &Db, staff: &Staff, id: i64, can_moderate: bool) -> Result<Option<Opened>, sqlx::Error> {
    let org_id = staff.user.org_id;
    let mut tx = db.begin().await?;
    let Some(item) = db::moderation::item(&mut tx, org_id, id).await? else {
        return Ok(None);
    };
    if can_moderate {
        db::moderation::mark_read(&mut tx, org_id, id).await?;
    }
    db::audit::record(
        &mut tx,
        org_id,
        Some(staff.user.user_id),
        "feedback.view",
        Some(id),
        "",
        crate::now(),
    )
    .await?;
    tx.commit().await?;
    let status = if can_moderate && item.status == FeedbackStatus::New.as_str() {
        FeedbackStatus::InReview.as_str().to_string()
    } else {
        item.status.clone()
    };
    let tied = db::promises::tied(db, Tied::Feedback, id).await?;
    let promises = db::promises::list(db, org_id, None)
        .await?
        .into_iter()
        .map(|p| {
            let chosen = tied.contains(&p.id);
            (p.slug, p.title, chosen)
        })
        .collect();
    Ok(Some(Opened {
        status,
        chosen: db::moderation::themes_of(db, org_id, &[id]).await?,
        themes: db::themes::active(db, org_id).await?,
        notes: db::moderation::notes(db, id).await?,
        replies: db::moderation::replies(db, id).await?,
        alert: db::alerts::for_feedback(db, org_id, id).await?,
        quotes: db::report::quotes_of(db, org_id, id).await?,
        promises,
        item,
    }))
}

/// One change to a message, parsed from the item page's form.
#[derive(Debug)]
pub enum Change {
    /// The chosen theme slugs (unknown ones are ignored).
    Themes(Vec<String>),
    Status(FeedbackStatus),
    /// Details to hide from the text the wider team and the Board see.
    Redact(Vec<Suggestion>),
    Note(String),
    Reply(String),
    /// Promise slugs (an empty list unties it).
    Promises(Vec<String>),
    /// Words from the redacted text approved for the Board, under a theme.
    Quote {
        theme: String,
        text: String,
    },
    WithdrawQuote(i64),
}

impl Change {
    /// The audit log's name for it (`feedback.<name>`).
    pub fn name(&self) -> &'static str {
        match self {
            Change::Themes(_) => "themes",
            Change::Status(_) => "status",
            Change::Redact(_) => "redact",
            Change::Note(_) => "note",
            Change::Reply(_) => "reply",
            Change::Promises(_) => "promises",
            Change::Quote { .. } => "quote",
            Change::WithdrawQuote(_) => "withdraw_quote",
        }
    }
}

#[derive(Debug)]
pub enum ModerationError {
    /// Not this organisation's message, or the change does not fit it (a
    /// quote not from its redacted text, an unknown promise or quote).
    Refused,
    Database(sqlx::Error),
}

impl From<sqlx::Error> for ModerationError {
    fn from(e: sqlx::Error) -> Self {
        ModerationError::Database(e)
    }
}

/// Makes `change` to message `id` of the staff member's organisation, with
/// its audit entry, in one transaction. The caller has checked the role.
pub async fn apply(db: &Db, link_base: &str, staff: &Staff, id: i64, change: Change) -> Result<(), ModerationError> {
    let org_id = staff.user.org_id;
    let user_id = staff.user.user_id;
    let now = crate::now();
    let mut tx = db.begin().await?;
    let Some(item) = db::moderation::item(&mut tx, org_id, id).await? else {
        return Err(ModerationError::Refused);
    };
    let detail = match &change {
        Change::Quote { theme, text } => {
            let theme = db::themes::active(&mut tx, org_id)
                .await?
                .into_iter()
                .find(|t| &t.slug == theme);
            let quote = text.trim().replace('\0', "");
            let (Some(theme), Some(redacted)) = (theme, item.redacted_body.as_deref()) else {
                return Err(ModerationError::Refused);
            };
            if !redact::quote_is_from(&quote, redacted) {
                return Err(ModerationError::Refused);
            }
            let new = db::report::NewQuote {
                feedback_id: id,
                theme_id: theme.id,
                text: &quote,
                received_hour: item.received_hour,
                approved_by: user_id,
            };
            let quote_id = db::report::approve_quote(&mut tx, org_id, &new, now).await?;
            format!("quote {quote_id} for {}", theme.slug)
        }
        Change::WithdrawQuote(quote_id) => {
            if !db::report::withdraw_quote(&mut tx, org_id, *quote_id).await? {
                return Err(ModerationError::Refused);
            }
            format!("quote {quote_id}")
        }
        Change::Promises(slugs) => {
            match crate::service::promises::tie_in(&mut tx, org_id, Tied::Feedback, id, slugs).await {
                Ok(()) => format!("promises {}", slugs.join(",")),
                Err(crate::service::promises::PromiseError::Database(e)) => return Err(e.into()),
                Err(_) => return Err(ModerationError::Refused),
            }
        }
        Change::Themes(chosen) => {
            let ids: Vec<i64> = db::themes::active(&mut tx, org_id)
                .await?
                .iter()
                .filter(|t| chosen.contains(&t.slug))
                .map(|t| t.id)
                .collect();
            db::moderation::set_themes(&mut tx, id, &ids).await?;
            chosen.join(",")
        }
        Change::Status(status) => {
            db::moderation::set_status(&mut tx, org_id, id, status.as_str()).await?;
            status.as_str().to_string()
        }
        Change::Redact(chosen) => {
            db::moderation::set_redacted(&mut tx, org_id, id, &redact::apply(&item.body, chosen)).await?;
            format!("{} details hidden", chosen.len())
        }
        Change::Note(text) => {
            db::moderation::add_note(&mut tx, id, user_id, text, now).await?;
            String::new()
        }
        Change::Reply(text) => {
            db::moderation::add_reply(&mut tx, org_id, id, user_id, text, now).await?;
            email_reply(&mut tx, link_base, org_id, &item, text, now).await?;
            String::new()
        }
    };
    db::audit::record(
        &mut tx,
        org_id,
        Some(user_id),
        &format!("feedback.{}", change.name()),
        Some(id),
        &detail,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Queues the reply for a named young person who gave an email and agreed.
async fn email_reply(
    tx: &mut Tx,
    link_base: &str,
    org_id: i64,
    item: &db::moderation::Item,
    text: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let (false, true, Some(to)) = (item.anonymous, item.email_consent, item.contact_email.as_deref()) else {
        return Ok(());
    };
    let org = db::orgs::by_id(&mut *tx, org_id).await?;
    let (org_name, org_slug) = org.map(|o| (o.name, o.slug)).unwrap_or_default();
    let (subject, body) = reply_email(
        &I18n::new(&item.language, None),
        &org_name,
        item.name.as_deref().unwrap_or_default(),
        text,
        &format!("{link_base}/{org_slug}/reply"),
    );
    let email = db::outbox::NewEmail {
        org_id: Some(org_id),
        feedback_id: Some(item.id),
        to,
        subject: &subject,
        body_text: &body,
    };
    db::outbox::enqueue(&mut *tx, &email, now).await
}

/// The email that tells a young person the team has replied, in the
/// language they wrote in, with a link that opens "Check my reply" in it.
fn reply_email(t: &I18n, org: &str, name: &str, text: &str, link: &str) -> (String, String) {
    let link = format!("{link}?lang={}", t.lang);
    let link_line: String = t
        .pieces("email-reply-link", &[("link", &link)], &["link"])
        .into_iter()
        .map(|p| match p {
            app::i18n::Piece::Text(s) | app::i18n::Piece::LeftToRight(s) => s,
        })
        .collect();
    let subject = t.ts("email-reply-subject", &[("org", org)]);
    let body = format!(
        "{}\n\n{}\n\n{text}\n\n{link_line}\n",
        t.ts("email-reply-hello", &[("name", name)]),
        t.ts("email-reply-intro", &[("org", org)]),
    );
    (subject, body)
}
