//! The organisation admin page and the invitation page.

use crate::i18n::I18n;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct AdminView {
    pub settings: SettingsView,
    pub themes: Vec<ThemeAdminRow>,
    pub users: Vec<UserAdminRow>,
    pub tokens: Vec<(i64, String, String)>,
    /// A token just created, shown this once.
    pub new_token: Option<String>,
    pub message: Option<String>,
    pub error: Option<String>,
    /// One young person's data: subject access and erasure.
    pub people: super::lifecycle::PeopleView,
    /// How staff sign in (council account, password).
    pub sign_in: super::council::SignInAdminView,
    /// Safeguarding alerts: the no-lead warning and the alert addresses.
    pub alerts: super::alerts_admin::AlertAdminView,
    /// Codes of the languages hidden from young people's language picker.
    pub hidden_languages: Vec<String>,
    /// Whose bank holidays the reply time skips: `england-and-wales`,
    /// `scotland` or `northern-ireland`.
    pub bank_holidays: String,
    /// Recorded cohorts, latest first: (quarter, in care, care leavers).
    pub cohorts: Vec<(String, i64, i64)>,
    /// This quarter's name, e.g. `2026-Q4`, to fill the form.
    pub this_quarter: String,
}

#[derive(Clone, Debug, Default)]
pub struct SettingsView {
    pub name: String,
    pub term_in_care: String,
    pub out_of_hours_phone: String,
    pub advocacy: String,
    pub complaints: String,
    pub retention_months: i64,
    pub reply_within_days: i64,
    pub suppress_threshold: i64,
}

#[derive(Clone, Debug)]
pub struct ThemeAdminRow {
    pub id: i64,
    pub label: String,
    pub young_label: String,
    pub icon: String,
    pub keywords: String,
    pub retired: bool,
}

#[derive(Clone, Debug)]
pub struct UserAdminRow {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub disabled: bool,
    pub invited: bool,
}

pub const ROLES: [&str; 5] = ["admin", "officer", "safeguarding", "manager", "board"];

fn hidden(csrf: &str, action: &'static str) -> impl IntoView {
    view! {
        <input type="hidden" name="csrf" value=csrf.to_string() />
        <input type="hidden" name="action" value=action />
    }
}

fn text_field(id: String, name: &'static str, label: String, value: String) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input type="text" id=id name=name value=value maxlength="500" />
        </div>
    }
}

pub(super) fn admin(t: &I18n, view: AdminView, csrf: String) -> impl IntoView {
    let s = view.settings.clone();
    let themes = view
        .themes
        .iter()
        .map(|th| {
            let p = |f: &str| format!("theme-{}-{f}", th.id);
            view! {
                <form method="post" action="/staff/admin" class="panel theme-row">
                    {hidden(&csrf, "theme")}
                    <input type="hidden" name="theme_id" value=th.id.to_string() />
                    <div class="grid-4">
                        {text_field(p("label"), "label", t.t("admin-theme-label"), th.label.clone())}
                        {text_field(p("young"), "young_label", t.t("admin-theme-young"), th.young_label.clone())}
                        {text_field(p("icon"), "icon", t.t("admin-theme-icon"), th.icon.clone())}
                        {text_field(p("keywords"), "keywords", t.t("admin-theme-keywords"), th.keywords.clone())}
                    </div>
                    <label class="choice compact">
                        <input type="checkbox" name="retired" value="yes" checked=th.retired />
                        <span>{t.t("admin-theme-retired")}</span>
                    </label>
                    <button type="submit" class="button">{t.t("admin-save")}</button>
                </form>
            }
        })
        .collect_view();
    let users = view
        .users
        .iter()
        .map(|u| {
            let (action, label) = if u.disabled {
                ("enable", t.t("admin-enable"))
            } else {
                ("disable", t.t("admin-disable"))
            };
            let state = match (u.disabled, u.invited) {
                (true, _) => format!(" · {}", t.t("admin-disabled")),
                (false, true) => format!(" · {}", t.t("admin-invited")),
                _ => String::new(),
            };
            view! {
                <li>
                    <span><strong>{u.email.clone()}</strong>{format!(" · {}{state}", u.role)}</span>
                    <form method="post" action="/staff/admin" class="inline">
                        {hidden(&csrf, action)}
                        <input type="hidden" name="user_id" value=u.id.to_string() />
                        <button type="submit" class="button secondary">{label}</button>
                    </form>
                    <form method="post" action="/staff/admin" class="inline">
                        {hidden(&csrf, "unlock")}
                        <input type="hidden" name="user_id" value=u.id.to_string() />
                        <button type="submit" class="button secondary">{t.t("admin-unlock")}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let tokens = view
        .tokens
        .iter()
        .map(|(id, name, email)| {
            view! {
                <li>
                    <span>{format!("{name} · {email}")}</span>
                    <form method="post" action="/staff/admin" class="inline">
                        {hidden(&csrf, "revoke")}
                        <input type="hidden" name="token_id" value=id.to_string() />
                        <button type="submit" class="button secondary">{t.t("admin-token-revoke")}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let roles = ROLES
        .iter()
        .map(|r| view! { <option value=*r>{*r}</option> })
        .collect_view();
    let people = super::lifecycle::people(t, view.people.clone(), csrf.clone());
    view! {
        <h1>{t.t("admin-title")}</h1>
        {view.message.map(|m| view! { <p class="note" role="status">{m}</p> })}
        {view.error.map(|m| view! { <div class="error-summary" role="alert"><p><strong>{m}</strong></p></div> })}
        {super::alerts_admin::no_leads_warning(t, &view.alerts)}
        {view.new_token.map(|token| view! {
            <div class="note" role="status"><p>{t.t("admin-token-new")}</p><p><code class="token">{token}</code></p></div>
        })}
        <section class="panel">
            <h2>{t.t("admin-settings")}</h2>
            <form method="post" action="/staff/admin">
                {hidden(&csrf, "settings")}
                {text_field("name".into(), "name", t.t("admin-name"), s.name)}
                <div class="field">
                    <label for="term_in_care">{t.t("admin-term")}</label>
                    <p class="hint">{t.t("admin-term-hint")}</p>
                    <input type="text" id="term_in_care" name="term_in_care" value=s.term_in_care maxlength="100" />
                </div>
                {text_field("out_of_hours_phone".into(), "out_of_hours_phone", t.t("admin-ooh"), s.out_of_hours_phone)}
                {text_field("advocacy".into(), "advocacy", t.t("admin-advocacy"), s.advocacy)}
                {text_field("complaints".into(), "complaints", t.t("admin-complaints"), s.complaints)}
                {text_field("retention_months".into(), "retention_months", t.t("admin-retention"), s.retention_months.to_string())}
                {text_field("reply_within_days".into(), "reply_within_days", t.t("admin-reply-days"), s.reply_within_days.to_string())}
                {text_field("suppress_threshold".into(), "suppress_threshold", t.t("admin-threshold"), s.suppress_threshold.to_string())}
                <button type="submit" class="button primary">{t.t("admin-save")}</button>
            </form>
        </section>
        {super::alerts_admin::admin_panel(t, view.alerts.clone(), csrf.clone())}
        {super::council::admin_panel(t, view.sign_in.clone(), csrf.clone())}
        {languages(t, &view.hidden_languages, &csrf)}
        {bank_holidays(t, &view.bank_holidays, &csrf)}
        {cohorts(t, &view.cohorts, &view.this_quarter, &csrf)}
        <section>
            <h2>{t.t("admin-themes")}</h2>
            <p class="hint">{t.t("admin-themes-hint")}</p>
            {themes}
            <form method="post" action="/staff/admin" class="panel">
                <h3>{t.t("admin-theme-add")}</h3>
                {hidden(&csrf, "add_theme")}
                <div class="grid-4">
                    {text_field("new-label".into(), "label", t.t("admin-theme-label"), String::new())}
                    {text_field("new-young".into(), "young_label", t.t("admin-theme-young"), String::new())}
                    {text_field("new-icon".into(), "icon", t.t("admin-theme-icon"), "⭐".into())}
                    {text_field("new-keywords".into(), "keywords", t.t("admin-theme-keywords"), String::new())}
                </div>
                <button type="submit" class="button">{t.t("admin-theme-add")}</button>
            </form>
        </section>
        <section class="panel">
            <h2>{t.t("admin-users")}</h2>
            <ul class="plain-list" role="list">{users}</ul>
            <h3>{t.t("admin-invite")}</h3>
            <p class="hint">{t.t("admin-invite-hint")}</p>
            <form method="post" action="/staff/admin" class="inline-form">
                {hidden(&csrf, "invite")}
                <div class="field compact">
                    <label for="invite-email">{t.t("staff-email")}</label>
                    <input type="email" id="invite-email" name="email" maxlength="254" />
                </div>
                <div class="field compact">
                    <label for="invite-role">{t.t("admin-role")}</label>
                    <select id="invite-role" name="role">{roles}</select>
                </div>
                <button type="submit" class="button">{t.t("admin-send-invite")}</button>
            </form>
        </section>
        <section class="panel">
            <h2>{t.t("admin-tokens")}</h2>
            <p class="hint">{t.t("admin-tokens-hint")}</p>
            <ul class="plain-list" role="list">{tokens}</ul>
            <form method="post" action="/staff/admin" class="inline-form">
                {hidden(&csrf, "token")}
                <div class="field compact">
                    <label for="token-name">{t.t("admin-token-name")}</label>
                    <input type="text" id="token-name" name="name" maxlength="100" />
                </div>
                <button type="submit" class="button">{t.t("admin-token-create")}</button>
            </form>
        </section>
        {people}
    }
}

/// Which languages young people can pick: each with who checked its words,
/// and a box to hide one no fluent speaker has checked yet.
fn languages(t: &I18n, hidden_now: &[String], csrf: &str) -> impl IntoView {
    let rows = crate::i18n::LANGUAGES
        .iter()
        .filter(|l| l.code != "en")
        .map(|l| {
            let id = format!("hide-{}", l.code);
            let review = match l.checked_by() {
                Some(who) => t.ts("staff-languages-checked", &[("who", &who)]),
                None => t.t("staff-languages-unchecked"),
            };
            let checked = hidden_now.iter().any(|c| c == l.code);
            view! {
                <li>
                    <label class="choice compact" for=id.clone()>
                        <input type="checkbox" id=id.clone() name="hidden" value=l.code checked=checked />
                        <span>
                            {t.t("staff-languages-hide")}" "<strong>{l.english_name}</strong>" · "
                            <span lang=l.code dir=if l.rtl { "rtl" } else { "ltr" }>{l.name}</span>
                            <br /><span class="hint">{review}</span>
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="panel" id="languages">
            <h2>{t.t("staff-languages")}</h2>
            <p class="hint">{t.t("staff-languages-hint")}</p>
            <form method="post" action="/staff/admin">
                {hidden(csrf, "languages")}
                <ul class="plain-list" role="list">{rows}</ul>
                <button type="submit" class="button">{t.t("staff-languages-save")}</button>
            </form>
        </section>
    }
}

/// Which part of the UK's bank holidays the reply time skips.
fn bank_holidays(t: &I18n, now: &str, csrf: &str) -> impl IntoView {
    let options = ["england-and-wales", "scotland", "northern-ireland"]
        .into_iter()
        .map(|region| {
            let id = format!("bank-holidays-{region}");
            view! {
                <label class="choice compact" for=id.clone()>
                    <input type="radio" id=id.clone() name="bank_holidays" value=region checked=now == region />
                    <span>{t.t(&format!("admin-bank-holidays-{region}"))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="panel" id="bank-holidays">
            <h2>{t.t("admin-bank-holidays-title")}</h2>
            <form method="post" action="/staff/admin">
                {hidden(csrf, "bank_holidays")}
                <fieldset>
                    <legend>{t.t("admin-bank-holidays-hint")}</legend>
                    {options}
                </fieldset>
                <button type="submit" class="button">{t.t("admin-bank-holidays-save")}</button>
            </form>
        </section>
    }
}

/// How many children the council looks after and supports each quarter, so
/// the Board report can show rates ("5 out of how many?").
fn cohorts(t: &I18n, recorded: &[(String, i64, i64)], this_quarter: &str, csrf: &str) -> impl IntoView {
    let (in_care, leavers) = recorded
        .iter()
        .find(|c| c.0 == this_quarter)
        .map(|c| (c.1.to_string(), c.2.to_string()))
        .unwrap_or_default();
    let rows = recorded
        .iter()
        .map(|(q, a, b)| view! { <tr><th scope="row">{q.clone()}</th><td>{*a}</td><td>{*b}</td></tr> })
        .collect_view();
    let table = (!recorded.is_empty()).then(|| {
        view! {
            <table class="data">
                <thead><tr>
                    <th scope="col">{t.t("admin-cohort-quarter")}</th>
                    <th scope="col">{t.t("admin-cohort-in-care")}</th>
                    <th scope="col">{t.t("admin-cohort-care-leavers")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    view! {
        <section class="panel" id="cohorts">
            <h2>{t.t("admin-cohort-title")}</h2>
            <p class="hint">{t.t("admin-cohort-hint")}</p>
            {table}
            <form method="post" action="/staff/admin">
                {hidden(csrf, "cohort")}
                {text_field("cohort-quarter".into(), "quarter", t.t("admin-cohort-quarter"), this_quarter.to_string())}
                {text_field("cohort-in-care".into(), "in_care", t.t("admin-cohort-in-care"), in_care)}
                {text_field("cohort-care-leavers".into(), "care_leavers", t.t("admin-cohort-care-leavers"), leavers)}
                <button type="submit" class="button">{t.t("admin-cohort-save")}</button>
            </form>
        </section>
    }
}

#[derive(Clone, Debug)]
pub enum InviteView {
    Form {
        token: String,
        email: String,
        error: Option<String>,
    },
    Invalid,
    Done,
}

pub(super) fn invite(t: &I18n, view: InviteView) -> impl IntoView {
    match view {
        InviteView::Form { token, email, error } => {
            let action = format!("/staff/invite/{token}");
            view! {
                <h1>{t.t("invite-title")}</h1>
                <p>{t.ts("invite-intro", &[("email", &email)])}</p>
                {error.map(|m| view! { <div class="error-summary" role="alert"><p><strong>{m}</strong></p></div> })}
                <form method="post" action=action>
                    <div class="field">
                        <label for="password">{t.t("invite-password")}</label>
                        <input type="password" id="password" name="password" autocomplete="new-password" minlength="10" />
                    </div>
                    <div class="field">
                        <label for="confirm">{t.t("invite-confirm")}</label>
                        <input type="password" id="confirm" name="confirm" autocomplete="new-password" minlength="10" />
                    </div>
                    <button type="submit" class="button primary">{t.t("invite-save")}</button>
                </form>
            }
            .into_any()
        }
        InviteView::Invalid => view! { <h1>{t.t("invite-title")}</h1><p>{t.t("invite-invalid")}</p> }.into_any(),
        InviteView::Done => view! {
            <h1>{t.t("invite-title")}</h1>
            <p>{t.t("invite-done")}</p>
            <p><a class="button primary" href="/staff">{t.t("staff-sign-in")}</a></p>
        }
        .into_any(),
    }
}
