//! The participation team's work on feedback: the queue (page and API),
//! one item, and what they do to it (themes, status, redaction, notes,
//! replies, quotes for the Board).

use super::extract::{need, ApiStaff, Signed, SignedForm};
use super::{field, header_for, hour_iso, org_name, staff_page};
use crate::domain::reply_by::Due;
use crate::domain::roles::Permission;
use crate::domain::status::FeedbackStatus;
use crate::domain::themes::suggest;
use crate::http::error::{ApiError, PageError};
use crate::http::AppState;
use crate::service::moderation::QueueFilter;
use crate::service::moderation::{self, Change, ModerationError};
use app::i18n::I18n;
use app::pages::{ItemAlert, ItemView, QueueFilterView, QueueRow, QueueView, StaffPage};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize, Default)]
pub struct FeedbackQuery {
    status: Option<String>,
    theme: Option<String>,
    kind: Option<String>,
    age_band: Option<String>,
    urgent: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    from: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    to: Option<String>,
}

/// Midnight UTC at the start of a `YYYY-MM-DD` day.
fn day_start(day: Option<&str>) -> Option<i64> {
    let date = chrono::NaiveDate::parse_from_str(day?.trim(), "%Y-%m-%d").ok()?;
    Some(date.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
}

impl FeedbackQuery {
    fn filter(&self) -> QueueFilter {
        let some = |v: &Option<String>| v.clone().filter(|s| !s.is_empty());
        QueueFilter {
            status: some(&self.status),
            theme: some(&self.theme),
            kind: some(&self.kind),
            age_band: some(&self.age_band),
            from: day_start(self.from.as_deref()),
            until: day_start(self.to.as_deref()).map(|t| t + 86_400),
            urgent: match self.urgent.as_deref() {
                Some("true") | Some("1") | Some("yes") => Some(true),
                Some("false") | Some("0") | Some("no") => Some(false),
                _ => None,
            },
        }
    }
}

/// Feedback for staff, urgent first then oldest; filter by `status`,
/// `theme`, `kind`, `age_band` and `urgent`. Contact details only for
/// roles that may see them.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/feedback",
    params(("org" = String, Path), ("status" = Option<String>, Query), ("theme" = Option<String>, Query),
           ("urgent" = Option<bool>, Query), ("kind" = Option<String>, Query), ("age_band" = Option<String>, Query),
           ("from" = Option<String>, Query, description = "YYYY-MM-DD"), ("to" = Option<String>, Query, description = "YYYY-MM-DD")),
    responses((status = 200, description = "Items and counts per status"), (status = 401, body = crate::http::api::ErrorBody),
              (status = 403, body = crate::http::api::ErrorBody)))]
pub async fn api_list_feedback(
    State(state): State<AppState>,
    Query(q): Query<FeedbackQuery>,
    ApiStaff(staff, _): ApiStaff<need::ReadFeedback>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let moderation::Listing {
        items,
        item_themes: themes,
        counts,
    } = moderation::listing(&state.db, staff.user.org_id, &q.filter(), 500).await?;
    let contact = staff.role.can(Permission::SeeContact);
    let original = staff.role.can(Permission::ReadOriginal);
    let today = state.config.today(crate::now());
    let items: Vec<_> = items
        .into_iter()
        .map(|i| {
            let item_themes: Vec<&str> = themes
                .iter()
                .filter(|(id, _)| *id == i.id)
                .map(|(_, slug)| slug.as_str())
                .collect();
            let mut v = json!({
                "id": i.id, "kind": i.kind,
                "text": if original { Some(i.body.clone()) } else { i.redacted_body.clone() },
                "redacted_text": i.redacted_body, "mood": i.mood, "themes": item_themes,
                "age_band": i.age_band, "care_status": i.care_status, "anonymous": i.anonymous,
                "urgent": i.urgent, "status": i.status, "received_at": hour_iso(i.received_hour),
                "language": i.language, "reply_by": i.reply_by,
                "due": Due::of_item(i.reply_by.as_deref(), &i.status, today).map(Due::as_str),
            });
            if let Some(c) = super::concern_json(
                i.harm_category.as_deref(),
                i.harm_how.as_deref(),
                i.harm_detail.as_deref(),
                original,
            ) {
                v["concern"] = c;
            }
            if contact && !i.anonymous {
                v["name"] = json!(i.name);
                v["contact_email"] = json!(i.contact_email);
            }
            v
        })
        .collect();
    let counts: serde_json::Map<String, serde_json::Value> = counts.into_iter().map(|(s, n)| (s, json!(n))).collect();
    Ok(Json(json!({ "items": items, "counts": counts })))
}

pub async fn queue_page(
    State(state): State<AppState>,
    Query(q): Query<FeedbackQuery>,
    Signed(staff, _): Signed<need::ReadFeedback>,
) -> Response {
    let header = header_for(&staff, &org_name(&state, &staff).await);
    let filter = q.filter();
    let moderation::QueuePage {
        listing: moderation::Listing {
            items,
            item_themes,
            counts,
        },
        themes,
        open_alerts,
    } = match moderation::queue_page(&state.db, staff.user.org_id, &filter, 200).await {
        Ok(page) => page,
        Err(e) => return PageError::new("load the queue", e).into_response(),
    };
    let label = |slug: &str| {
        themes
            .iter()
            .find(|t| t.slug == slug)
            .map(|t| t.label.clone())
            .unwrap_or_default()
    };
    let today = state.config.today(crate::now());
    let rows = items
        .into_iter()
        .map(|i| QueueRow {
            due: Due::of_item(i.reply_by.as_deref(), &i.status, today).map(Due::as_str),
            reply_by: i.reply_by.clone(),
            id: i.id,
            urgent: i.urgent,
            status: i.status,
            kind: i.kind,
            age_band: i.age_band.unwrap_or_else(|| "-".into()),
            received: hour_iso(i.received_hour).replace('T', " "),
            language: i.language.clone(),
            concern: super::concern_line(
                &I18n::english(),
                i.harm_category.as_deref(),
                i.harm_how.as_deref(),
                i.harm_detail.as_deref(),
                &i.language,
                staff.role.can(Permission::ReadOriginal),
            ),
            preview: if staff.role.can(Permission::ReadOriginal) {
                Some(i.body.chars().take(140).collect())
            } else {
                i.redacted_body.as_ref().map(|r| r.chars().take(140).collect())
            },
            themes: item_themes
                .iter()
                .filter(|(id, _)| *id == i.id)
                .map(|(_, s)| label(s))
                .collect(),
        })
        .collect();
    let view = QueueView {
        items: rows,
        counts,
        filter: QueueFilterView {
            status: filter.status.unwrap_or_default(),
            theme: filter.theme.unwrap_or_default(),
            kind: filter.kind.unwrap_or_default(),
            age_band: filter.age_band.unwrap_or_default(),
            urgent: filter.urgent == Some(true),
            from: q.from.clone().unwrap_or_default(),
            to: q.to.clone().unwrap_or_default(),
        },
        themes: themes.iter().map(|t| (t.slug.clone(), t.label.clone())).collect(),
        open_alerts,
    };
    staff_page(&state, Some(header), StaffPage::Queue(view), StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct ItemQuery {
    saved: Option<String>,
}

pub async fn item_page(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<ItemQuery>,
    Signed(staff, _): Signed<need::ReadFeedback>,
) -> Response {
    let header = header_for(&staff, &org_name(&state, &staff).await);
    let can_moderate = staff.role.can(Permission::Moderate);
    // Another organisation's item is simply not found.
    let moderation::Opened {
        item,
        status,
        chosen,
        themes,
        notes,
        replies,
        alert,
        quotes,
        promises,
    } = match moderation::open(&state.db, &staff, id, can_moderate).await {
        Ok(Some(opened)) => opened,
        Ok(None) => return crate::http::pages::not_found(State(state)).await,
        Err(e) => return PageError::new("open an item", e).into_response(),
    };
    let when = |s: i64| {
        chrono::DateTime::from_timestamp(s, 0)
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    };
    let mut suggested_slugs = suggest(
        &item.body,
        themes.iter().map(|t| (t.slug.as_str(), t.keywords.as_str())),
    );
    if item.urgent
        && themes.iter().any(|t| t.slug == "being-safe")
        && !suggested_slugs.iter().any(|s| s == "being-safe")
    {
        suggested_slugs.push("being-safe".into());
    }
    let view = ItemView {
        promises,
        id: item.id,
        urgent: item.urgent,
        status,
        kind: item.kind.clone(),
        age_band: item.age_band.clone().unwrap_or_else(|| "-".into()),
        care_status: item.care_status.clone().unwrap_or_else(|| "-".into()),
        mood: item.mood,
        received: hour_iso(item.received_hour).replace('T', " "),
        anonymous: item.anonymous,
        helper: item.helper,
        language: item.language.clone(),
        concern: super::concern_line(
            &I18n::english(),
            item.harm_category.as_deref(),
            item.harm_how.as_deref(),
            item.harm_detail.as_deref(),
            &item.language,
            staff.role.can(Permission::ReadOriginal),
        ),
        text: staff.role.can(Permission::ReadOriginal).then(|| item.body.clone()),
        redacted: item.redacted_body.clone(),
        redactions: if can_moderate {
            crate::domain::redact::suggest(&item.body)
                .into_iter()
                .map(|r| {
                    (
                        format!("{}:{}", r.kind.as_str(), r.text),
                        format!("{} ({})", r.text, r.kind.as_str()),
                    )
                })
                .collect()
        } else {
            Vec::new()
        },
        contact: staff.role.can(Permission::SeeContact).then(|| {
            (
                item.name.clone().unwrap_or_default(),
                item.contact_email.clone().unwrap_or_default(),
                item.email_consent,
            )
        }),
        suggested: themes
            .iter()
            .filter(|t| suggested_slugs.contains(&t.slug))
            .map(|t| t.label.clone())
            .collect(),
        themes: themes
            .iter()
            .map(|t| {
                (
                    t.slug.clone(),
                    t.label.clone(),
                    chosen.iter().any(|(_, s)| *s == t.slug),
                )
            })
            .collect(),
        notes: notes
            .into_iter()
            .map(|n| (when(n.created_at), n.author, n.body))
            .collect(),
        replies: replies
            .into_iter()
            .map(|r| (when(r.created_at), r.author, r.body))
            .collect(),
        can_moderate,
        can_quote: staff.role.can(Permission::ApproveQuotes),
        quotes: quotes
            .into_iter()
            .map(|q| {
                let label = themes
                    .iter()
                    .find(|t| t.id == q.theme_id)
                    .map(|t| t.label.clone())
                    .unwrap_or_default();
                (q.id, label, q.text)
            })
            .collect(),
        saved: q.saved.is_some(),
        alert: alert.map(|a| match a.acknowledged_at {
            None => ItemAlert::Waiting {
                minutes: ((crate::now() - a.created_at) / 60).max(0),
            },
            Some(at) => ItemAlert::Acknowledged {
                who: a.acknowledged_by.unwrap_or_default(),
                when: when(at),
                action: a.action_taken.unwrap_or_default(),
            },
        }),
    };
    staff_page(&state, Some(header), StaffPage::Item(view), StatusCode::OK).await
}

/// One form post on the item page: `action` is `themes`, `status`, `note`
/// or `reply`. Checked for session, CSRF token, role and organisation.
pub async fn item_submit(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    form: SignedForm<need::SignedIn>,
) -> Response {
    let action = field(&form.1, "action");
    let needs = match action.as_str() {
        "quote" | "withdraw_quote" => Permission::ApproveQuotes,
        _ => Permission::Moderate,
    };
    if let Err(forbidden) = form.require(&state, needs).await {
        return forbidden;
    }
    let SignedForm(staff, f, _) = form;
    let Some(change) = change_of(&action, &f) else {
        return Redirect::to(&format!("/staff/feedback/{id}")).into_response();
    };
    match moderation::apply(&state.db, &state.config.link_base(), &staff, id, change).await {
        Ok(()) => Redirect::to(&format!("/staff/feedback/{id}?saved=1")).into_response(),
        Err(ModerationError::Refused) => Redirect::to(&format!("/staff/feedback/{id}")).into_response(),
        Err(ModerationError::Database(e)) => PageError::new("save moderation", e).into_response(),
    }
}

/// The change a form asks for, or None when it is not one (an unknown
/// action or status, an empty or over-long note or reply).
fn change_of(action: &str, f: &[(String, String)]) -> Option<Change> {
    use crate::domain::redact::{Kind, Suggestion};
    let all = |name: &str| -> Vec<String> { f.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect() };
    let text = field(f, "body");
    let valid_text = !text.trim().is_empty() && text.chars().count() <= app::model::MAX_TEXT_CHARS;
    Some(match action {
        "quote" => Change::Quote {
            theme: field(f, "theme"),
            text: field(f, "quote"),
        },
        "withdraw_quote" => Change::WithdrawQuote(field(f, "quote_id").parse().unwrap_or(0)),
        "promises" => Change::Promises(all("promises")),
        "themes" => Change::Themes(all("themes")),
        "status" => Change::Status(FeedbackStatus::parse(&field(f, "status"))?),
        "redact" => {
            let mut chosen: Vec<Suggestion> = all("hide")
                .iter()
                .filter_map(|v| v.split_once(':'))
                .filter_map(|(kind, text)| {
                    Kind::parse(kind).map(|kind| Suggestion {
                        kind,
                        text: text.to_string(),
                    })
                })
                .collect();
            chosen.extend(
                field(f, "other")
                    .split(',')
                    .map(str::trim)
                    .filter(|w| !w.is_empty())
                    .map(|w| Suggestion {
                        kind: Kind::Name,
                        text: w.to_string(),
                    }),
            );
            Change::Redact(chosen)
        }
        "note" if valid_text => Change::Note(text),
        "reply" if valid_text => Change::Reply(text),
        _ => return None,
    })
}
