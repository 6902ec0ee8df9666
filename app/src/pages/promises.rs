//! "Our promises to you": the organisation's Pledge or Care Leavers
//! Charter in its own words, with what was done under each promise.

use crate::i18n::I18n;
use crate::model::{AgeBand, OrgPublic, PublicAction};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct PromisesPage {
    pub band: Option<AgeBand>,
    pub promises: Vec<PromiseView>,
}

#[derive(Clone, Debug)]
pub struct PromiseView {
    pub slug: String,
    pub title: String,
    pub text: String,
    /// Published "You said, we did" actions tied to it.
    pub actions: Vec<PublicAction>,
}

pub(super) fn page(t: &I18n, org: Option<&OrgPublic>, p: PromisesPage) -> impl IntoView {
    let org = org.expect("an organisation");
    let ysw = match p.band {
        Some(b) => format!("/{}/you-said-we-did?age={}", org.slug, b.as_str()),
        None => format!("/{}/you-said-we-did", org.slug),
    };
    let list = if p.promises.is_empty() {
        view! { <p>{t.t("promises-none")}</p> }.into_any()
    } else {
        let items = p
            .promises
            .into_iter()
            .map(|promise| {
                let id = format!("promise-{}", promise.slug);
                let heading = format!("promise-{}-title", promise.slug);
                let done = if promise.actions.is_empty() {
                    view! { <p class="small">{t.t("promises-nothing-yet")}</p> }.into_any()
                } else {
                    let actions = promise
                        .actions
                        .into_iter()
                        .map(|a| {
                            let status = a.status.as_str();
                            let href = format!("{ysw}#action-{}", a.id);
                            view! {
                                <li>
                                    <span class=format!("tag status-{status}")>{t.t(&format!("action-status-{status}"))}</span>" "
                                    <a href=href>{a.you_said}</a>
                                    <p>{a.we_did}</p>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3>{t.t("promises-what-we-did")}</h3>
                        <ul class="promise-actions" role="list">{actions}</ul>
                    }
                    .into_any()
                };
                view! {
                    <li class="panel promise" id=id aria-labelledby=heading.clone()>
                        <h2 id=heading.clone()>{promise.title}</h2>
                        <p class="lead">{promise.text}</p>
                        {done}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="promises-list" role="list">{items}</ul> }.into_any()
    };
    let say = format!("/{}/say", org.slug);
    view! {
        <div id="promises-intro">
            <h1>{t.t("promises-title")}</h1>
            <p class="lead">{t.ts("promises-intro", &[("org", &org.name)])}</p>
        </div>
        {super::read_aloud(t, "promises-intro")}
        {list}
        <p class="actions">
            <a class="button primary" href=say>{t.t("promises-say")}</a>
        </p>
    }
}
