//! Staff pages: the frame every staff page shares, sign in, the queue, one
//! item, alerts and the audit log. Plain HTML forms with a CSRF token in
//! every state-changing form.

use crate::i18n::I18n;
use leptos::prelude::*;

// One is built per request and dropped after rendering: boxing the report
// would save nothing worth the noise.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum StaffPage {
    Login { email: String, error: Option<String> },
    Queue(QueueView),
    Item(ItemView),
    Alerts(AlertsView),
    Audit(AuditView),
    Admin(super::admin::AdminView),
    Actions(super::actions::ActionsView),
    Action(super::actions::ActionView),
    Invite(super::admin::InviteView),
    Surveys(super::surveys::SurveysView),
    SurveyEdit(super::surveys::SurveyEditView),
    SurveyPreview(super::surveys::SurveyPreviewView),
    SurveyResults(super::surveys::SurveyResultsView),
    Report(super::report::ReportView),
    GroupFeedback(super::group_feedback::GroupFeedbackView),
    Forbidden,
}

#[derive(Clone, Debug, Default)]
pub struct AuditView {
    pub action: String,
    pub user: String,
    /// (when, who, action, item id, detail)
    pub rows: Vec<(String, String, String, Option<i64>, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct AlertsView {
    pub alerts: Vec<AlertRow>,
    /// False when the organisation has no safeguarding lead to email.
    pub has_leads: bool,
    /// The organisation's safeguarding inbox ("" when not set).
    pub inbox: String,
    pub repeat_minutes: i64,
    pub error: Option<String>,
}

#[derive(Clone, Debug)]
pub struct AlertRow {
    pub id: i64,
    pub feedback_id: i64,
    pub waiting_minutes: i64,
    pub times_sent: i64,
    /// Why the harm check flagged it, in words (see `harm.ftl`).
    pub concern: Option<String>,
}

/// Who is signed in, for the header and the forms.
#[derive(Clone, Debug)]
pub struct StaffHeader {
    pub email: String,
    pub role: String,
    pub org_name: String,
    pub csrf: String,
}

#[derive(Clone, Debug, Default)]
pub struct QueueView {
    pub items: Vec<QueueRow>,
    pub counts: Vec<(String, i64)>,
    pub filter: QueueFilterView,
    /// (slug, label)
    pub themes: Vec<(String, String)>,
    /// Unacknowledged safeguarding alerts, shown above everything.
    pub open_alerts: usize,
}

#[derive(Clone, Debug, Default)]
pub struct QueueFilterView {
    pub status: String,
    pub theme: String,
    pub kind: String,
    pub age_band: String,
    pub urgent: bool,
    pub from: String,
    pub to: String,
}

#[derive(Clone, Debug)]
pub struct QueueRow {
    pub id: i64,
    pub urgent: bool,
    pub status: String,
    pub kind: String,
    pub age_band: String,
    pub received: String,
    /// The code of the language the words are in.
    pub language: String,
    /// The first words, or `None` for roles that may not read them.
    pub preview: Option<String>,
    pub themes: Vec<String>,
    /// The promised reply date, `YYYY-MM-DD`.
    pub reply_by: Option<String>,
    /// `later`, `today` or `overdue` while no reply has been sent.
    pub due: Option<&'static str>,
    /// Why the harm check flagged it, or that it could not be checked.
    pub concern: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ItemView {
    pub id: i64,
    pub urgent: bool,
    pub status: String,
    pub kind: String,
    pub age_band: String,
    pub care_status: String,
    pub mood: Option<i64>,
    pub received: String,
    pub anonymous: bool,
    pub helper: bool,
    /// The code of the language the words are in.
    pub language: String,
    /// Why the harm check flagged it, or that it could not be checked.
    pub concern: Option<String>,
    pub text: Option<String>,
    /// (name, email, consent), for roles that may see contact details.
    pub contact: Option<(String, String, bool)>,
    /// (slug, label, chosen)
    pub themes: Vec<(String, String, bool)>,
    pub suggested: Vec<String>,
    pub notes: Vec<(String, String, String)>,
    pub replies: Vec<(String, String, String)>,
    pub can_moderate: bool,
    pub saved: bool,
    pub alert: Option<ItemAlert>,
    /// The confirmed redacted text, if any.
    pub redacted: Option<String>,
    /// (value for the form `kind:text`, label) of suggested details to hide.
    pub redactions: Vec<(String, String)>,
    /// May choose quotes for the Board report.
    pub can_quote: bool,
    /// Quotes approved from this message: (id, theme label, words).
    pub quotes: Vec<(i64, String, String)>,
    /// The organisation's promises: (slug, title, tied to this message).
    pub promises: Vec<(String, String, bool)>,
}

#[derive(Clone, Debug)]
pub enum ItemAlert {
    Waiting { minutes: i64 },
    Acknowledged { who: String, when: String, action: String },
}

pub const STATUSES: [&str; 4] = ["new", "in_review", "replied", "closed"];

pub(super) fn staff(t: &I18n, header: Option<StaffHeader>, page: StaffPage) -> impl IntoView {
    let top = header.clone().map(|h| {
        view! {
            <header class="top staff">
                <a class="brand" href=if h.role == "board" { "/staff/report" } else { "/staff/queue" }>{format!("{} · {}", t.t("site-name"), h.org_name)}</a>
                <nav class="staff-nav">
                    {(h.role != "board").then(|| view! {
                        <a href="/staff/queue">{t.t("staff-queue")}</a>
                        <a href="/staff/alerts">{t.t("staff-alerts")}</a>
                    })}
                    <a href="/staff/actions">{t.t("staff-actions")}</a>
                    {["admin", "officer"].contains(&h.role.as_str()).then(|| view! {
                        <a href="/staff/group-feedback">{t.t("staff-group-feedback")}</a>
                    })}
                    {["admin", "officer", "manager", "board"].contains(&h.role.as_str()).then(|| view! {
                        <a href="/staff/surveys">{t.t("staff-surveys")}</a>
                    })}
                    <a href="/staff/report">{t.t("staff-report")}</a>
                    {(h.role == "admin").then(|| view! {
                        <a href="/staff/audit">{t.t("staff-audit")}</a>
                        <a href="/staff/admin">{t.t("staff-admin")}</a>
                    })}
                </nav>
                <span class="small">{t.ts("staff-signed-in-as", &[("email", &h.email), ("role", &h.role)])}</span>
                <form method="post" action="/staff/logout" class="inline">
                    <input type="hidden" name="csrf" value=h.csrf.clone() />
                    <button type="submit" class="button secondary">{t.t("staff-sign-out")}</button>
                    <button type="submit" name="everywhere" value="yes" class="button secondary">{t.t("staff-sign-out-everywhere")}</button>
                </form>
            </header>
        }
    });
    let csrf = header.map(|h| h.csrf).unwrap_or_default();
    let body = match page {
        StaffPage::Login { email, error } => login(t, email, error).into_any(),
        StaffPage::Queue(q) => queue(t, q).into_any(),
        StaffPage::Item(item) => item_page(t, item, csrf).into_any(),
        StaffPage::Alerts(alerts) => alerts_page(t, alerts, csrf).into_any(),
        StaffPage::Audit(audit) => audit_page(t, audit).into_any(),
        StaffPage::Admin(admin) => super::admin::admin(t, admin, csrf).into_any(),
        StaffPage::Actions(view) => super::actions::actions_page(t, view, csrf).into_any(),
        StaffPage::Action(view) => super::actions::action_page(t, view, csrf).into_any(),
        StaffPage::Invite(invite) => super::admin::invite(t, invite).into_any(),
        StaffPage::Surveys(v) => super::surveys::surveys_page(t, v, csrf).into_any(),
        StaffPage::SurveyEdit(v) => super::surveys::edit_page(t, v, csrf).into_any(),
        StaffPage::SurveyPreview(v) => super::surveys::preview_page(t, v).into_any(),
        StaffPage::SurveyResults(v) => super::surveys::results_page(t, v).into_any(),
        StaffPage::Report(view) => super::report::report(t, view, csrf).into_any(),
        StaffPage::GroupFeedback(view) => super::group_feedback::page(t, view, csrf).into_any(),
        StaffPage::Forbidden => view! {
            <h1>{t.t("forbidden-title")}</h1>
            <p>{t.t("forbidden-body")}</p>
        }
        .into_any(),
    };
    view! {
        <a class="skip" href="#main">{t.t("skip-to-content")}</a>
        {top}
        <main id="main" class="wide" tabindex="-1">{body}</main>
    }
}

fn login(t: &I18n, email: String, error: Option<String>) -> impl IntoView {
    let choice = use_context::<super::SignInChoice>().unwrap_or_default();
    let password = choice.password.then(|| view! {
        <form method="post" action="/staff/login" id="login-form">
            <div class="field">
                <label for="email">{t.t("staff-email")}</label>
                <input type="email" id="email" name="email" value=email autocomplete="username" required=true />
            </div>
            <div class="field">
                <label for="password">{t.t("staff-password")}</label>
                <input type="password" id="password" name="password" autocomplete="current-password" required=true />
            </div>
            <button type="submit" class="button primary">{t.t("staff-sign-in")}</button>
        </form>
    });
    view! {
        <h1>{t.t("staff-title")}</h1>
        <p>{t.t("staff-intro")}</p>
        {error.map(|m| view! { <div class="error-summary" role="alert" id="error-summary"><p><strong>{m}</strong></p></div> })}
        {super::council::button(t, &choice)}
        {password}
    }
}

fn select(t: &I18n, name: &'static str, label: &str, chosen: &str, options: Vec<(String, String)>) -> impl IntoView {
    let opts = options
        .into_iter()
        .map(|(value, text)| {
            let selected = value == chosen;
            view! { <option value=value selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field compact">
            <label for=name>{label.to_string()}</label>
            <select id=name name=name>
                <option value="">{t.t("queue-any")}</option>
                {opts}
            </select>
        </div>
    }
}

fn queue(t: &I18n, q: QueueView) -> impl IntoView {
    let counts = STATUSES
        .iter()
        .map(|s| {
            let n = q.counts.iter().find(|(st, _)| st == s).map(|(_, n)| *n).unwrap_or(0);
            let href = format!("/staff/queue?status={s}");
            view! { <li><a href=href>{format!("{}: {n}", t.t(&format!("state-{s}")))}</a></li> }
        })
        .collect_view();
    let statuses = STATUSES
        .iter()
        .map(|s| (s.to_string(), t.t(&format!("state-{s}"))))
        .collect();
    let kinds = app_kinds(t);
    let ages = ["4-7", "8-11", "12-17", "16-25"]
        .iter()
        .map(|a| (a.to_string(), a.to_string()))
        .collect();
    let rows = if q.items.is_empty() {
        view! { <p>{t.t("queue-empty")}</p> }.into_any()
    } else {
        let rows = q
            .items
            .into_iter()
            .map(|row| {
                let href = format!("/staff/feedback/{}", row.id);
                let class = if row.urgent { "queue-row urgent" } else { "queue-row" };
                view! {
                    <li class=class>
                        <label class="select-row">
                            <input type="checkbox" name="items" value=row.id.to_string() />
                            <span class="visually-hidden">{format!("{} {}", t.t("queue-select"), row.id)}</span>
                        </label>
                        <a href=href>
                            <span class="meta">
                                {row.urgent.then(|| view! { <strong class="tag urgent">{t.t("urgent-label")}</strong> })}
                                <span class="tag">{t.t(&format!("state-{}", row.status))}</span>
                                <span class="tag">{t.t(&format!("kind-{}", row.kind))}</span>
                                <span class="tag">{row.age_band}</span>
                                {(row.language != "en").then(|| view! {
                                    <span class="tag language">{language_name(&row.language)}</span>
                                })}
                                <span class="small">{row.received}</span>
                                {match row.due {
                                    Some("overdue") => Some(view! { <strong class="tag overdue" data-due="overdue">{t.t("queue-overdue")}</strong> }.into_any()),
                                    Some("today") => Some(view! { <strong class="tag due-today" data-due="today">{t.t("queue-due-today")}</strong> }.into_any()),
                                    Some(_) => row.reply_by.clone().map(|d| view! { <span class="small" data-due="later">{t.ts("queue-reply-by", &[("date", &d)])}</span> }.into_any()),
                                    None => None,
                                }}
                            </span>
                            {row.concern.map(|c| view! { <span class="small concern">{c}</span> })}
                            <span class="preview" lang=row.language.clone() dir="auto">
                                {row.preview.unwrap_or_else(|| t.t("item-hidden"))}
                            </span>
                            <span class="small">{row.themes.join(" · ")}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <form method="get" action="/staff/actions" id="make-action">
                <ul class="queue" role="list">{rows}</ul>
                <button type="submit" class="button">{t.t("queue-make-action")}</button>
            </form>
        }
        .into_any()
    };
    let banner = (q.open_alerts > 0).then(|| {
        view! {
            <p class="alert-banner" role="alert">
                <a href="/staff/alerts">{t.t_with("alerts-banner", &[("count", (q.open_alerts as i64).into())])}</a>
            </p>
        }
    });
    view! {
        {banner}
        <h1>{t.t("queue-title")}</h1>
        <p>{t.t("queue-intro")}</p>
        <ul class="counts" role="list">{counts}</ul>
        <form method="get" action="/staff/queue" class="filters">
            {select(t, "status", &t.t("filter-status"), &q.filter.status, statuses)}
            {select(t, "theme", &t.t("filter-theme"), &q.filter.theme, q.themes.clone())}
            {select(t, "kind", &t.t("filter-kind"), &q.filter.kind, kinds)}
            {select(t, "age_band", &t.t("filter-age"), &q.filter.age_band, ages)}
            <div class="field compact">
                <label for="from">{t.t("filter-from")}</label>
                <input type="date" id="from" name="from" value=q.filter.from.clone() />
            </div>
            <div class="field compact">
                <label for="to">{t.t("filter-to")}</label>
                <input type="date" id="to" name="to" value=q.filter.to.clone() />
            </div>
            <label class="choice compact">
                <input type="checkbox" name="urgent" value="true" checked=q.filter.urgent />
                <span>{t.t("queue-urgent-only")}</span>
            </label>
            <button type="submit" class="button">{t.t("queue-filter")}</button>
        </form>
        {rows}
    }
}

fn app_kinds(t: &I18n) -> Vec<(String, String)> {
    crate::model::Kind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), t.t(&format!("kind-{}", k.as_str()))))
        .collect()
}

fn entries(list: Vec<(String, String, String)>) -> impl IntoView {
    let items = list
        .into_iter()
        .map(|(when, who, body)| view! { <li><p class="small">{format!("{when} · {who}")}</p><p class="reply-text">{body}</p></li> })
        .collect_view();
    view! { <ul class="replies" role="list">{items}</ul> }
}

fn item_page(t: &I18n, item: ItemView, csrf: String) -> impl IntoView {
    let action = format!("/staff/feedback/{}", item.id);
    let mood = item
        .mood
        .map(|m| t.t(&format!("mood-{m}")))
        .unwrap_or_else(|| "-".into());
    let words = match item.text.clone() {
        Some(text) => {
            view! { <blockquote class="words" lang=item.language.clone() dir="auto">{text}</blockquote> }.into_any()
        }
        None => view! { <p class="hint">{t.t("item-original-hidden")}</p> }.into_any(),
    };
    let contact = match (&item.contact, item.anonymous) {
        (_, true) => Some(view! { <p>{t.t("item-no-contact")}</p> }.into_any()),
        (Some((name, email, consent)), false) => Some(
            view! {
                <p><strong>{name.clone()}</strong>" "{email.clone()}</p>
                {consent.then(|| view! { <p class="small">{t.t("item-email-consent")}</p> })}
            }
            .into_any(),
        ),
        (None, false) => None,
    };
    let themes = item
        .themes
        .iter()
        .map(|(slug, label, chosen)| {
            view! {
                <label class="choice compact">
                    <input type="checkbox" name="themes" value=slug.clone() checked=*chosen />
                    <span>{label.clone()}</span>
                </label>
            }
        })
        .collect_view();
    let promises = item
        .promises
        .iter()
        .map(|(slug, title, chosen)| {
            view! {
                <label class="choice compact">
                    <input type="checkbox" name="promises" value=slug.clone() checked=*chosen />
                    <span>{title.clone()}</span>
                </label>
            }
        })
        .collect_view();
    let has_promises = !item.promises.is_empty();
    let statuses = STATUSES
        .iter()
        .map(|s| {
            let selected = *s == item.status;
            view! { <option value=*s selected=selected>{t.t(&format!("state-{s}"))}</option> }
        })
        .collect_view();
    let email_reply = matches!(&item.contact, Some((_, email, true)) if !email.is_empty()) && !item.anonymous;
    let alert = item.alert.clone().map(|a| match a {
        ItemAlert::Waiting { minutes } => view! {
            <p class="alert-banner" role="alert">
                {t.t_with("item-alert-waiting", &[("minutes", minutes.into())])}" "
                <a href="/staff/alerts">{t.t("item-alert-acknowledge")}</a>
            </p>
        }
        .into_any(),
        ItemAlert::Acknowledged { who, when, action } => view! {
            <p class="note">{t.ts("item-alert-done", &[("who", &who), ("when", &when), ("action", &action)])}</p>
        }
        .into_any(),
    });
    let redactions = item
        .redactions
        .iter()
        .map(|(value, label)| {
            view! {
                <label class="choice compact">
                    <input type="checkbox" name="hide" value=value.clone() checked=true />
                    <span>{label.clone()}</span>
                </label>
            }
        })
        .collect_view();
    let moderation = item.can_moderate.then(|| {
        let suggested = (!item.suggested.is_empty()).then(
            || view! { <p class="hint">{t.ts("item-themes-suggested", &[("themes", &item.suggested.join(", "))])}</p> },
        );
        view! {
            <section class="panel">
                <h2>{t.t("item-themes")}</h2>
                {suggested}
                <form method="post" action=action.clone()>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <input type="hidden" name="action" value="themes" />
                    <div class="choices">{themes}</div>
                    <button type="submit" class="button">{t.t("item-save-themes")}</button>
                </form>
            </section>
            {has_promises.then(|| view! {
                <section class="panel" id="item-promises">
                    <h2>{t.t("item-promises")}</h2>
                    <form method="post" action=action.clone()>
                        <input type="hidden" name="csrf" value=csrf.clone() />
                        <input type="hidden" name="action" value="promises" />
                        <div class="choices">{promises}</div>
                        <button type="submit" class="button">{t.t("item-save-promises")}</button>
                    </form>
                </section>
            })}
            <section class="panel">
                <h2><label for="status">{t.t("item-status")}</label></h2>
                <form method="post" action=action.clone() class="inline-form">
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <input type="hidden" name="action" value="status" />
                    <select id="status" name="status">{statuses}</select>
                    <button type="submit" class="button">{t.t("item-save-status")}</button>
                </form>
            </section>
            <section class="panel">
                <h2>{t.t("item-redact")}</h2>
                <p class="hint">{t.t("item-redact-hint")}</p>
                <form method="post" action=action.clone()>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <input type="hidden" name="action" value="redact" />
                    <div class="choices">{redactions}</div>
                    <div class="field">
                        <label for="redact-other">{t.t("item-redact-other")}</label>
                        <input type="text" id="redact-other" name="other" maxlength="1000" />
                    </div>
                    <button type="submit" class="button">{t.t("item-redact-save")}</button>
                </form>
            </section>
            <section class="panel reply-panel">
                <h2>{t.t("item-replies")}</h2>
                <p class="hint">{t.ts("item-replies-hint", &[("email", if email_reply { "yes" } else { "no" })])}</p>
                {entries(item.replies.clone())}
                <form method="post" action=action.clone()>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <input type="hidden" name="action" value="reply" />
                    <div class="field">
                        <label for="reply">{t.t("item-reply-label")}</label>
                        <textarea id="reply" name="body" rows="4" maxlength="5000" required=true></textarea>
                    </div>
                    <button type="submit" class="button primary">{t.t("item-send-reply")}</button>
                </form>
            </section>
            <section class="panel internal">
                <h2>{t.t("item-notes")}</h2>
                {entries(item.notes.clone())}
                <form method="post" action=action.clone()>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <input type="hidden" name="action" value="note" />
                    <div class="field">
                        <label for="note">{t.t("item-add-note")}</label>
                        <textarea id="note" name="body" rows="3" maxlength="5000" required=true></textarea>
                    </div>
                    <button type="submit" class="button">{t.t("item-add-note")}</button>
                </form>
            </section>
        }
    });
    let quotes = item.can_quote.then(|| quote_panel(t, &item, &csrf));
    view! {
        <p><a href="/staff/queue">{t.t("item-back")}</a></p>
        <h1>{t.ts("item-title", &[("id", &item.id.to_string())])}</h1>
        {alert}
        {item.saved.then(|| view! { <p class="note" role="status">{t.t("item-saved")}</p> })}
        <p class="meta">
            {item.urgent.then(|| view! { <strong class="tag urgent">{t.t("urgent-label")}</strong> })}
            <span class="tag">{t.t(&format!("state-{}", item.status))}</span>
            <span class="tag">{t.t(&format!("kind-{}", item.kind))}</span>
            <span class="tag">{item.age_band.clone()}</span>
            {(item.care_status != "-").then(|| view! { <span class="tag">{item.care_status.clone()}</span> })}
            <span class="tag">{if item.anonymous { t.t("anonymous-label") } else { t.t("named-label") }}</span>
            {item.helper.then(|| view! { <span class="tag">{t.t("helper-label")}</span> })}
            <span class="tag language">
                {t.ts("staff-language-written", &[("language", &language_name(&item.language))])}
            </span>
        </p>
        {item.concern.clone().map(|c| view! {
            <p class="concern"><strong>{t.t("harm-why-label")}": "</strong>{c}</p>
        })}
        <p class="small">{format!("{}: {} · {}: {}", t.t("received-label"), item.received, t.t("mood-label"), mood)}</p>
        <h2>{t.t("item-words")}</h2>
        {words}
        <h3>{t.t("item-redacted")}</h3>
        {match item.redacted.clone() {
            Some(text) => view! { <blockquote class="words redacted">{text}</blockquote> }.into_any(),
            None => view! { <p class="hint">{t.t("item-not-redacted")}</p> }.into_any(),
        }}
        <h2>{t.t("item-contact")}</h2>
        {contact}
        {moderation}
        {quotes}
    }
}

/// Choosing redacted words from this message for the Board report.
fn quote_panel(t: &I18n, item: &ItemView, csrf: &str) -> impl IntoView {
    let url = format!("/staff/feedback/{}", item.id);
    let approved = (!item.quotes.is_empty()).then(|| {
        let rows = item
            .quotes
            .iter()
            .map(|(id, theme, text)| {
                view! {
                    <li>
                        <span><strong>{theme.clone()}": "</strong>{format!("“{text}”")}</span>
                        <form method="post" action=url.clone() class="inline">
                            <input type="hidden" name="csrf" value=csrf.to_string() />
                            <input type="hidden" name="action" value="withdraw_quote" />
                            <input type="hidden" name="quote_id" value=id.to_string() />
                            <button type="submit" class="button secondary">{t.t("quote-withdraw")}</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! { <h3>{t.t("quote-approved")}</h3><ul class="plain-list" role="list">{rows}</ul> }
    });
    let form = match item.redacted.clone() {
        None => view! { <p class="hint">{t.t("quote-needs-redaction")}</p> }.into_any(),
        Some(redacted) => {
            let chosen: Vec<&(String, String, bool)> = item.themes.iter().filter(|th| th.2).collect();
            let options = if chosen.is_empty() {
                item.themes.iter().collect()
            } else {
                chosen
            }
            .into_iter()
            .map(|(slug, label, _)| view! { <option value=slug.clone()>{label.clone()}</option> })
            .collect_view();
            view! {
                <form method="post" action=url.clone()>
                    <input type="hidden" name="csrf" value=csrf.to_string() />
                    <input type="hidden" name="action" value="quote" />
                    <div class="field">
                        <label for="quote-theme">{t.t("quote-theme")}</label>
                        <select id="quote-theme" name="theme">{options}</select>
                    </div>
                    <div class="field">
                        <label for="quote-text">{t.t("quote-text")}</label>
                        <textarea id="quote-text" name="quote" rows="3" maxlength="600" required=true
                            inner_html=crate::escape_html(&redacted)></textarea>
                    </div>
                    <button type="submit" class="button">{t.t("quote-approve")}</button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <section class="panel" aria-labelledby="quote-title">
            <h2 id="quote-title">{t.t("quote-title")}</h2>
            <p class="small">{t.t("quote-intro")}</p>
            {form}
            {approved}
        </section>
    }
}

fn alerts_page(t: &I18n, view: AlertsView, csrf: String) -> impl IntoView {
    let several = view.alerts.len() > 1;
    let list = if view.alerts.is_empty() {
        view! { <p>{t.t("alerts-none")}</p> }.into_any()
    } else {
        let items = view
            .alerts
            .into_iter()
            .map(|a| {
                let action = format!("/staff/alerts/{}", a.id);
                let item = format!("/staff/feedback/{}", a.feedback_id);
                let field = format!("action-{}", a.id);
                let tick = format!("tick-{}", a.id);
                // The tick belongs to the "acknowledge several" form below
                // (the form attribute: no nesting, no JavaScript needed).
                let tick_for = tick.clone();
                let tick_box = several.then(|| view! {
                    <label class="choice compact" for=tick_for>
                        <input type="checkbox" id=tick name="alert" value=a.id.to_string() form="acknowledge-several" />
                        <span>{t.t("alerts-tick-label")}</span>
                    </label>
                });
                view! {
                    <li class="panel alert">
                        <p><strong class="tag urgent">{t.t("urgent-label")}</strong>" "
                            {t.t_with("alert-age", &[("minutes", a.waiting_minutes.into()), ("times", a.times_sent.into())])}
                        </p>
                        {a.concern.map(|c| view! { <p class="concern">{c}</p> })}
                        <p><a href=item>{t.t("alert-open-item")}</a></p>
                        {tick_box}
                        <form method="post" action=action>
                            <input type="hidden" name="csrf" value=csrf.clone() />
                            <div class="field">
                                <label for=field.clone()>{t.t("alert-action-label")}</label>
                                <textarea id=field name="action_taken" rows="2" maxlength="2000" required=true></textarea>
                            </div>
                            <button type="submit" class="button primary">{t.t("alert-acknowledge")}</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="alerts" role="list">{items}</ul> }.into_any()
    };
    let acknowledge_several = several.then(|| {
        view! {
            <form method="post" action="/staff/alerts" id="acknowledge-several" class="panel">
                <h2>{t.t("alerts-many-title")}</h2>
                <p class="hint">{t.t("alerts-many-hint")}</p>
                <input type="hidden" name="csrf" value=csrf.clone() />
                <div class="field">
                    <label for="action-several">{t.t("alerts-many-action-label")}</label>
                    <textarea id="action-several" name="action_taken" rows="2" maxlength="2000" required=true></textarea>
                </div>
                <button type="submit" class="button primary">{t.t("alerts-acknowledge-ticked")}</button>
            </form>
        }
    });
    let no_leads = (!view.has_leads).then(|| {
        let text = if view.inbox.is_empty() {
            t.t("alerts-no-leads")
        } else {
            t.ts("alerts-no-leads-inbox", &[("inbox", &view.inbox)])
        };
        view! { <p class="alert-banner" role="alert">{text}</p> }
    });
    view! {
        <h1>{t.t("alerts-title")}</h1>
        <p>{t.ts("alerts-intro", &[("minutes", &view.repeat_minutes.to_string())])}</p>
        {no_leads}
        {view.error.map(|m| view! { <div class="error-summary" role="alert"><p><strong>{m}</strong></p></div> })}
        {list}
        {acknowledge_several}
    }
}

fn audit_page(t: &I18n, view: AuditView) -> impl IntoView {
    let rows = view
        .rows
        .into_iter()
        .map(|(when, who, action, item, detail)| {
            let item = item.map(|id| {
                let href = format!("/staff/feedback/{id}");
                view! { <a href=href>{id.to_string()}</a> }
            });
            view! { <tr><td>{when}</td><td>{who}</td><td>{action}</td><td>{item}</td><td>{detail}</td></tr> }
        })
        .collect_view();
    view! {
        <h1>{t.t("audit-title")}</h1>
        <p>{t.t("audit-intro")}</p>
        <form method="get" action="/staff/audit" class="filters">
            <div class="field compact">
                <label for="action">{t.t("audit-filter-action")}</label>
                <input type="text" id="action" name="action" value=view.action />
            </div>
            <div class="field compact">
                <label for="user">{t.t("audit-filter-user")}</label>
                <input type="text" id="user" name="user" value=view.user />
            </div>
            <button type="submit" class="button">{t.t("queue-filter")}</button>
        </form>
        <div class="table-wrap">
            <table class="audit">
                <thead><tr>
                    <th scope="col">{t.t("audit-when")}</th><th scope="col">{t.t("audit-who")}</th>
                    <th scope="col">{t.t("audit-what")}</th><th scope="col">{t.t("audit-item")}</th><th scope="col"></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
/// A language's name in English, for staff (its code if Sayso has no such language).
fn language_name(code: &str) -> String {
    crate::i18n::language(code)
        .map(|l| l.english_name.to_string())
        .unwrap_or_else(|| code.to_string())
}
