//! The organisation admin's changes (settings, alert contacts, languages,
//! bank holidays, cohorts, themes, staff, API tokens) and accepting an
//! invitation. Each change runs in one transaction with its audit entry
//! and what belongs to it (the invitation email, the sessions ended when a
//! user is disabled); a change that is refused writes nothing.

use crate::db::{self, admin::ThemeEdit, Db, Tx};
use crate::domain::reply_by::Region;
use crate::domain::roles::Role;
use crate::service::staff::{random_token, token_hash, Staff};

pub use crate::db::admin::{ThemeRow, TokenRow, UserRow};
pub use crate::db::alerts::Contacts;

/// An invitation link works once, for a week.
pub const INVITATION_SECONDS: i64 = 7 * 24 * 60 * 60;

/// The organisation's settings as the admin typed them (lengths checked).
#[derive(Debug)]
pub struct Settings {
    pub name: String,
    pub term_in_care: String,
    pub out_of_hours_phone: String,
    pub advocacy_contact: String,
    pub complaints_contact: String,
    pub retention_months: i64,
    pub reply_within_days: i64,
    /// `None`: left out of the form (an older page), so it stays as it was.
    pub suppress_threshold: Option<i64>,
}

/// A theme's words as the admin typed them (lengths checked).
#[derive(Debug)]
pub struct ThemeWords {
    pub label: String,
    pub young_label: String,
    pub icon: String,
    pub keywords: String,
}

/// One change on the admin page, checked by the handler.
#[derive(Debug)]
pub enum Command {
    Settings(Settings),
    AlertContacts(Contacts),
    /// Language codes young people are not offered (never `en`).
    Languages(Vec<&'static str>),
    BankHolidays(Region),
    /// Children in care and care leavers counted for a quarter (`2026-Q3`).
    Cohort {
        quarter: String,
        in_care: i64,
        care_leavers: i64,
    },
    EditTheme {
        id: i64,
        words: ThemeWords,
        retired: bool,
    },
    AddTheme(ThemeWords),
    /// Lets a throttled staff member sign in again at once.
    Unlock {
        user_id: i64,
    },
    SetDisabled {
        user_id: i64,
        disabled: bool,
    },
    /// Adds a user and emails them a link to set their password.
    Invite {
        email: String,
        role: Role,
    },
    NewToken {
        name: String,
    },
    /// `None`: no token named; nothing to revoke.
    RevokeToken {
        token_id: Option<i64>,
    },
}

impl Command {
    /// The audit log's name for this change.
    pub fn audit_name(&self) -> &'static str {
        match self {
            Command::Settings(_) => "admin.settings",
            Command::AlertContacts(_) => "admin.alert_contacts",
            Command::Languages(_) => "admin.languages",
            Command::BankHolidays(_) => "admin.bank_holidays",
            Command::Cohort { .. } => "admin.cohort",
            Command::EditTheme { .. } => "admin.theme",
            Command::AddTheme(_) => "admin.add_theme",
            Command::Unlock { .. } => "admin.unlock",
            Command::SetDisabled { disabled: true, .. } => "admin.disable",
            Command::SetDisabled { disabled: false, .. } => "admin.enable",
            Command::Invite { .. } => "admin.invite",
            Command::NewToken { .. } => "admin.token",
            Command::RevokeToken { .. } => "admin.revoke",
        }
    }
}

/// What became of a command.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Saved,
    /// Nothing changed; the message key says why.
    Refused(&'static str),
    /// A new API token, shown once.
    NewToken(String),
}

/// A theme slug from its name: lowercase letters, digits and dashes.
pub fn slugify(label: &str) -> String {
    let mut slug = String::new();
    for c in label.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').chars().take(40).collect()
}

/// Applies one admin change with its audit entry, in one transaction.
/// `link_base` is the address in the invitation email.
pub async fn apply(db: &Db, link_base: &str, staff: &Staff, command: Command) -> Result<Outcome, sqlx::Error> {
    let now = crate::now();
    let what = command.audit_name();
    let mut tx = db.begin().await?;
    let outcome = change(&mut tx, link_base, staff, command, now).await?;
    if let Outcome::Refused(_) = outcome {
        // Dropped unfinished: nothing of it stays.
        return Ok(outcome);
    }
    db::audit::record(
        &mut tx,
        staff.user.org_id,
        Some(staff.user.user_id),
        what,
        None,
        "",
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(outcome)
}

async fn change(
    tx: &mut Tx,
    link_base: &str,
    staff: &Staff,
    command: Command,
    now: i64,
) -> Result<Outcome, sqlx::Error> {
    let org_id = staff.user.org_id;
    match command {
        Command::Settings(s) => {
            let threshold = match s.suppress_threshold {
                Some(n) => Some(n),
                None => db::orgs::by_id(&mut *tx, org_id).await?.map(|o| o.suppress_threshold),
            };
            let Some(suppress_threshold) = threshold else {
                return Ok(Outcome::Refused("admin-error-settings"));
            };
            let settings = db::admin::Settings {
                name: &s.name,
                term_in_care: &s.term_in_care,
                out_of_hours_phone: &s.out_of_hours_phone,
                advocacy_contact: &s.advocacy_contact,
                complaints_contact: &s.complaints_contact,
                retention_months: s.retention_months,
                reply_within_days: s.reply_within_days,
                suppress_threshold,
            };
            db::admin::update_settings(&mut *tx, org_id, &settings).await?;
        }
        Command::AlertContacts(contacts) => db::alerts::set_contacts(&mut *tx, org_id, &contacts).await?,
        Command::Languages(hidden) => db::orgs::set_hidden_languages(&mut *tx, org_id, &hidden).await?,
        Command::BankHolidays(region) => db::orgs::set_bank_holidays(&mut *tx, org_id, region.as_str()).await?,
        Command::Cohort {
            quarter,
            in_care,
            care_leavers,
        } => db::promises::set_cohort(&mut *tx, org_id, &quarter, in_care, care_leavers, now).await?,
        Command::EditTheme { id, words, retired } => {
            let edit = ThemeEdit {
                label: &words.label,
                young_label: &words.young_label,
                icon: &words.icon,
                keywords: &words.keywords,
                retired,
            };
            if !db::admin::update_theme(&mut *tx, org_id, id, &edit).await? {
                return Ok(Outcome::Refused("admin-error-theme"));
            }
        }
        Command::AddTheme(words) => {
            let base = slugify(&words.label);
            let base = if base.is_empty() { "theme".to_string() } else { base };
            let existing = db::admin::themes(&mut *tx, org_id).await?;
            let mut slug = base.clone();
            let mut n = 2;
            while existing.iter().any(|t| t.slug == slug) {
                slug = format!("{base}-{n}");
                n += 1;
            }
            let position = db::admin::next_theme_position(&mut *tx, org_id).await?;
            let theme = db::themes::NewTheme {
                slug: &slug,
                label: &words.label,
                young_label: &words.young_label,
                icon: &words.icon,
                keywords: &words.keywords,
                position,
            };
            db::themes::insert(&mut *tx, org_id, &theme).await?;
        }
        Command::Unlock { user_id } => {
            // Another organisation's account is simply not found.
            if !crate::service::staff::unlock_sign_in(&mut *tx, org_id, user_id).await? {
                return Ok(Outcome::Refused("admin-error-invite"));
            }
        }
        Command::SetDisabled { user_id, disabled } => {
            if user_id == staff.user.user_id {
                return Ok(Outcome::Refused("admin-error-self"));
            }
            db::admin::set_disabled(&mut *tx, org_id, user_id, disabled).await?;
        }
        Command::Invite { email, role } => {
            let email = email.to_lowercase();
            let token = random_token();
            let invited = db::admin::invite(
                &mut *tx,
                org_id,
                &email,
                role.as_str(),
                &token_hash(&token),
                now,
                now + INVITATION_SECONDS,
            )
            .await?;
            if !invited {
                return Ok(Outcome::Refused("admin-error-invite"));
            }
            let org = db::orgs::by_id(&mut *tx, org_id)
                .await?
                .map(|o| o.name)
                .unwrap_or_default();
            let body = format!(
                "Hello,\n\n{inviter} has invited you to Sayso for {org} as {role}.\n\n\
                 Set your password here (the link works once, for 7 days):\n{link_base}/staff/invite/{token}\n",
                inviter = staff.user.email,
                role = role.as_str(),
            );
            let subject = format!("You are invited to Sayso ({org})");
            let mail = db::outbox::NewEmail {
                feedback_id: None,
                org_id: Some(org_id),
                to: &email,
                subject: &subject,
                body_text: &body,
            };
            db::outbox::enqueue(&mut *tx, &mail, now).await?;
        }
        Command::NewToken { name } => {
            let token = format!("sayso_{}", random_token());
            db::admin::create_token(&mut *tx, staff.user.user_id, &name, &token_hash(&token), now).await?;
            return Ok(Outcome::NewToken(token));
        }
        Command::RevokeToken { token_id } => {
            if let Some(token_id) = token_id {
                db::admin::revoke_token(&mut *tx, org_id, token_id, now).await?;
            }
        }
    }
    Ok(Outcome::Saved)
}

/// What the admin page shows besides the organisation's settings.
#[derive(Debug)]
pub struct Overview {
    pub org: crate::service::orgs::Org,
    pub cohorts: Vec<(String, i64, i64)>,
    pub themes: Vec<ThemeRow>,
    pub users: Vec<UserRow>,
    pub tokens: Vec<TokenRow>,
    /// Whether staff may sign in with a password.
    pub password_sign_in: bool,
    pub reach: crate::service::alerts::Reach,
}

/// Everything the admin page shows, read for the admin's organisation.
pub async fn overview(db: &Db, staff: &Staff) -> Result<Overview, sqlx::Error> {
    let org_id = staff.user.org_id;
    let org = db::orgs::by_id(db, org_id).await?.ok_or(sqlx::Error::RowNotFound)?;
    Ok(Overview {
        org,
        cohorts: db::promises::cohorts(db, org_id).await?,
        themes: db::admin::themes(db, org_id).await?,
        users: db::admin::users(db, org_id).await?,
        tokens: db::admin::tokens(db, org_id).await?,
        password_sign_in: crate::service::oidc::password_sign_in(db, org_id).await?,
        reach: crate::service::alerts::reach(db, org_id).await?,
    })
}

/// The email an unused, unexpired invitation (the token from its link) is for.
pub async fn invitation(db: &Db, token: &str, now: i64) -> Result<Option<String>, sqlx::Error> {
    Ok(db::admin::invitation(db, &token_hash(token), now)
        .await?
        .map(|(_, email)| email))
}

/// Uses an invitation once, setting the password (already hashed). False
/// if it was used already or has expired.
pub async fn accept_invitation(db: &Db, token: &str, password_hash: &str, now: i64) -> Result<bool, sqlx::Error> {
    db::admin::accept_invitation(db, &token_hash(token), password_hash, now).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn theme_slugs_are_plain() {
        assert_eq!(super::slugify("Pets & animals!"), "pets-animals");
        assert_eq!(super::slugify("  Ça va?"), "a-va");
    }
}
