//! "You said, we did": staff pages to create and progress actions, the
//! young people's page and the public API. Young people see published
//! actions only, never owners or linked messages.

use super::staff::extract::{need, Signed, SignedForm};
use super::staff::{field, header_for, org_name, staff_page};
use super::AppState;
use crate::domain::roles::Permission;
use crate::domain::status::ActionStatus;
use crate::http::error::PageError;
use crate::service::actions::{self, Action, Draft, Progress};
use crate::service::staff::Staff;
use app::i18n::I18n;
use app::model::{AgeBand, PublicAction};
use app::pages::{ActionForm, ActionRow, ActionView, ActionsView, Page, StaffPage};
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

fn overdue(a: &Action) -> bool {
    a.overdue(&today())
}

fn when(s: i64) -> String {
    chrono::DateTime::from_timestamp(s, 0)
        .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

/// Checked fields of the action form, or the message to show.
struct Parsed {
    form: ActionForm,
    theme_slugs: Vec<String>,
}

// The error is the form to show again, built once per request.
#[allow(clippy::result_large_err)]
fn parse_form(f: &[(String, String)]) -> Result<Parsed, ActionForm> {
    let get = |n: &str| field(f, n).trim().replace('\0', "");
    let form = ActionForm {
        you_said: get("you_said"),
        you_said_young: get("you_said_young"),
        we_did: get("we_did"),
        status: get("status"),
        reason: get("reason"),
        owner_id: get("owner").parse().ok(),
        due_on: get("due_on"),
        published: get("published") == "yes",
    };
    let due_ok = form.due_on.is_empty() || chrono::NaiveDate::parse_from_str(&form.due_on, "%Y-%m-%d").is_ok();
    let ok = !form.you_said.is_empty()
        && form.you_said.chars().count() <= 1000
        && form.you_said_young.chars().count() <= 1000
        && !form.we_did.is_empty()
        && form.we_did.chars().count() <= 2000
        && form.reason.chars().count() <= 2000
        && ActionStatus::parse(&form.status).is_some_and(|s| s.allows(&form.reason))
        && due_ok;
    if !ok {
        return Err(form);
    }
    let theme_slugs = f
        .iter()
        .filter(|(k, _)| k == "themes")
        .map(|(_, v)| v.clone())
        .collect();
    Ok(Parsed { form, theme_slugs })
}

async fn list_view(
    state: &AppState,
    staff: &Staff,
    form: ActionForm,
    chosen: Vec<String>,
    items: Vec<i64>,
    error: Option<String>,
) -> Result<ActionsView, sqlx::Error> {
    let org_id = staff.user.org_id;
    let actions::Overview {
        mut actions,
        themes,
        owners,
    } = actions::overview(&state.db, org_id).await?;
    // An owner sees their own first, overdue first within them.
    actions.sort_by_key(|a| (a.owner_id != Some(staff.user.user_id), !overdue(a)));
    Ok(ActionsView {
        rows: actions
            .iter()
            .map(|a| ActionRow {
                id: a.id,
                you_said: a.you_said.clone(),
                status: a.status.clone(),
                owner: a.owner_email.clone().unwrap_or_else(|| "-".into()),
                due_on: a.due_on.clone().unwrap_or_else(|| "-".into()),
                overdue: overdue(a),
                published: a.published,
            })
            .collect(),
        form,
        owners,
        themes: themes
            .into_iter()
            .map(|t| (t.slug.clone(), t.label, chosen.contains(&t.slug)))
            .collect(),
        items,
        can_manage: staff.role.can(Permission::ManageActions),
        error,
    })
}

/// The actions list, with a new-action form prefilled from `?theme=` or
/// from messages ticked in the queue (`?items=1&items=2`).
pub async fn actions_page(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    Signed(staff, _): Signed<need::ReadActions>,
) -> Response {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .into_owned()
        .collect();
    let items: Vec<i64> = pairs
        .iter()
        .filter(|(k, _)| k == "items")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let mut chosen: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "theme")
        .map(|(_, v)| v.clone())
        .collect();
    let item_themes = actions::themes_of_items(&state.db, staff.user.org_id, &items)
        .await
        .unwrap_or_default();
    chosen.extend(item_themes.into_iter().map(|(_, slug)| slug));
    let form = ActionForm {
        status: "heard".into(),
        ..Default::default()
    };
    let header = header_for(&staff, &org_name(&state, &staff).await);
    match list_view(&state, &staff, form, chosen, items, None).await {
        Ok(view) => staff_page(&state, Some(header), StaffPage::Actions(view), StatusCode::OK).await,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// Officers and admins (managing actions implies reading them, for every role).
pub async fn create_action(
    State(state): State<AppState>,
    SignedForm(staff, f, _): SignedForm<need::ManageActions>,
) -> Response {
    let header = header_for(&staff, &org_name(&state, &staff).await);
    let items: Vec<i64> = f
        .iter()
        .filter(|(k, _)| k == "items")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let parsed = match parse_form(&f) {
        Ok(p) => p,
        Err(form) => {
            let chosen = f
                .iter()
                .filter(|(k, _)| k == "themes")
                .map(|(_, v)| v.clone())
                .collect();
            let error = Some(I18n::english().t("action-error"));
            return match list_view(&state, &staff, form, chosen, items, error).await {
                Ok(view) => {
                    staff_page(
                        &state,
                        Some(header),
                        StaffPage::Actions(view),
                        StatusCode::UNPROCESSABLE_ENTITY,
                    )
                    .await
                }
                Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
            };
        }
    };
    match actions::create(&state.db, &staff, &draft(parsed), &items).await {
        Ok(id) => axum::response::Redirect::to(&format!("/staff/actions/{id}?saved=1")).into_response(),
        Err(e) => PageError::new("create an action", e).into_response(),
    }
}

/// The service's command from a checked form.
fn draft(parsed: Parsed) -> Draft {
    let f = parsed.form;
    Draft {
        due_on: (!f.due_on.is_empty()).then_some(f.due_on),
        you_said: f.you_said,
        you_said_young: f.you_said_young,
        we_did: f.we_did,
        status: f.status,
        reason: f.reason,
        owner_id: f.owner_id,
        published: f.published,
        theme_slugs: parsed.theme_slugs,
    }
}

#[derive(Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

async fn action_view(state: &AppState, staff: &Staff, id: i64) -> Result<Option<ActionView>, sqlx::Error> {
    let with_linked = staff.role.can(Permission::ReadFeedback);
    let Some(d) = actions::detail(&state.db, staff.user.org_id, id, with_linked).await? else {
        return Ok(None);
    };
    let a = d.action;
    let manage = staff.role.can(Permission::ManageActions);
    Ok(Some(ActionView {
        id,
        overdue: overdue(&a),
        can_manage: manage,
        can_progress: manage || a.owner_id == Some(staff.user.user_id),
        form: ActionForm {
            you_said: a.you_said,
            you_said_young: a.you_said_young,
            we_did: a.we_did,
            status: a.status,
            reason: a.reason,
            owner_id: a.owner_id,
            due_on: a.due_on.unwrap_or_default(),
            published: a.published,
        },
        owners: d.owners,
        themes: d
            .themes
            .into_iter()
            .map(|t| (t.slug.clone(), t.label, d.chosen.contains(&t.slug)))
            .collect(),
        updates: d
            .updates
            .into_iter()
            .map(|u| (when(u.created_at), u.author, u.body))
            .collect(),
        linked: d.linked,
        saved: false,
        error: None,
    }))
}

pub async fn action_page(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<SavedQuery>,
    Signed(staff, _): Signed<need::ReadActions>,
) -> Response {
    let header = header_for(&staff, &org_name(&state, &staff).await);
    match action_view(&state, &staff, id).await {
        Ok(Some(mut view)) => {
            view.saved = q.saved.is_some();
            staff_page(&state, Some(header), StaffPage::Action(view), StatusCode::OK).await
        }
        Ok(None) => super::pages::not_found(State(state)).await,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// `action=edit` (officers and admins) or `action=progress` (also the owner).
pub async fn action_submit(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    SignedForm(staff, f, _): SignedForm<need::ReadActions>,
) -> Response {
    let header = header_for(&staff, &org_name(&state, &staff).await);
    let view = match action_view(&state, &staff, id).await {
        Ok(Some(v)) => v,
        Ok(None) => return super::pages::not_found(State(state)).await,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let kind = field(&f, "action");
    let allowed = match kind.as_str() {
        "edit" => view.can_manage,
        "progress" => view.can_progress,
        _ => false,
    };
    if !allowed {
        return staff_page(&state, Some(header), StaffPage::Forbidden, StatusCode::FORBIDDEN).await;
    }
    let invalid = |mut view: ActionView| {
        view.error = Some(I18n::english().t("action-error"));
        view
    };
    let link_base = state.config.link_base();
    let result: Result<Result<(), ActionView>, sqlx::Error> = if kind == "progress" {
        let p = Progress {
            status: field(&f, "status"),
            reason: field(&f, "reason").trim().to_string(),
            text: field(&f, "body").trim().to_string(),
        };
        if !ActionStatus::parse(&p.status).is_some_and(|s| s.allows(&p.reason))
            || p.text.chars().count() > 2000
            || p.reason.chars().count() > 2000
        {
            Ok(Err(invalid(view)))
        } else {
            actions::progress(&state.db, &link_base, &staff, id, &p).await.map(Ok)
        }
    } else {
        match parse_form(&f) {
            Err(_) => Ok(Err(invalid(view))),
            Ok(parsed) => actions::edit(&state.db, &link_base, &staff, id, &draft(parsed))
                .await
                .map(Ok),
        }
    };
    match result {
        Ok(Ok(())) => axum::response::Redirect::to(&format!("/staff/actions/{id}?saved=1")).into_response(),
        Ok(Err(view)) => {
            staff_page(
                &state,
                Some(header),
                StaffPage::Action(view),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => PageError::new("save an action", e).into_response(),
    }
}

#[derive(Deserialize)]
pub struct YouSaidWeDidQuery {
    age: Option<String>,
    theme: Option<String>,
}

pub async fn public_page(
    State(state): State<AppState>,
    lang: super::language::Lang,
    Path(slug): Path<String>,
    Query(q): Query<YouSaidWeDidQuery>,
) -> Response {
    let org = match super::pages::org_or_404(&state, &lang, &slug).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let band = q.age.as_deref().and_then(AgeBand::parse);
    let theme = q.theme.clone().filter(|t| !t.is_empty());
    let t = lang.i18n(Some(&org), band);
    let loaded = async {
        let actions = actions::published(&state.db, org.id, band, theme.as_deref()).await?;
        let themes = super::pages::theme_choices(&state, &t, &org, band.unwrap_or(AgeBand::Teen)).await?;
        Ok::<_, sqlx::Error>((actions, themes))
    }
    .await;
    let Ok((actions, themes)) = loaded else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let page = app::pages::YouSaidWeDidPage {
        band,
        actions,
        themes,
        theme: theme.unwrap_or_default(),
    };
    let page = super::pages::state(&lang, &org, band, Page::YouSaidWeDid(page));
    super::pages::render(&state, page, StatusCode::OK).await
}

#[derive(Serialize, ToSchema)]
pub struct PublicActionJson {
    id: i64,
    you_said: String,
    we_did: String,
    /// `heard`, `planned`, `in_progress`, `done` or `not_doing`
    status: String,
    /// Why not, when the status is `not_doing`.
    reason: Option<String>,
    due_on: Option<String>,
    themes: Vec<String>,
}

/// Published "You said, we did" actions; `?theme=` filters, `?age_band=`
/// chooses the wording.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/you-said-we-did",
    params(("org" = String, Path), ("theme" = Option<String>, Query), ("age_band" = Option<String>, Query)),
    responses((status = 200, body = [PublicActionJson]), (status = 404, body = super::api::ErrorBody)))]
pub async fn public_api(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Result<Json<Vec<PublicActionJson>>, super::error::ApiError> {
    let org = super::api::find_org(&state, &slug).await?;
    let band = q.get("age_band").and_then(|b| AgeBand::parse(b));
    let theme = q.get("theme").filter(|t| !t.is_empty()).map(String::as_str);
    let actions = actions::published(&state.db, org.id, band, theme).await?;
    Ok(Json(
        actions
            .into_iter()
            .map(|a| PublicActionJson {
                id: a.id,
                you_said: a.you_said,
                we_did: a.we_did,
                status: a.status,
                reason: (!a.reason.is_empty()).then_some(a.reason),
                due_on: a.due_on,
                themes: a.themes,
            })
            .collect(),
    ))
}

impl From<PublicAction> for PublicActionJson {
    fn from(a: PublicAction) -> Self {
        PublicActionJson {
            id: a.id,
            you_said: a.you_said,
            we_did: a.we_did,
            status: a.status,
            reason: (!a.reason.is_empty()).then_some(a.reason),
            due_on: a.due_on,
            themes: a.themes,
        }
    }
}
