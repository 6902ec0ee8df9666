//! Staff: record what a group said (a Children in Care Council meeting, an
//! event, a bundle of paper forms). A plain form; words are redacted on save.

use crate::i18n::I18n;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct GroupFeedbackView {
    /// (slug, label)
    pub themes: Vec<(String, String)>,
    /// (slug, title)
    pub promises: Vec<(String, String)>,
    /// (occasion, held on, participants), latest first.
    pub recent: Vec<(String, String, i64)>,
    /// What was typed, kept when something was wrong.
    pub occasion: String,
    pub held_on: String,
    pub participants: String,
    pub age_bands: Vec<String>,
    pub text: String,
    pub chosen_themes: Vec<String>,
    pub chosen_promises: Vec<String>,
    pub error: Option<String>,
    pub saved: bool,
}

pub(super) fn page(t: &I18n, v: GroupFeedbackView, csrf: String) -> impl IntoView {
    let checkbox = |name: &'static str, value: String, label: String, checked: bool| {
        let id = format!("{name}-{value}");
        view! {
            <label class="choice compact" for=id.clone()>
                <input type="checkbox" id=id.clone() name=name value=value checked=checked />
                <span>{label}</span>
            </label>
        }
    };
    let bands = ["4-7", "8-11", "12-17", "16-25"]
        .into_iter()
        .map(|b| {
            checkbox(
                "age_bands",
                b.to_string(),
                b.to_string(),
                v.age_bands.iter().any(|x| x == b),
            )
        })
        .collect_view();
    let themes = v
        .themes
        .iter()
        .map(|(slug, label)| checkbox("themes", slug.clone(), label.clone(), v.chosen_themes.contains(slug)))
        .collect_view();
    let promises = v
        .promises
        .iter()
        .map(|(slug, title)| {
            checkbox(
                "promises",
                slug.clone(),
                title.clone(),
                v.chosen_promises.contains(slug),
            )
        })
        .collect_view();
    let recent = (!v.recent.is_empty()).then(|| {
        let rows = v
            .recent
            .iter()
            .map(|(o, d, n)| view! { <tr><td>{d.clone()}</td><td>{o.clone()}</td><td>{*n}</td></tr> })
            .collect_view();
        view! {
            <h2>{t.t("group-recent")}</h2>
            <table class="audit">
                <thead><tr>
                    <th scope="col">{t.t("group-held-on")}</th>
                    <th scope="col">{t.t("group-occasion")}</th>
                    <th scope="col">{t.t("group-participants")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    view! {
        <h1>{t.t("group-title")}</h1>
        <p class="lead">{t.t("group-intro")}</p>
        {v.saved.then(|| view! { <p class="note" role="status">{t.t("group-saved")}</p> })}
        {v.error.clone().map(|m| view! { <div class="error-summary" role="alert"><p><strong>{m}</strong></p></div> })}
        <form method="post" action="/staff/group-feedback" class="panel" id="group-feedback-form">
            <input type="hidden" name="csrf" value=csrf />
            <div class="field">
                <label for="occasion">{t.t("group-occasion")}</label>
                <p class="hint" id="occasion-hint">{t.t("group-occasion-hint")}</p>
                <input type="text" id="occasion" name="occasion" value=v.occasion.clone() maxlength="200" aria-describedby="occasion-hint" required />
            </div>
            <div class="field">
                <label for="held_on">{t.t("group-held-on")}</label>
                <input type="date" id="held_on" name="held_on" value=v.held_on.clone() required />
            </div>
            <div class="field">
                <label for="participants">{t.t("group-participants")}</label>
                <input type="number" id="participants" name="participants" min="1" max="10000" value=v.participants.clone() required />
            </div>
            <fieldset><legend>{t.t("group-age-bands")}</legend>{bands}</fieldset>
            <div class="field">
                <label for="text">{t.t("group-text")}</label>
                <p class="hint" id="text-hint">{t.t("group-text-hint")}</p>
                <textarea id="text" name="text" rows="8" maxlength="20000" aria-describedby="text-hint" required>{v.text.clone()}</textarea>
            </div>
            <fieldset><legend>{t.t("group-themes")}</legend>{themes}</fieldset>
            <fieldset><legend>{t.t("group-promises")}</legend>{promises}</fieldset>
            <button type="submit" class="button primary">{t.t("group-save")}</button>
        </form>
        {recent}
    }
}
