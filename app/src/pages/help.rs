//! "I don't feel safe": help numbers first, then a message that goes
//! straight to the safeguarding team.

use crate::i18n::I18n;
use crate::model::OrgPublic;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct HelpPage {
    pub text: String,
    pub contact: String,
    pub error: Option<String>,
    pub idempotency_key: String,
}

pub(super) fn help(t: &I18n, org: Option<&OrgPublic>, page: HelpPage) -> impl IntoView {
    let org = org.expect("help needs an organisation");
    let action = format!("/{}/help", org.slug);
    let err = page.error.clone();
    view! {
        <div id="help-intro">
            <h1>{t.t("help-title")}</h1>
            {super::help_numbers(t, Some(org))}
        </div>
        {super::read_aloud(t, "help-intro")}
        <section aria-labelledby="help-send-title" class="panel">
            <h2 id="help-send-title">{t.t("help-send-title")}</h2>
            <p>{t.t("help-send-intro")}</p>
            {err.clone().map(|m| view! {
                <div class="error-summary" role="alert" id="error-summary"><p><strong>{m}</strong></p></div>
            })}
            <form id="help-form" method="post" action=action accept-charset="utf-8" novalidate=true>
                <input type="hidden" name="idempotency_key" value=page.idempotency_key.clone() />
                <input type="hidden" name="language" value=t.lang />
                <div class="field">
                    <label for="text">{t.t("help-text-label")}</label>
                    <textarea id="text" name="text" rows="5" maxlength="5000" dir="auto"
                        aria-invalid=err.is_some().then_some("true")
                        inner_html=format!("\n{}", crate::escape_html(&page.text))></textarea>
                </div>
                <div class="field">
                    <label for="contact">{t.t("help-contact-label")}</label>
                    <p class="hint" id="contact-hint">{t.t("help-contact-hint")}</p>
                    <input type="text" id="contact" name="contact" value=page.contact.clone() dir="auto"
                        maxlength="200" aria-describedby="contact-hint" />
                </div>
                <button type="submit" class="button primary">{t.t("help-send")}</button>
            </form>
        </section>
    }
}
