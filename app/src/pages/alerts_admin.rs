//! The admin page's safeguarding alerts panel: the red warning when the
//! organisation has no safeguarding lead, its safeguarding inbox and its
//! out-of-hours escalation address (docs/alerts.md).

use crate::i18n::I18n;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct AlertAdminView {
    /// False when no safeguarding user can be emailed.
    pub has_leads: bool,
    pub safeguarding_inbox: String,
    pub escalation_email: String,
    pub escalate_minutes: i64,
}

/// The red warning alone, for the top of the admin page.
pub fn no_leads_warning(t: &I18n, view: &AlertAdminView) -> impl IntoView {
    (!view.has_leads).then(|| {
        view! { <p class="alert-banner" role="alert" id="no-safeguarding-lead">{t.t("admin-alerts-no-leads")}</p> }
    })
}

pub fn admin_panel(t: &I18n, view: AlertAdminView, csrf: String) -> impl IntoView {
    let minutes = view.escalate_minutes.to_string();
    view! {
        <section class="panel" id="alerts">
            <h2>{t.t("admin-alerts-title")}</h2>
            <form method="post" action="/staff/admin">
                <input type="hidden" name="csrf" value=csrf />
                <input type="hidden" name="action" value="alert_contacts" />
                <div class="field">
                    <label for="safeguarding_inbox">{t.t("admin-alerts-inbox")}</label>
                    <p class="hint" id="safeguarding_inbox-hint">{t.t("admin-alerts-inbox-hint")}</p>
                    <input type="email" id="safeguarding_inbox" name="safeguarding_inbox" value=view.safeguarding_inbox
                        maxlength="254" autocomplete="off" aria-describedby="safeguarding_inbox-hint" />
                </div>
                <div class="field">
                    <label for="escalation_email">{t.t("admin-alerts-escalation")}</label>
                    <p class="hint" id="escalation_email-hint">{t.ts("admin-alerts-escalation-hint", &[("minutes", &minutes)])}</p>
                    <input type="email" id="escalation_email" name="escalation_email" value=view.escalation_email
                        maxlength="254" autocomplete="off" aria-describedby="escalation_email-hint" />
                </div>
                <button type="submit" class="button primary">{t.t("admin-alerts-save")}</button>
            </form>
        </section>
    }
}
