//! The young people's "You said, we did" page: published actions only,
//! filterable by theme, worded for the reader's age band.

use crate::i18n::I18n;
use crate::model::{AgeBand, OrgPublic, PublicAction, ThemeChoice};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct YouSaidWeDidPage {
    pub band: Option<AgeBand>,
    pub actions: Vec<PublicAction>,
    pub themes: Vec<ThemeChoice>,
    pub theme: String,
}

pub(super) fn page(t: &I18n, org: Option<&OrgPublic>, p: YouSaidWeDidPage) -> impl IntoView {
    let org = org.expect("an organisation");
    let action = format!("/{}/you-said-we-did", org.slug);
    let options = p
        .themes
        .iter()
        .map(|th| {
            let selected = th.slug == p.theme;
            view! { <option value=th.slug.clone() selected=selected>{th.label.clone()}</option> }
        })
        .collect_view();
    let list = if p.actions.is_empty() {
        view! { <p>{t.t("you-said-we-did-none")}</p> }.into_any()
    } else {
        let items = p
            .actions
            .into_iter()
            .map(|a| {
                let id = format!("action-{}", a.id);
                let status = a.status.as_str();
                let why = (!a.reason.is_empty())
                    .then(|| view! { <p><strong>{t.t("you-said-we-did-why-not")}": "</strong>{a.reason.clone()}</p> });
                let due = a
                    .due_on
                    .clone()
                    .map(|d| view! { <p class="small">{t.ts("you-said-we-did-due", &[("date", &d)])}</p> });
                view! {
                    <li class="panel action" id=id>
                        <p class=format!("tag status-{status}")>{t.t(&format!("action-status-{status}"))}</p>
                        <h2>{t.t("you-said-we-did-you-said")}</h2>
                        <p class="lead">{a.you_said}</p>
                        <h2>{t.t("you-said-we-did-we-did")}</h2>
                        <p>{a.we_did}</p>
                        {why}
                        {due}
                        <p class="small">{a.themes.join(" · ")}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="actions-list" role="list">{items}</ul> }.into_any()
    };
    let band = p
        .band
        .map(|b| view! { <input type="hidden" name="age" value=b.as_str() /> });
    view! {
        <div id="you-said-we-did-intro">
            <h1>{t.t("you-said-we-did-title")}</h1>
            <p class="lead">{t.ts("you-said-we-did-intro", &[("org", &org.name)])}</p>
        </div>
        {super::read_aloud(t, "you-said-we-did-intro")}
        <form method="get" action=action class="inline-form">
            {band}
            <div class="field compact">
                <label for="theme">{t.t("you-said-we-did-filter")}</label>
                <select id="theme" name="theme">
                    <option value="">{t.t("you-said-we-did-all")}</option>
                    {options}
                </select>
            </div>
            <button type="submit" class="button">{t.t("you-said-we-did-show")}</button>
        </form>
        {list}
    }
}
