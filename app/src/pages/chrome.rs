//! What every young person's page carries besides its own content: the
//! language picker and the quick exit (a bar that stays at the top), and
//! the notices the small page script shows when there is no signal.

use crate::i18n::{language, I18n};
use crate::model::OrgPublic;
use leptos::prelude::*;

/// Where the quick exit goes: a neutral, busy site that says nothing about
/// the child (the GOV.UK "Exit this page" pattern suggests a weather page).
pub const NEUTRAL_SITE: &str = "https://www.bbc.co.uk/weather";

/// `here` with `lang=code` added (replacing any `lang` already there).
fn with_lang(here: &str, code: &str) -> String {
    let (path, query) = here.split_once('?').unwrap_or((here, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    if kept.is_empty() {
        format!("{path}?lang={code}")
    } else {
        format!("{path}?{}&lang={code}", kept.join("&"))
    }
}

/// The bar above the header: the language picker (plain links, so it works
/// with JavaScript off) and "Exit this page".
pub(super) fn bar(t: &I18n, org: &OrgPublic, here: &str) -> impl IntoView {
    let current = t.language();
    let mut codes: Vec<&str> = org.languages.iter().map(String::as_str).collect();
    // A language reached by a link stays in the list while it is showing.
    if !codes.contains(&current.code) {
        codes.push(current.code);
    }
    let links = codes
        .into_iter()
        .filter_map(language)
        .map(|l| {
            let href = with_lang(here, l.code);
            let dir = if l.rtl { "rtl" } else { "ltr" };
            let now = (l.code == current.code).then_some("true");
            view! {
                <li>
                    <a href=href lang=l.code hreflang=l.code dir=dir aria-current=now>{l.name}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="bar">
            <details class="lang-picker">
                <summary>
                    <span class="icon" aria-hidden="true">"🌐"</span>
                    <span class="visually-hidden">{t.t("lang-picker")}": "</span>
                    <span>{current.name}</span>
                </summary>
                <nav aria-label=t.t("lang-picker-choose")>
                    <ul role="list">{links}</ul>
                </nav>
            </details>
            <a class="exit-page" href=NEUTRAL_SITE rel="noreferrer" data-exit-page="">
                {t.t("exit-page")}
                <span class="visually-hidden exit-keys" hidden>", "{t.t("exit-page-keys")}</span>
            </a>
        </div>
        <div class="exit-overlay" hidden>
            <p>{t.t("exit-page-leaving")}</p>
        </div>
    }
}

/// Hidden until the page script (page.js) needs one: a message kept on the
/// phone while there is no signal, and what happened to it.
pub(super) fn offline_notices(t: &I18n) -> impl IntoView {
    view! {
        <p class="notice" id="offline-saved-page" hidden>{t.t("offline-saved-page")}</p>
        <section class="notice kept" id="offline-kept" hidden tabindex="-1" aria-labelledby="offline-kept-title">
            <h2 id="offline-kept-title">{t.t("offline-kept-title")}</h2>
            <p>{t.t("offline-kept")}</p>
            <p>{t.t("offline-kept-danger")}</p>
            <p>{t.t("offline-kept-shared")}</p>
            <button type="button" class="button secondary" id="offline-delete">{t.t("offline-delete")}</button>
        </section>
        <p class="notice" id="offline-waiting" hidden>{t.t("offline-waiting")}</p>
        <p class="notice" id="offline-deleted" hidden role="status">{t.t("offline-deleted")}</p>
        <p class="notice check" id="offline-check" hidden tabindex="-1" role="alert">{t.t("offline-check")}</p>
        <section class="notice sent" id="offline-sent" hidden tabindex="-1" aria-labelledby="offline-sent-title">
            <h2 id="offline-sent-title">{t.t("offline-sent-title")}</h2>
            <p>{t.t("offline-sent")}</p>
            <p class="reply-code"><bdi class="code" dir="ltr"></bdi></p>
            <p>{t.t("thanks-code-keep")}</p>
            <button type="button" class="button" id="offline-sent-done">{t.t("offline-sent-done")}</button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_picker_keeps_the_address_and_swaps_the_language() {
        assert_eq!(super::with_lang("/demo", "ar"), "/demo?lang=ar");
        assert_eq!(super::with_lang("/demo/say?age=4-7", "ti"), "/demo/say?age=4-7&lang=ti");
        assert_eq!(
            super::with_lang("/demo/say?lang=fa&age=4-7", "cy"),
            "/demo/say?age=4-7&lang=cy"
        );
    }
}
