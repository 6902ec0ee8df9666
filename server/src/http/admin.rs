//! The organisation admin page (settings, themes, staff, API tokens) and
//! accepting an invitation. Admins only; every form checks the CSRF token.

use super::staff::extract::{need, Signed, SignedForm};
use super::staff::{field, fields, header_for, org_name, staff_page};
use super::AppState;
use crate::domain::roles::Role;
use crate::domain::Email;
use crate::http::error::PageError;
use crate::service::admin::{self, Command, Contacts, Outcome, Settings, ThemeWords};
use crate::service::staff::Staff;
use app::i18n::I18n;
use app::pages::{AdminView, InviteView, SettingsView, StaffPage, ThemeAdminRow, UserAdminRow};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

async fn view(state: &AppState, staff: &Staff) -> Result<AdminView, sqlx::Error> {
    let o = admin::overview(&state.db, staff).await?;
    let org = o.org;
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
        cohorts: o.cohorts,
        this_quarter: crate::service::promises_report::quarter_name(state.config.today(crate::now())),
        themes: o
            .themes
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
        users: o
            .users
            .into_iter()
            .map(|u| UserAdminRow {
                id: u.id,
                email: u.email,
                role: u.role,
                disabled: u.disabled,
                invited: u.invited,
            })
            .collect(),
        tokens: o.tokens.into_iter().map(|t| (t.id, t.name, t.email)).collect(),
        sign_in: super::oidc::admin_view(state, o.password_sign_in),
        alerts: app::pages::AlertAdminView {
            has_leads: o.reach.has_leads,
            safeguarding_inbox: o.reach.contacts.safeguarding_inbox,
            escalation_email: o.reach.contacts.escalation_email,
            escalate_minutes: (state.config.escalate_after_seconds / 60).max(1),
        },
        ..Default::default()
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

#[derive(Deserialize)]
pub struct AdminQuery {
    saved: Option<String>,
}

pub async fn admin_page(
    State(state): State<AppState>,
    Query(q): Query<AdminQuery>,
    Signed(staff, _): Signed<need::Administer>,
) -> Response {
    let saved = q.saved.is_some().then(|| I18n::english().t("admin-saved"));
    show(&state, &staff, |v| v.message = saved, StatusCode::OK).await
}

pub async fn admin_submit(
    State(state): State<AppState>,
    SignedForm(staff, f, _): SignedForm<need::Administer>,
) -> Response {
    let action = field(&f, "action");
    if action.starts_with("person_") {
        return super::lifecycle::person_action(&state, &staff, &action, &f).await;
    }
    if action == "sign_in" {
        return super::oidc::admin_sign_in(&state, &staff, &f).await;
    }
    // The change and its audit entry commit together; an invalid form
    // changes nothing.
    let outcome = match command(&action, &f) {
        Ok(command) => admin::apply(&state.db, &state.config.link_base(), &staff, command).await,
        Err(message) => Ok(Outcome::Refused(message)),
    };
    let t = I18n::english();
    match outcome {
        Ok(Outcome::Saved) => Redirect::to("/staff/admin?saved=1").into_response(),
        Ok(Outcome::NewToken(token)) => show(&state, &staff, |v| v.new_token = Some(token), StatusCode::OK).await,
        Ok(Outcome::Refused(message)) => {
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

/// The admin form's `action` and fields as a checked command, or the
/// message key saying what is wrong.
fn command(action: &str, f: &[(String, String)]) -> Result<Command, &'static str> {
    let get = |name: &str| field(f, name);
    let user_id = |problem| get("user_id").parse::<i64>().map_err(|_| problem);
    match action {
        "settings" => {
            let (Some(name), Some(term), Some(ooh), Some(advocacy), Some(complaints)) = (
                clean(&get("name"), 200).filter(|n| !n.is_empty()),
                clean(&get("term_in_care"), 100).filter(|n| !n.is_empty()),
                clean(&get("out_of_hours_phone"), 50),
                clean(&get("advocacy"), 500),
                clean(&get("complaints"), 500),
            ) else {
                return Err("admin-error-settings");
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
                "" => Some(None),
                n => n.parse::<i64>().ok().filter(|n| (3..=20).contains(n)).map(Some),
            };
            let (Some(retention_months), Some(reply_within_days), Some(suppress_threshold)) =
                (retention, reply_days, threshold)
            else {
                return Err("admin-error-settings");
            };
            Ok(Command::Settings(Settings {
                name,
                term_in_care: term,
                out_of_hours_phone: ooh,
                advocacy_contact: advocacy,
                complaints_contact: complaints,
                retention_months,
                reply_within_days,
                suppress_threshold,
            }))
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
                return Err("admin-error-alerts");
            };
            Ok(Command::AlertContacts(Contacts {
                safeguarding_inbox,
                escalation_email,
            }))
        }
        "languages" => {
            // Only codes Sayso has; English (the fallback) is never hidden.
            Ok(Command::Languages(
                app::i18n::LANGUAGES
                    .iter()
                    .map(|l| l.code)
                    .filter(|code| *code != I18n::english().lang && f.iter().any(|(k, v)| k == "hidden" && v == code))
                    .collect(),
            ))
        }
        "bank_holidays" => crate::domain::reply_by::Region::parse(&get("bank_holidays"))
            .map(Command::BankHolidays)
            .ok_or("admin-error-settings"),
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
                return Err("admin-cohort-error");
            };
            Ok(Command::Cohort {
                quarter,
                in_care,
                care_leavers,
            })
        }
        "theme" | "add_theme" => {
            let (Some(label), Some(young_label), Some(icon), Some(keywords)) = (
                clean(&get("label"), 100).filter(|s| !s.is_empty()),
                clean(&get("young_label"), 100).filter(|s| !s.is_empty()),
                clean(&get("icon"), 16),
                clean(&get("keywords"), 1000),
            ) else {
                return Err("admin-error-theme");
            };
            let words = ThemeWords {
                label,
                young_label,
                icon,
                keywords,
            };
            if action == "add_theme" {
                return Ok(Command::AddTheme(words));
            }
            let id = get("theme_id").parse::<i64>().map_err(|_| "admin-error-theme")?;
            Ok(Command::EditTheme {
                id,
                words,
                retired: get("retired") == "yes",
            })
        }
        "unlock" => Ok(Command::Unlock {
            user_id: user_id("admin-error-invite")?,
        }),
        "disable" | "enable" => Ok(Command::SetDisabled {
            user_id: user_id("admin-error-invite")?,
            disabled: action == "disable",
        }),
        "invite" => match (Email::parse(&get("email")), Role::parse(&get("role"))) {
            (Some(email), Some(role)) => Ok(Command::Invite {
                email: email.as_str().to_string(),
                role,
            }),
            _ => Err("admin-error-invite"),
        },
        "token" => match clean(&get("name"), 100).filter(|n| !n.is_empty()) {
            Some(name) => Ok(Command::NewToken { name }),
            None => Err("admin-error-theme"),
        },
        "revoke" => Ok(Command::RevokeToken {
            token_id: get("token_id").parse::<i64>().ok(),
        }),
        _ => Err("admin-error-settings"),
    }
}

async fn invite_view(state: &AppState, view: InviteView, status: StatusCode) -> Response {
    staff_page(state, None, StaffPage::Invite(view), status).await
}

pub async fn invite_page(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    match admin::invitation(&state.db, &token, crate::now()).await {
        Ok(Some(email)) => {
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
    let email = match admin::invitation(&state.db, &token, now).await {
        Ok(Some(email)) => email,
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
    match admin::accept_invitation(&state.db, &token, &password_hash, now).await {
        Ok(true) => invite_view(&state, InviteView::Done, StatusCode::OK).await,
        Ok(false) => invite_view(&state, InviteView::Invalid, StatusCode::NOT_FOUND).await,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}
