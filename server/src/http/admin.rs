//! The organisation admin page (settings, themes, staff, API tokens) and
//! accepting an invitation. Admins only; every form checks the CSRF token.

use super::staff::{field, fields, header_for, org_name, page_staff, staff_page};
use super::AppState;
use crate::db::{self, admin::Settings, admin::ThemeEdit, Tx};
use crate::domain::roles::{Permission, Role};
use crate::domain::Email;
use crate::http::error::PageError;
use crate::service::staff::{random_token, token_hash, Staff};
use app::i18n::I18n;
use app::pages::{AdminView, InviteView, SettingsView, StaffPage, ThemeAdminRow, UserAdminRow};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// An invitation link works once, for a week.
const INVITATION_SECONDS: i64 = 7 * 24 * 60 * 60;

async fn view(state: &AppState, staff: &Staff) -> Result<AdminView, sqlx::Error> {
    let org_id = staff.user.org_id;
    let org = db::orgs::by_id(&state.db, org_id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    let hidden_languages = org.hidden_languages().into_iter().map(str::to_string).collect();
    let bank_holidays = org.bank_holiday_region().as_str().to_string();
    Ok(AdminView {
        settings: SettingsView {
            name: org.name,
            term_in_care: org.term_in_care,
            out_of_hours_phone: org.out_of_hours_phone,
            advocacy: org.advocacy_contact,
            complaints: org.complaints_contact,
            retention_months: org.retention_months,
            reply_within_days: org.reply_within_days,
            suppress_threshold: org.suppress_threshold,
        },
        hidden_languages,
        bank_holidays,
        cohorts: db::promises::cohorts(&state.db, org_id).await?,
        this_quarter: crate::service::promises_report::quarter_name(state.config.today(crate::now())),
        themes: db::admin::themes(&state.db, org_id)
            .await?
            .into_iter()
            .map(|t| ThemeAdminRow {
                id: t.id,
                label: t.label,
                young_label: t.young_label,
                icon: t.icon,
                keywords: t.keywords,
                retired: t.retired,
            })
            .collect(),
        users: db::admin::users(&state.db, org_id)
            .await?
            .into_iter()
            .map(|u| UserAdminRow {
                id: u.id,
                email: u.email,
                role: u.role,
                disabled: u.disabled,
                invited: u.invited,
            })
            .collect(),
        tokens: db::admin::tokens(&state.db, org_id)
            .await?
            .into_iter()
            .map(|t| (t.id, t.name, t.email))
            .collect(),
        sign_in: super::oidc::admin_view(state, org_id).await?,
        alerts: alert_view(state, org_id).await?,
        ..Default::default()
    })
}

async fn alert_view(state: &AppState, org_id: i64) -> Result<app::pages::AlertAdminView, sqlx::Error> {
    let contacts = db::alerts::contacts(&state.db, org_id).await?;
    Ok(app::pages::AlertAdminView {
        has_leads: !db::alerts::safeguarding_emails(&state.db, org_id).await?.is_empty(),
        safeguarding_inbox: contacts.safeguarding_inbox,
        escalation_email: contacts.escalation_email,
        escalate_minutes: (state.config.escalate_after_seconds / 60).max(1),
    })
}

pub(super) async fn show(
    state: &AppState,
    staff: &Staff,
    tweak: impl FnOnce(&mut AdminView),
    status: StatusCode,
) -> Response {
    let header = header_for(staff, &org_name(state, staff).await);
    match view(state, staff).await {
        Ok(mut v) => {
            tweak(&mut v);
            staff_page(state, Some(header), StaffPage::Admin(v), status).await
        }
        Err(e) => {
            tracing::error!(error = %e, "cannot load admin page");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

async fn admin_staff(state: &AppState, headers: &HeaderMap) -> Result<Staff, Response> {
    let staff = page_staff(state, headers).await?;
    if staff.role.can(Permission::Administer) {
        return Ok(staff);
    }
    let header = header_for(&staff, &org_name(state, &staff).await);
    Err(staff_page(state, Some(header), StaffPage::Forbidden, StatusCode::FORBIDDEN).await)
}

#[derive(Deserialize)]
pub struct AdminQuery {
    saved: Option<String>,
}

pub async fn admin_page(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<AdminQuery>) -> Response {
    let staff = match admin_staff(&state, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let saved = q.saved.is_some().then(|| I18n::english().t("admin-saved"));
    show(&state, &staff, |v| v.message = saved, StatusCode::OK).await
}

/// A theme slug from its name: lowercase letters, digits and dashes.
fn slugify(label: &str) -> String {
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

enum Outcome {
    Saved,
    Invalid(&'static str),
    NewToken(String),
}

pub async fn admin_submit(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let staff = match admin_staff(&state, &headers).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let f = fields(&body);
    if !staff.csrf_matches(&field(&f, "csrf")) {
        let header = header_for(&staff, &org_name(&state, &staff).await);
        return staff_page(&state, Some(header), StaffPage::Forbidden, StatusCode::FORBIDDEN).await;
    }
    let action = field(&f, "action");
    if action.starts_with("person_") {
        return super::lifecycle::person_action(&state, &staff, &action, &f).await;
    }
    if action == "sign_in" {
        return super::oidc::admin_sign_in(&state, &staff, &f).await;
    }
    // The change and its audit entry commit together; an invalid form
    // changes nothing.
    let outcome = async {
        let mut tx = state.db.begin().await?;
        let outcome = apply(&state, &mut tx, &staff, &action, &f).await?;
        let what = match &outcome {
            Outcome::Saved => format!("admin.{action}"),
            Outcome::NewToken(_) => "admin.token".to_string(),
            Outcome::Invalid(_) => return Ok(outcome),
        };
        db::audit::record(
            &mut tx,
            staff.user.org_id,
            Some(staff.user.user_id),
            &what,
            None,
            "",
            crate::now(),
        )
        .await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(outcome)
    }
    .await;
    let t = I18n::english();
    match outcome {
        Ok(Outcome::Saved) => Redirect::to("/staff/admin?saved=1").into_response(),
        Ok(Outcome::NewToken(token)) => show(&state, &staff, |v| v.new_token = Some(token), StatusCode::OK).await,
        Ok(Outcome::Invalid(message)) => {
            show(
                &state,
                &staff,
                |v| v.error = Some(t.t(message)),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => PageError::new("save an admin change", e).into_response(),
    }
}

fn clean(s: &str, max: usize) -> Option<String> {
    let s = s.trim().replace('\0', "");
    (s.chars().count() <= max).then_some(s)
}

async fn apply(
    state: &AppState,
    tx: &mut Tx,
    staff: &Staff,
    action: &str,
    f: &[(String, String)],
) -> Result<Outcome, sqlx::Error> {
    let org_id = staff.user.org_id;
    let now = crate::now();
    let get = |name: &str| field(f, name);
    match action {
        "settings" => {
            let (Some(name), Some(term), Some(ooh), Some(advocacy), Some(complaints)) = (
                clean(&get("name"), 200).filter(|n| !n.is_empty()),
                clean(&get("term_in_care"), 100).filter(|n| !n.is_empty()),
                clean(&get("out_of_hours_phone"), 50),
                clean(&get("advocacy"), 500),
                clean(&get("complaints"), 500),
            ) else {
                return Ok(Outcome::Invalid("admin-error-settings"));
            };
            let retention = get("retention_months")
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|m| (6..=120).contains(m));
            let reply_days = get("reply_within_days")
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|d| (1..=30).contains(d));
            // Never below 3: smaller "small numbers" would identify children.
            // Left out of the form (an older page): keep what it was.
            let threshold = match get("suppress_threshold").trim() {
                "" => db::orgs::by_id(&mut *tx, org_id).await?.map(|o| o.suppress_threshold),
                n => n.parse::<i64>().ok().filter(|n| (3..=20).contains(n)),
            };
            let (Some(retention_months), Some(reply_within_days), Some(suppress_threshold)) =
                (retention, reply_days, threshold)
            else {
                return Ok(Outcome::Invalid("admin-error-settings"));
            };
            let settings = Settings {
                name: &name,
                term_in_care: &term,
                out_of_hours_phone: &ooh,
                advocacy_contact: &advocacy,
                complaints_contact: &complaints,
                retention_months,
                reply_within_days,
                suppress_threshold,
            };
            db::admin::update_settings(&mut *tx, org_id, &settings).await?;
            Ok(Outcome::Saved)
        }
        "alert_contacts" => {
            // Each box: empty, or one email address.
            let address = |name: &str| {
                let value = get(name).trim().to_string();
                if value.is_empty() {
                    Some(String::new())
                } else {
                    Email::parse(&value).map(|e| e.as_str().to_lowercase())
                }
            };
            let (Some(safeguarding_inbox), Some(escalation_email)) =
                (address("safeguarding_inbox"), address("escalation_email"))
            else {
                return Ok(Outcome::Invalid("admin-error-alerts"));
            };
            let contacts = db::alerts::Contacts {
                safeguarding_inbox,
                escalation_email,
            };
            db::alerts::set_contacts(&mut *tx, org_id, &contacts).await?;
            Ok(Outcome::Saved)
        }
        "languages" => {
            // Only codes Sayso has; English (the fallback) is never hidden.
            let hidden: Vec<&str> = app::i18n::LANGUAGES
                .iter()
                .map(|l| l.code)
                .filter(|code| *code != "en" && f.iter().any(|(k, v)| k == "hidden" && v == code))
                .collect();
            db::orgs::set_hidden_languages(&mut *tx, org_id, &hidden).await?;
            Ok(Outcome::Saved)
        }
        "bank_holidays" => {
            let Some(region) = crate::domain::reply_by::Region::parse(&get("bank_holidays")) else {
                return Ok(Outcome::Invalid("admin-error-settings"));
            };
            db::orgs::set_bank_holidays(&mut *tx, org_id, region.as_str()).await?;
            Ok(Outcome::Saved)
        }
        "cohort" => {
            let count = |name: &str| {
                get(name)
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .filter(|n| (0..=1_000_000).contains(n))
            };
            let (Some(quarter), Some(in_care), Some(care_leavers)) = (
                crate::service::promises_report::parse_quarter(&get("quarter")),
                count("in_care"),
                count("care_leavers"),
            ) else {
                return Ok(Outcome::Invalid("admin-cohort-error"));
            };
            db::promises::set_cohort(&mut *tx, org_id, &quarter, in_care, care_leavers, now).await?;
            Ok(Outcome::Saved)
        }
        "theme" | "add_theme" => {
            let (Some(label), Some(young), Some(icon), Some(keywords)) = (
                clean(&get("label"), 100).filter(|s| !s.is_empty()),
                clean(&get("young_label"), 100).filter(|s| !s.is_empty()),
                clean(&get("icon"), 16),
                clean(&get("keywords"), 1000),
            ) else {
                return Ok(Outcome::Invalid("admin-error-theme"));
            };
            if action == "theme" {
                let Ok(theme_id) = get("theme_id").parse::<i64>() else {
                    return Ok(Outcome::Invalid("admin-error-theme"));
                };
                let edit = ThemeEdit {
                    label: &label,
                    young_label: &young,
                    icon: &icon,
                    keywords: &keywords,
                    retired: get("retired") == "yes",
                };
                return Ok(if db::admin::update_theme(&mut *tx, org_id, theme_id, &edit).await? {
                    Outcome::Saved
                } else {
                    Outcome::Invalid("admin-error-theme")
                });
            }
            let base = slugify(&label);
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
                label: &label,
                young_label: &young,
                icon: &icon,
                keywords: &keywords,
                position,
            };
            db::themes::insert(&mut *tx, org_id, &theme).await?;
            Ok(Outcome::Saved)
        }
        "unlock" => {
            let Ok(user_id) = get("user_id").parse::<i64>() else {
                return Ok(Outcome::Invalid("admin-error-invite"));
            };
            // Another organisation's account is simply not found.
            match crate::service::staff::unlock_sign_in(&mut *tx, org_id, user_id).await? {
                true => Ok(Outcome::Saved),
                false => Ok(Outcome::Invalid("admin-error-invite")),
            }
        }
        "disable" | "enable" => {
            let Ok(user_id) = get("user_id").parse::<i64>() else {
                return Ok(Outcome::Invalid("admin-error-invite"));
            };
            if user_id == staff.user.user_id {
                return Ok(Outcome::Invalid("admin-error-self"));
            }
            db::admin::set_disabled(&mut *tx, org_id, user_id, action == "disable").await?;
            Ok(Outcome::Saved)
        }
        "invite" => {
            let role = get("role");
            let (Some(email), Some(_)) = (Email::parse(&get("email")), Role::parse(&role)) else {
                return Ok(Outcome::Invalid("admin-error-invite"));
            };
            let email = email.as_str().to_lowercase();
            let token = random_token();
            if !db::admin::invite(
                &mut *tx,
                org_id,
                &email,
                &role,
                &token_hash(&token),
                now,
                now + INVITATION_SECONDS,
            )
            .await?
            {
                return Ok(Outcome::Invalid("admin-error-invite"));
            }
            let org = org_name(state, staff).await;
            let body = format!(
                "Hello,\n\n{inviter} has invited you to Sayso for {org} as {role}.\n\n\
                 Set your password here (the link works once, for 7 days):\n{base}/staff/invite/{token}\n",
                inviter = staff.user.email,
                base = state.config.link_base(),
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
            Ok(Outcome::Saved)
        }
        "token" => {
            let Some(name) = clean(&get("name"), 100).filter(|n| !n.is_empty()) else {
                return Ok(Outcome::Invalid("admin-error-theme"));
            };
            let token = format!("sayso_{}", random_token());
            db::admin::create_token(&mut *tx, staff.user.user_id, &name, &token_hash(&token), now).await?;
            Ok(Outcome::NewToken(token))
        }
        "revoke" => {
            if let Ok(token_id) = get("token_id").parse::<i64>() {
                db::admin::revoke_token(&mut *tx, org_id, token_id, now).await?;
            }
            Ok(Outcome::Saved)
        }
        _ => Ok(Outcome::Invalid("admin-error-settings")),
    }
}

async fn invite_view(state: &AppState, view: InviteView, status: StatusCode) -> Response {
    staff_page(state, None, StaffPage::Invite(view), status).await
}

pub async fn invite_page(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    match db::admin::invitation(&state.db, &token_hash(&token), crate::now()).await {
        Ok(Some((_, email))) => {
            invite_view(
                &state,
                InviteView::Form {
                    token,
                    email,
                    error: None,
                },
                StatusCode::OK,
            )
            .await
        }
        Ok(None) => invite_view(&state, InviteView::Invalid, StatusCode::NOT_FOUND).await,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

pub async fn invite_submit(State(state): State<AppState>, Path(token): Path<String>, body: Bytes) -> Response {
    let now = crate::now();
    let hash = token_hash(&token);
    let email = match db::admin::invitation(&state.db, &hash, now).await {
        Ok(Some((_, email))) => email,
        Ok(None) => return invite_view(&state, InviteView::Invalid, StatusCode::NOT_FOUND).await,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let f = fields(&body);
    let password = field(&f, "password");
    if password != field(&f, "confirm") || password.chars().count() < crate::cli::MIN_PASSWORD_CHARS {
        let error = Some(I18n::english().t("invite-mismatch"));
        return invite_view(
            &state,
            InviteView::Form { token, email, error },
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let Ok(password_hash) = crate::service::staff::hash_password(password).await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    match db::admin::accept_invitation(&state.db, &hash, &password_hash, now).await {
        Ok(true) => invite_view(&state, InviteView::Done, StatusCode::OK).await,
        Ok(false) => invite_view(&state, InviteView::Invalid, StatusCode::NOT_FOUND).await,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn theme_slugs_are_plain() {
        assert_eq!(super::slugify("Pets & animals!"), "pets-animals");
        assert_eq!(super::slugify("  Ça va?"), "a-va");
    }
}
