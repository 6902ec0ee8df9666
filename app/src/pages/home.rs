use crate::i18n::I18n;
use crate::model::OrgPublic;
use leptos::prelude::*;

pub(super) fn home(t: &I18n, org: Option<&OrgPublic>) -> impl IntoView {
    let org = org.expect("home needs an organisation");
    let say = format!("/{}/say", org.slug);
    let reply = format!("/{}/reply", org.slug);
    let help = format!("/{}/help", org.slug);
    let you_said_we_did = format!("/{}/you-said-we-did", org.slug);
    let surveys = format!("/{}/surveys", org.slug);
    let promises = format!("/{}/promises", org.slug);
    view! {
        <div id="intro">
            <h1>{t.t("home-title")}</h1>
            <p class="lead">{t.ts("home-intro", &[("org", &org.name)])}</p>
            <p>{t.ts("home-for", &[("term", &org.term_in_care)])}</p>
        </div>
        {super::read_aloud(t, "intro")}
        <nav class="big-choices" aria-label=t.t("home-title")>
            <a class="big-choice" href=say>
                <span class="icon" aria-hidden="true">"💬"</span>
                <span><strong>{t.t("home-say")}</strong><br /><span class="hint">{t.t("home-say-hint")}</span></span>
            </a>
            <a class="big-choice" href=reply>
                <span class="icon" aria-hidden="true">"📬"</span>
                <span><strong>{t.t("home-reply")}</strong><br /><span class="hint">{t.t("home-reply-hint")}</span></span>
            </a>
            <a class="big-choice" href=you_said_we_did>
                <span class="icon" aria-hidden="true">"📣"</span>
                <span><strong>{t.t("home-you-said-we-did")}</strong><br /><span class="hint">{t.t("home-you-said-we-did-hint")}</span></span>
            </a>
            <a class="big-choice" href=promises>
                <span class="icon" aria-hidden="true">"🤝"</span>
                <span><strong>{t.t("home-promises")}</strong><br /><span class="hint">{t.t("home-promises-hint")}</span></span>
            </a>
            <a class="big-choice" href=surveys>
                <span class="icon" aria-hidden="true">"📝"</span>
                <span><strong>{t.t("survey-home-link")}</strong><br /><span class="hint">{t.t("survey-home-hint")}</span></span>
            </a>
            <a class="big-choice help" href=help>
                <span class="icon" aria-hidden="true">"🛟"</span>
                <span><strong>{t.t("unsafe-button")}</strong><br /><span class="hint">{t.t("home-help-hint")}</span></span>
            </a>
        </nav>
    }
}
