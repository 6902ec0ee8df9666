//! "You said, we did" for staff: the list of actions, a new action, and
//! one action with its timeline and progress.

use crate::i18n::I18n;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct ActionForm {
    pub you_said: String,
    pub you_said_young: String,
    pub we_did: String,
    pub status: String,
    pub reason: String,
    pub owner_id: Option<i64>,
    pub due_on: String,
    pub published: bool,
}

#[derive(Clone, Debug, Default)]
pub struct ActionsView {
    pub rows: Vec<ActionRow>,
    pub form: ActionForm,
    pub owners: Vec<(i64, String)>,
    /// (slug, label, chosen)
    pub themes: Vec<(String, String, bool)>,
    /// Messages ticked in the queue, to link to a new action.
    pub items: Vec<i64>,
    pub can_manage: bool,
    pub error: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ActionRow {
    pub id: i64,
    pub you_said: String,
    pub status: String,
    pub owner: String,
    pub due_on: String,
    pub overdue: bool,
    pub published: bool,
}

#[derive(Clone, Debug, Default)]
pub struct ActionView {
    pub id: i64,
    pub form: ActionForm,
    pub owners: Vec<(i64, String)>,
    pub themes: Vec<(String, String, bool)>,
    pub updates: Vec<(String, String, String)>,
    pub linked: Vec<i64>,
    pub overdue: bool,
    pub can_manage: bool,
    pub can_progress: bool,
    pub saved: bool,
    pub error: Option<String>,
}

pub const ACTION_STATUSES: [&str; 5] = ["heard", "planned", "in_progress", "done", "not_doing"];

#[allow(clippy::too_many_arguments)]
fn action_form(
    t: &I18n,
    form: ActionForm,
    owners: Vec<(i64, String)>,
    themes: Vec<(String, String, bool)>,
    csrf: &str,
    url: String,
    items: Vec<i64>,
    submit: String,
) -> impl IntoView {
    let statuses = ACTION_STATUSES
        .iter()
        .map(|s| view! { <option value=*s selected=*s == form.status>{t.t(&format!("action-status-{s}"))}</option> })
        .collect_view();
    let owner_options = owners
        .into_iter()
        .map(|(id, email)| view! { <option value=id.to_string() selected=form.owner_id == Some(id)>{email}</option> })
        .collect_view();
    let theme_boxes = themes
        .into_iter()
        .map(|(slug, label, chosen)| {
            view! {
                <label class="choice compact">
                    <input type="checkbox" name="themes" value=slug checked=chosen />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    let linked = (!items.is_empty()).then(|| {
        let count = items.len() as i64;
        view! {
            <p class="hint">{t.t_with("action-items", &[("count", count.into())])}</p>
            {items.into_iter().map(|id| view! { <input type="hidden" name="items" value=id.to_string() /> }).collect_view()}
        }
    });
    view! {
        <form method="post" action=url class="panel">
            <input type="hidden" name="csrf" value=csrf.to_string() />
            <input type="hidden" name="action" value="edit" />
            {linked}
            <div class="field">
                <label for="you_said">{t.t("action-you-said")}</label>
                <textarea id="you_said" name="you_said" rows="2" maxlength="1000" inner_html=crate::escape_html(&form.you_said)></textarea>
            </div>
            <div class="field">
                <label for="you_said_young">{t.t("action-you-said-young")}</label>
                <textarea id="you_said_young" name="you_said_young" rows="2" maxlength="1000" inner_html=crate::escape_html(&form.you_said_young)></textarea>
            </div>
            <div class="field">
                <label for="we_did">{t.t("action-we-did")}</label>
                <textarea id="we_did" name="we_did" rows="3" maxlength="2000" inner_html=crate::escape_html(&form.we_did)></textarea>
            </div>
            <div class="inline-form">
                <div class="field compact">
                    <label for="action-status">{t.t("action-status")}</label>
                    <select id="action-status" name="status">{statuses}</select>
                </div>
                <div class="field compact">
                    <label for="owner">{t.t("action-owner")}</label>
                    <select id="owner" name="owner">
                        <option value="">{t.t("action-no-owner")}</option>
                        {owner_options}
                    </select>
                </div>
                <div class="field compact">
                    <label for="due_on">{t.t("action-due")}</label>
                    <input type="date" id="due_on" name="due_on" value=form.due_on.clone() />
                </div>
            </div>
            <div class="field">
                <label for="reason">{t.t("action-reason")}</label>
                <textarea id="reason" name="reason" rows="2" maxlength="2000" inner_html=crate::escape_html(&form.reason)></textarea>
            </div>
            <fieldset>
                <legend>{t.t("action-themes")}</legend>
                <div class="choices">{theme_boxes}</div>
            </fieldset>
            <label class="choice compact">
                <input type="checkbox" name="published" value="yes" checked=form.published />
                <span>{t.t("action-published")}</span>
            </label>
            <p><button type="submit" class="button primary">{submit}</button></p>
        </form>
    }
}

pub(super) fn actions_page(t: &I18n, view: ActionsView, csrf: String) -> impl IntoView {
    let rows = if view.rows.is_empty() {
        view! { <p>{t.t("actions-none")}</p> }.into_any()
    } else {
        let rows = view
            .rows
            .into_iter()
            .map(|r| {
                let href = format!("/staff/actions/{}", r.id);
                view! {
                    <li class=if r.overdue { "queue-row urgent" } else { "queue-row" }>
                        <a href=href>
                            <span class="meta">
                                {r.overdue.then(|| view! { <strong class="tag urgent">{t.t("action-overdue")}</strong> })}
                                <span class="tag">{t.t(&format!("action-status-{}", r.status))}</span>
                                {(!r.published).then(|| view! { <span class="tag">{t.t("action-draft")}</span> })}
                                <span class="small">{format!("{} · {}", r.owner, r.due_on)}</span>
                            </span>
                            <span class="preview">{r.you_said}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="queue" role="list">{rows}</ul> }.into_any()
    };
    let form = view.can_manage.then(|| {
        action_form(
            t,
            view.form,
            view.owners,
            view.themes,
            &csrf,
            "/staff/actions".into(),
            view.items,
            t.t("action-create"),
        )
    });
    view! {
        <h1>{t.t("actions-title")}</h1>
        <p>{t.t("actions-intro")}</p>
        {view.error.map(|m| view! { <div class="error-summary" role="alert"><p><strong>{m}</strong></p></div> })}
        {rows}
        {form.map(|f| view! { <h2>{t.t("actions-new")}</h2>{f} })}
    }
}

pub(super) fn action_page(t: &I18n, view: ActionView, csrf: String) -> impl IntoView {
    let url = format!("/staff/actions/{}", view.id);
    let summary = view! {
        <p class="meta">
            {view.overdue.then(|| view! { <strong class="tag urgent">{t.t("action-overdue")}</strong> })}
            <span class="tag">{t.t(&format!("action-status-{}", view.form.status))}</span>
            {(!view.form.published).then(|| view! { <span class="tag">{t.t("action-draft")}</span> })}
        </p>
        <h2>{t.t("you-said-we-did-you-said")}</h2>
        <p class="lead">{view.form.you_said.clone()}</p>
        <h2>{t.t("you-said-we-did-we-did")}</h2>
        <p>{view.form.we_did.clone()}</p>
    };
    let linked = view
        .linked
        .iter()
        .map(|id| {
            let href = format!("/staff/feedback/{id}");
            view! { <li><a href=href>{format!("#{id}")}</a></li> }
        })
        .collect_view();
    let progress = view.can_progress.then(|| {
        let statuses = ACTION_STATUSES
            .iter()
            .map(|s| view! { <option value=*s selected=*s == view.form.status>{t.t(&format!("action-status-{s}"))}</option> })
            .collect_view();
        view! {
            <form method="post" action=url.clone() class="panel">
                <input type="hidden" name="csrf" value=csrf.clone() />
                <input type="hidden" name="action" value="progress" />
                <div class="field">
                    <label for="progress">{t.t("action-progress")}</label>
                    <textarea id="progress" name="body" rows="3" maxlength="2000"></textarea>
                </div>
                <div class="inline-form">
                    <div class="field compact">
                        <label for="progress-status">{t.t("action-status")}</label>
                        <select id="progress-status" name="status">{statuses}</select>
                    </div>
                    <div class="field compact">
                        <label for="progress-reason">{t.t("action-reason")}</label>
                        <input type="text" id="progress-reason" name="reason" value=view.form.reason.clone() maxlength="2000" />
                    </div>
                </div>
                <button type="submit" class="button primary">{t.t("action-add-progress")}</button>
            </form>
        }
    });
    let edit = view.can_manage.then(|| {
        action_form(
            t,
            view.form.clone(),
            view.owners.clone(),
            view.themes.clone(),
            &csrf,
            url.clone(),
            Vec::new(),
            t.t("action-save"),
        )
    });
    let updates = view
        .updates
        .into_iter()
        .map(|(when, who, body)| view! { <li><p class="small">{format!("{when} · {who}")}</p><p class="reply-text">{body}</p></li> })
        .collect_view();
    view! {
        <p><a href="/staff/actions">{t.t("staff-actions")}</a></p>
        <h1>{format!("{} #{}", t.t("staff-actions"), view.id)}</h1>
        {view.saved.then(|| view! { <p class="note" role="status">{t.t("item-saved")}</p> })}
        {view.error.map(|m| view! { <div class="error-summary" role="alert"><p><strong>{m}</strong></p></div> })}
        {summary}
        <h2>{t.t("action-timeline")}</h2>
        <ul class="replies" role="list">{updates}</ul>
        {progress}
        <h2>{t.t_with("action-items", &[("count", (view.linked.len() as i64).into())])}</h2>
        <ul class="plain-list" role="list">{linked}</ul>
        {edit}
    }
}
