//! "Check my reply": a reply code in, the status and the team's replies out.

use crate::i18n::I18n;
use crate::model::{AgeBand, OrgPublic};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct ReplyPage {
    pub code: String,
    pub error: Option<String>,
    pub result: Option<ReplyResult>,
}

#[derive(Clone, Debug)]
pub struct ReplyResult {
    pub band: Option<AgeBand>,
    /// `sent`, `read` or `replied`.
    pub status: String,
    pub replies: Vec<ReplyView>,
    /// Link to the "You said, we did" action this message became part of.
    pub action_link: Option<String>,
    /// While no reply has come: the promised date in words, and whether it
    /// has passed.
    pub reply_by: Option<(String, bool)>,
    /// The action's status and the day of its latest news.
    pub action_news: Option<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct ReplyView {
    pub date: String,
    pub text: String,
}

pub(super) fn reply(t: &I18n, org: Option<&OrgPublic>, page: ReplyPage) -> impl IntoView {
    let org = org.expect("reply needs an organisation");
    let action = format!("/{}/reply", org.slug);
    let result = page.result.map(|r| {
        let t = t.with_band(r.band);
        let status_text = t.t(&format!("status-{}", r.status));
        let replies = if r.replies.is_empty() {
            view! { <p>{t.t("replies-none")}</p> }.into_any()
        } else {
            let items = r
                .replies
                .into_iter()
                .map(|reply| view! { <li><p class="small">{reply.date}</p><p class="reply-text">{reply.text}</p></li> })
                .collect_view();
            view! { <h3>{t.t("replies-title")}</h3><ul class="replies" role="list">{items}</ul> }.into_any()
        };
        view! {
            <section class="panel" id="reply-result" aria-live="polite">
                <h2>{t.t("reply-status-title")}</h2>
                <p class="status" data-status=r.status.clone()>{status_text}</p>
                {r.reply_by.clone().map(|(date, late)| {
                    let id = if late { "reply-by-late" } else { "reply-by-promise" };
                    view! { <p class="reply-by" id="reply-by" data-late=late.then_some("true")>{t.ts(id, &[("date", &date)])}</p> }
                })}
                {r.action_link.clone().map(|href| view! {
                    <p class="note">{t.t("status-action")}" "<a href=href>{t.t("status-action-link")}</a></p>
                })}
                {r.action_news.clone().map(|(status, date)| {
                    let status = t.t(&format!("action-status-{status}"));
                    view! { <p class="action-news" id="action-news">{t.ts("reply-action-news", &[("status", &status), ("date", &date)])}</p> }
                })}
                {replies}
            </section>
            {super::read_aloud(&t, "reply-result")}
        }
    });
    let err = page.error.clone();
    view! {
        <div id="reply-intro">
            <h1>{t.t("reply-title")}</h1>
            <p>{t.t("reply-intro")}</p>
        </div>
        {super::read_aloud(t, "reply-intro")}
        {result}
        {err.clone().map(|m| view! { <div class="error-summary" role="alert" id="error-summary"><p><strong>{m}</strong></p></div> })}
        <form id="reply-form" method="post" action=action accept-charset="utf-8">
            <div class="field">
                <label for="code">{t.t("reply-code-label")}</label>
                <p class="hint" id="code-hint">{t.t("reply-code-hint")}</p>
                <input type="text" id="code" name="code" value=page.code.clone() autocomplete="off" dir="ltr"
                    autocapitalize="none" spellcheck="false" maxlength="100" aria-describedby="code-hint"
                    aria-invalid=err.is_some().then_some("true") />
            </div>
            <button type="submit" class="button primary">{t.t("reply-check")}</button>
        </form>
    }
}
