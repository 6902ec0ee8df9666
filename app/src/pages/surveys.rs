//! Surveys: young people answer one question per screen with plain forms
//! (JavaScript off works); staff build surveys and read their results.

use crate::i18n::I18n;
use crate::model::{OrgPublic, MAX_TEXT_CHARS, MOOD_FACES};
use leptos::prelude::*;

// ---- Young people ----

#[derive(Clone, Debug, Default)]
pub struct SurveyListView {
    /// (slug, title, closes on)
    pub surveys: Vec<(String, String, Option<String>)>,
}

#[derive(Clone, Debug, Default)]
pub struct SurveyStartView {
    pub slug: String,
    pub title: String,
    pub intro: String,
    /// Age bands the survey is for (wire values).
    pub bands: Vec<String>,
    /// Care statuses the survey is for (wire values).
    pub statuses: Vec<String>,
    pub band: Option<String>,
    pub care_status: Option<String>,
    pub error: Option<String>,
    /// False when the survey is not open: show that instead of the form.
    pub open: bool,
}

#[derive(Clone, Debug, Default)]
pub struct SurveyScreenView {
    pub slug: String,
    pub title: String,
    /// 1-based. The response itself is never in the address: the browser
    /// holds it in a cookie for this survey's path.
    pub number: usize,
    pub total: usize,
    pub part: Option<String>,
    pub question_id: String,
    /// `faces`, `yes_no`, `single`, `multiple` or `text`.
    pub kind: String,
    pub text: String,
    /// (value, words)
    pub options: Vec<(String, String)>,
    pub chosen: Vec<String>,
    pub typed: String,
    pub error: Option<String>,
    /// Staff preview: no form, every question on one page.
    pub preview: bool,
}

#[derive(Clone, Debug, Default)]
pub struct SurveyDoneView {
    pub title: String,
    pub urgent: bool,
}

pub(super) fn list(t: &I18n, org: Option<&OrgPublic>, view: SurveyListView) -> impl IntoView {
    let slug = org.map(|o| o.slug.clone()).unwrap_or_default();
    let empty = view.surveys.is_empty().then(|| view! { <p>{t.t("surveys-none")}</p> });
    let items = view
        .surveys
        .into_iter()
        .map(|(s, title, closes)| {
            let href = format!("/{slug}/surveys/{s}");
            let closes = closes.map(|d| view! { <p class="small">{t.ts("surveys-closes", &[("date", &d)])}</p> });
            view! {
                <li>
                    <a class="button primary" href=href>{title}</a>
                    {closes}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t.t("surveys-title")}</h1>
        {empty}
        <ul class="plain" role="list">{items}</ul>
    }
}

pub(super) fn start(t: &I18n, org: Option<&OrgPublic>, v: SurveyStartView) -> impl IntoView {
    let slug = org.map(|o| o.slug.clone()).unwrap_or_default();
    if !v.open {
        let home = format!("/{slug}");
        return view! {
            <h1>{v.title.clone()}</h1>
            <p class="lead">{t.t("survey-closed")}</p>
            <p><a class="button" href=home>{t.t("back-home")}</a></p>
        }
        .into_any();
    }
    let action = format!("/{slug}/surveys/{}", v.slug);
    let bands = v
        .bands
        .iter()
        .map(|b| {
            let checked = v.band.as_deref() == Some(b.as_str());
            let words = crate::model::AgeBand::parse(b)
                .map(|band| t.t(&format!("age-{}", band.wording())))
                .unwrap_or_else(|| b.clone());
            view! {
                <label class="choice">
                    <input type="radio" name="age_band" value=b.clone() checked=checked />
                    <span>{words}</span>
                </label>
            }
        })
        .collect_view();
    let statuses = v
        .statuses
        .iter()
        .map(|c| {
            let checked = v.care_status.as_deref() == Some(c.as_str());
            let words = if c == "in_care" {
                t.t("survey-care-in_care")
            } else {
                t.t("survey-care-leaver")
            };
            view! {
                <label class="choice">
                    <input type="radio" name="care_status" value=c.clone() checked=checked />
                    <span>{words}</span>
                </label>
            }
        })
        .collect_view();
    let error = v.error.clone().map(|e| {
        view! { <p class="field-error" id="age_band-error" role="alert">{e}</p> }
    });
    view! {
        <div id="survey-intro">
            <h1>{v.title.clone()}</h1>
            <p class="lead">{v.intro.clone()}</p>
            <p>{t.t("survey-who-intro")}</p>
        </div>
        {super::read_aloud(t, "survey-intro")}
        <form method="post" action=action accept-charset="utf-8" novalidate=true>
            <fieldset id="age_band">
                <legend>{t.t("survey-age-legend")}</legend>
                {error}
                <div class="choices two">{bands}</div>
            </fieldset>
            <fieldset id="care_status">
                <legend>{t.t("survey-care-legend")}</legend>
                <div class="choices">
                    {statuses}
                    <label class="choice">
                        <input type="radio" name="care_status" value="" checked=v.care_status.is_none() />
                        <span>{t.t("survey-care-skip")}</span>
                    </label>
                </div>
            </fieldset>
            <p><button type="submit" class="button primary">{t.t("survey-start")}</button></p>
        </form>
    }
    .into_any()
}

/// The answer inputs of one question.
pub(crate) fn inputs(t: &I18n, v: &SurveyScreenView) -> AnyView {
    let disabled = v.preview;
    let name = format!("answer-{}", v.question_id);
    match v.kind.as_str() {
        "faces" => {
            let faces = MOOD_FACES
                .iter()
                .map(|(value, face)| {
                    let value = value.to_string();
                    let checked = v.chosen.contains(&value);
                    let label = v
                        .options
                        .iter()
                        .find(|(k, _)| *k == value)
                        .map(|(_, w)| w.clone())
                        .unwrap_or_default();
                    view! {
                        <label class="face">
                            <input type="radio" name=name.clone() value=value checked=checked disabled=disabled />
                            <span class="icon" aria-hidden="true">{*face}</span>
                            <span class="face-label">{label}</span>
                        </label>
                    }
                })
                .collect_view();
            view! { <div class="faces">{faces}</div> }.into_any()
        }
        "text" => {
            let id = format!("text-{}", v.question_id);
            view! {
                <label for=id.clone()>{t.t("survey-text-label")}</label>
                <textarea id=id name=name rows="6" maxlength=MAX_TEXT_CHARS.to_string() disabled=disabled dir="auto"
                    inner_html=crate::escape_html(&v.typed)></textarea>
            }
            .into_any()
        }
        kind => {
            let input_type = if kind == "multiple" { "checkbox" } else { "radio" };
            let hint = (kind == "multiple").then(|| view! { <p class="hint">{t.t("survey-choose-any")}</p> });
            let choices = v
                .options
                .iter()
                .map(|(value, words)| {
                    let checked = v.chosen.contains(value);
                    view! {
                        <label class="choice">
                            <input type=input_type name=name.clone() value=value.clone() checked=checked disabled=disabled />
                            <span>{words.clone()}</span>
                        </label>
                    }
                })
                .collect_view();
            view! { {hint} <div class="choices">{choices}</div> }.into_any()
        }
    }
}

pub(super) fn screen(t: &I18n, org: Option<&OrgPublic>, v: SurveyScreenView) -> impl IntoView {
    let slug = org.map(|o| o.slug.clone()).unwrap_or_default();
    let base = format!("/{slug}/surveys/{}", v.slug);
    let action = format!("{base}/answer/{}", v.number);
    let back = if v.number > 1 {
        format!("{base}/answer/{}", v.number - 1)
    } else {
        base.clone()
    };
    let progress = t.ts(
        "survey-progress",
        &[("n", &v.number.to_string()), ("total", &v.total.to_string())],
    );
    let last = v.number == v.total;
    let error = v
        .error
        .clone()
        .map(|e| view! { <p class="field-error" role="alert">{e}</p> });
    let part = v.part.clone().map(|p| view! { <span class="tag">{p}</span><br /> });
    view! {
        <p class="small">{v.title.clone()}</p>
        <p id="survey-progress">{progress}</p>
        <progress max=v.total.to_string() value=v.number.to_string() aria-labelledby="survey-progress"></progress>
        <form method="post" action=action accept-charset="utf-8" novalidate=true>
            <fieldset id="question">
                <legend>
                    {part}
                    <span class="question-text" id="question-text">{v.text.clone()}</span>
                </legend>
                {error}
                {inputs(t, &v)}
            </fieldset>
            <p class="small">{t.t("survey-saved")}</p>
            <p>
                <button type="submit" class="button primary" name="go" value="next">
                    {if last { t.t("survey-finish") } else { t.t("survey-next") }}
                </button>
            </p>
            <p>
                <button type="submit" class="button secondary" name="go" value="skip">{t.t("survey-skip")}</button>
            </p>
        </form>
        {super::read_aloud(t, "question-text")}
        <p><a href=back>{t.t("survey-back")}</a></p>
    }
}

pub(super) fn done(t: &I18n, org: Option<&OrgPublic>, v: SurveyDoneView) -> impl IntoView {
    let home = org.map(|o| format!("/{}", o.slug)).unwrap_or_else(|| "/".into());
    let urgent = v.urgent.then(|| {
        view! {
            <div class="urgent-help" role="alert">
                <p><strong>{t.t("survey-done-urgent")}</strong></p>
                {super::help_numbers(t, org)}
            </div>
        }
    });
    view! {
        {urgent}
        <h1>{t.t("survey-done-title")}</h1>
        <p class="lead">{t.t("survey-done-body")}</p>
        <p><a class="button" href=home>{t.t("back-home")}</a></p>
    }
}

// ---- Staff ----

#[derive(Clone, Debug, Default)]
pub struct SurveyRowView {
    pub slug: String,
    pub title: String,
    pub status: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    pub responses: i64,
}

#[derive(Clone, Debug, Default)]
pub struct SurveysView {
    pub org_slug: String,
    pub rows: Vec<SurveyRowView>,
    pub can_build: bool,
    pub error: Option<String>,
    pub title: String,
    pub slug: String,
}

/// One question in the builder.
#[derive(Clone, Debug, Default)]
pub struct BuilderQuestion {
    pub id: String,
    pub kind: String,
    pub text: String,
    /// Per band (4-7, 8-11, 12-17, 16-25), empty when the same.
    pub by_band: Vec<(String, String)>,
    /// One option's words per line.
    pub options: String,
    pub part: String,
}

#[derive(Clone, Debug, Default)]
pub struct SurveyEditView {
    pub org_slug: String,
    pub slug: String,
    pub status: String,
    pub title: String,
    pub intro: String,
    pub intro_by_band: Vec<(String, String)>,
    pub bands: Vec<(String, bool)>,
    pub statuses: Vec<(String, bool)>,
    pub opens_on: String,
    pub closes_on: String,
    pub questions: Vec<BuilderQuestion>,
    pub published: bool,
    pub can_build: bool,
    pub error: Option<String>,
    pub saved: bool,
    pub responses: i64,
}

#[derive(Clone, Debug, Default)]
pub struct SurveyPreviewView {
    pub slug: String,
    pub band: String,
    pub bands: Vec<String>,
    pub title: String,
    pub intro: String,
    pub screens: Vec<SurveyScreenView>,
}

/// A table of results: (group label, answered shown, [(count shown, percent)]).
#[derive(Clone, Debug, Default)]
pub struct ResultsTable {
    pub heading: String,
    pub columns: Vec<String>,
    pub rows: Vec<(String, String, Vec<String>)>,
}

#[derive(Clone, Debug, Default)]
pub struct ResultsQuestion {
    pub text: String,
    pub kind: String,
    pub answered: String,
    /// (answer, count, percent, previous, change)
    pub answers: Vec<(String, String, String, String, String)>,
    pub tables: Vec<ResultsTable>,
}

#[derive(Clone, Debug, Default)]
pub struct SurveyResultsView {
    pub org_slug: String,
    pub slug: String,
    pub title: String,
    pub status: String,
    pub responses: String,
    pub previous: Option<(String, String)>,
    pub questions: Vec<ResultsQuestion>,
}

fn status_tag(t: &I18n, status: &str) -> impl IntoView {
    view! { <span class=format!("tag status-{status}")>{t.t(&format!("staff-survey-status-{status}"))}</span> }
}

pub(super) fn surveys_page(t: &I18n, v: SurveysView, csrf: String) -> impl IntoView {
    let rows = v
        .rows
        .into_iter()
        .map(|r| {
            let edit = format!("/staff/surveys/{}", r.slug);
            let results = format!("/staff/surveys/{}/results", r.slug);
            let dates = format!(
                "{} – {}",
                r.opens_on.unwrap_or_default(),
                r.closes_on.unwrap_or_default()
            );
            view! {
                <tr>
                    <td><a href=edit>{r.title}</a></td>
                    <td>{status_tag(t, &r.status)}</td>
                    <td>{dates}</td>
                    <td>{r.responses}</td>
                    <td><a href=results>{t.t("staff-survey-results")}</a></td>
                </tr>
            }
        })
        .collect_view();
    let error = v.error.map(|e| view! { <p class="field-error" role="alert">{e}</p> });
    let new_form = v.can_build.then(|| {
        view! {
            <h2>{t.t("staff-surveys-new")}</h2>
            {error}
            <form method="post" action="/staff/surveys" class="stack">
                <input type="hidden" name="csrf" value=csrf.clone() />
                <label for="new-title">{t.t("staff-survey-title-label")}</label>
                <input id="new-title" name="title" value=v.title.clone() required=true />
                <label for="new-slug">{t.t("staff-survey-slug-label")}</label>
                <input id="new-slug" name="slug" value=v.slug.clone() />
                <p><button type="submit" class="button primary">{t.t("staff-survey-create")}</button></p>
            </form>
        }
    });
    view! {
        <h1>{t.t("staff-surveys-title")}</h1>
        <table class="table">
            <thead><tr>
                <th>{t.t("staff-survey-title-label")}</th><th></th><th>{t.t("staff-survey-opens")}</th>
                <th>{t.t("staff-survey-answered")}</th><th></th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        {new_form}
    }
}

const KINDS: [&str; 5] = ["faces", "yes_no", "single", "multiple", "text"];

fn kind_select(t: &I18n, name: String, id: String, chosen: &str, disabled: bool) -> impl IntoView {
    let options = KINDS
        .iter()
        .map(|k| {
            let selected = *k == chosen;
            view! { <option value=*k selected=selected>{t.t(&format!("staff-survey-kind-{k}"))}</option> }
        })
        .collect_view();
    view! { <select id=id name=name disabled=disabled>{options}</select> }
}

fn band_fields(t: &I18n, prefix: &str, values: &[(String, String)]) -> impl IntoView {
    values
        .iter()
        .map(|(band, text)| {
            let id = format!("{prefix}-{band}");
            let name = format!("{prefix}_band_{band}");
            view! {
                <label for=id.clone() class="small">{t.ts("staff-survey-question-band", &[("band", band)])}</label>
                <input id=id name=name value=text.clone() />
            }
        })
        .collect_view()
}

pub(super) fn edit_page(t: &I18n, v: SurveyEditView, csrf: String) -> impl IntoView {
    let action = format!("/staff/surveys/{}", v.slug);
    let link = format!("/{}/surveys/{}", v.org_slug, v.slug);
    let qr = format!("/{}/surveys/{}/qr.svg", v.org_slug, v.slug);
    let results = format!("/staff/surveys/{}/results", v.slug);
    let locked = v.published;
    let readonly = !v.can_build;
    let error = v
        .error
        .clone()
        .map(|e| view! { <p class="field-error" role="alert">{e}</p> });
    let saved = v
        .saved
        .then(|| view! { <p class="note" role="status">{t.t("staff-survey-saved")}</p> });
    let previews = ["4-7", "8-11", "12-17", "16-25"]
        .iter()
        .map(|b| {
            let href = format!("/staff/surveys/{}/preview?band={b}", v.slug);
            view! { <a class="button secondary" href=href>{t.ts("staff-survey-preview", &[("band", b)])}</a> " " }
        })
        .collect_view();
    let n = v.questions.len();
    let questions = v
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let p = format!("q{i}");
            let options_disabled = locked || readonly;
            view! {
                <fieldset class="question-builder">
                    <legend>{format!("{}. {}", i + 1, q.text)}</legend>
                    <input type="hidden" name=format!("{p}_id") value=q.id.clone() />
                    <label for=format!("{p}-text")>{t.t("staff-survey-question-text")}</label>
                    <input id=format!("{p}-text") name=format!("{p}_text") value=q.text.clone() />
                    {band_fields(t, &p, &q.by_band)}
                    <label for=format!("{p}-kind")>{t.t("staff-survey-question-kind")}</label>
                    {kind_select(t, format!("{p}_kind"), format!("{p}-kind"), &q.kind, options_disabled)}
                    {options_disabled.then(|| view! { <input type="hidden" name=format!("{p}_kind") value=q.kind.clone() /> })}
                    <label for=format!("{p}-options")>{t.t("staff-survey-question-options")}</label>
                    <textarea id=format!("{p}-options") name=format!("{p}_options") rows="4"
                        inner_html=crate::escape_html(&q.options)></textarea>
                    <input type="hidden" name=format!("{p}_part") value=q.part.clone() />
                    {(!locked && !readonly).then(|| view! {
                        <p class="inline-buttons">
                            {(i > 0).then(|| view! { <button type="submit" class="button secondary" name="op" value=format!("up:{i}")>{t.t("staff-survey-up")}</button> })}
                            {(i + 1 < n).then(|| view! { <button type="submit" class="button secondary" name="op" value=format!("down:{i}")>{t.t("staff-survey-down")}</button> })}
                            <button type="submit" class="button secondary" name="op" value=format!("remove:{i}")>{t.t("staff-survey-remove")}</button>
                        </p>
                    })}
                </fieldset>
            }
        })
        .collect_view();
    let bands = v
        .bands
        .iter()
        .map(|(b, on)| {
            view! {
                <label class="choice"><input type="checkbox" name="audience" value=b.clone() checked=*on disabled=locked /><span>{b.clone()}</span></label>
            }
        })
        .collect_view();
    let statuses = v
        .statuses
        .iter()
        .map(|(c, on)| {
            let words = if c == "in_care" { t.t("survey-care-in_care") } else { t.t("survey-care-leaver") };
            view! {
                <label class="choice"><input type="checkbox" name="audience" value=c.clone() checked=*on disabled=locked /><span>{words}</span></label>
            }
        })
        .collect_view();
    let audience_hidden = locked.then(|| {
        v.bands
            .iter()
            .chain(v.statuses.iter())
            .filter(|(_, on)| *on)
            .map(|(x, _)| view! { <input type="hidden" name="audience" value=x.clone() /> })
            .collect_view()
    });
    let add = (!locked && !readonly).then(|| {
        view! {
            <fieldset class="question-builder">
                <legend>{t.t("staff-survey-add-question")}</legend>
                <label for="new-text">{t.t("staff-survey-question-text")}</label>
                <input id="new-text" name="new_text" />
                <label for="new-kind">{t.t("staff-survey-question-kind")}</label>
                {kind_select(t, "new_kind".into(), "new-kind".into(), "faces", false)}
                <label for="new-options">{t.t("staff-survey-question-options")}</label>
                <textarea id="new-options" name="new_options" rows="4"></textarea>
                <p><button type="submit" class="button secondary" name="op" value="add">{t.t("staff-survey-add-question")}</button></p>
            </fieldset>
        }
    });
    let status_buttons = (!readonly).then(|| {
        view! {
            <p class="inline-buttons">
                <button type="submit" class="button primary" name="op" value="save">{t.t("staff-survey-save")}</button>
                {(v.status == "draft" && !v.published).then(|| view! { <button type="submit" class="button primary" name="op" value="publish">{t.t("staff-survey-publish")}</button> })}
                {(v.status == "open").then(|| view! { <button type="submit" class="button secondary" name="op" value="close">{t.t("staff-survey-close")}</button> })}
                {v.published.then(|| view! { <button type="submit" class="button secondary" name="op" value="round">{t.t("staff-survey-new-round")}</button> })}
            </p>
        }
    });
    view! {
        <p><a href="/staff/surveys">{t.t("staff-surveys")}</a></p>
        <h1>{v.title.clone()} " " {status_tag(t, &v.status)}</h1>
        <p>{t.ts("staff-survey-responses", &[("count", &v.responses.to_string())])} " · " <a href=results>{t.t("staff-survey-results")}</a></p>
        <p>{t.t("staff-survey-link")} ": " <a href=link.clone()>{link.clone()}</a></p>
        <p><img src=qr.clone() alt=t.t("survey-qr-title") width="160" height="160" /> " " <a href=qr>{t.t("survey-qr-title")}</a></p>
        <p>{previews}</p>
        {locked.then(|| view! { <p class="note">{t.t("staff-survey-locked")}</p> })}
        {saved}
        {error}
        <form method="post" action=action class="stack" accept-charset="utf-8">
            <input type="hidden" name="csrf" value=csrf />
            // First, so pressing Enter in a field saves rather than moves a question.
            {(!readonly).then(|| view! {
                <p><button type="submit" class="button primary" name="op" value="save">{t.t("staff-survey-save")}</button></p>
            })}
            <label for="title">{t.t("staff-survey-title-label")}</label>
            <input id="title" name="title" value=v.title.clone() />
            <label for="intro">{t.t("staff-survey-intro-label")}</label>
            <textarea id="intro" name="intro" rows="3" inner_html=crate::escape_html(&v.intro)></textarea>
            {band_fields(t, "intro", &v.intro_by_band)}
            <fieldset>
                <legend>{t.t("staff-survey-audience")}</legend>
                <div class="choices two">{bands}{statuses}</div>
                {audience_hidden}
            </fieldset>
            <label for="opens_on">{t.t("staff-survey-opens")}</label>
            <input id="opens_on" name="opens_on" type="date" value=v.opens_on.clone() />
            <label for="closes_on">{t.t("staff-survey-closes")}</label>
            <input id="closes_on" name="closes_on" type="date" value=v.closes_on.clone() />
            <h2>{t.t("staff-survey-questions")}</h2>
            {questions}
            {add}
            {status_buttons}
            {v.published.then(|| view! {
                <label for="round_slug">{t.t("staff-survey-slug-label")}</label>
                <input id="round_slug" name="round_slug" />
            })}
        </form>
    }
}

pub(super) fn preview_page(t: &I18n, v: SurveyPreviewView) -> impl IntoView {
    let back = format!("/staff/surveys/{}", v.slug);
    let bands = v
        .bands
        .iter()
        .map(|b| {
            let href = format!("/staff/surveys/{}/preview?band={b}", v.slug);
            let current = (*b == v.band).then_some("page");
            view! { <a class="button secondary" href=href aria-current=current>{b.clone()}</a> " " }
        })
        .collect_view();
    let young = I18n::new("en", crate::model::AgeBand::parse(&v.band));
    let screens = v
        .screens
        .iter()
        .map(|s| {
            let part = s.part.clone().map(|p| view! { <p class="tag">{p}</p> });
            view! {
                <section class="preview-screen">
                    <p class="small">{young.ts("survey-progress", &[("n", &s.number.to_string()), ("total", &s.total.to_string())])}</p>
                    {part}
                    <h2>{s.text.clone()}</h2>
                    {inputs(&young, s)}
                </section>
            }
        })
        .collect_view();
    view! {
        <p><a href=back>{v.title.clone()}</a></p>
        <h1>{t.ts("staff-survey-preview", &[("band", &v.band)])}</h1>
        <p>{bands}</p>
        <div class="preview">
            <h2>{v.title.clone()}</h2>
            <p class="lead">{v.intro.clone()}</p>
            {screens}
        </div>
    }
}

pub(super) fn results_page(t: &I18n, v: SurveyResultsView) -> impl IntoView {
    let back = format!("/staff/surveys/{}", v.slug);
    let csv = format!("/api/v1/orgs/{}/surveys/{}/results?format=csv", v.org_slug, v.slug);
    let has_previous = v.previous.is_some();
    let previous = v.previous.clone().map(|(title, responses)| {
        view! { <p>{t.t("staff-survey-previous")} ": " {title} " · " {t.ts("staff-survey-responses", &[("count", &responses)])}</p> }
    });
    let questions = v
        .questions
        .into_iter()
        .map(|q| {
            let answers = q
                .answers
                .into_iter()
                .map(|(a, count, pct, prev, change)| {
                    view! {
                        <tr>
                            <th scope="row">{a}</th><td>{count}</td><td>{pct}</td>
                            {has_previous.then(|| view! { <td>{prev.clone()}</td><td>{change.clone()}</td> })}
                        </tr>
                    }
                })
                .collect_view();
            let tables = q
                .tables
                .into_iter()
                .map(|table| {
                    let heads = table.columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view();
                    let rows = table
                        .rows
                        .into_iter()
                        .map(|(g, answered, cells)| {
                            let cells = cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view();
                            view! { <tr><th scope="row">{g}</th><td>{answered}</td>{cells}</tr> }
                        })
                        .collect_view();
                    view! {
                        <details>
                            <summary>{table.heading}</summary>
                            <div class="table-wrap"><table class="table">
                                <thead><tr><th></th><th scope="col">{t.t("staff-survey-answered")}</th>{heads}</tr></thead>
                                <tbody>{rows}</tbody>
                            </table></div>
                        </details>
                    }
                })
                .collect_view();
            let note = (q.kind == "text").then(|| view! { <p class="small">{t.t("staff-survey-text-note")}</p> });
            view! {
                <section class="result-question">
                    <h2>{q.text}</h2>
                    <p>{t.t("staff-survey-answered")} ": " {q.answered}</p>
                    {note}
                    <div class="table-wrap"><table class="table">
                        <thead><tr>
                            <th scope="col">{t.t("staff-survey-answer")}</th>
                            <th scope="col">{t.t("staff-survey-count")}</th>
                            <th scope="col">{t.t("staff-survey-percent")}</th>
                            {has_previous.then(|| view! {
                                <th scope="col">{t.t("staff-survey-previous")}</th>
                                <th scope="col">{t.t("staff-survey-change")}</th>
                            })}
                        </tr></thead>
                        <tbody>{answers}</tbody>
                    </table></div>
                    {tables}
                </section>
            }
        })
        .collect_view();
    view! {
        <p><a href=back>{v.title.clone()}</a></p>
        <h1>{t.t("staff-survey-results")} ": " {v.title.clone()} " " {status_tag(t, &v.status)}</h1>
        <p>{t.ts("staff-survey-responses", &[("count", &v.responses)])}</p>
        {previous}
        <p class="small">{t.t("staff-survey-suppressed")}</p>
        <p><a class="button secondary" href=csv download="">{t.t("staff-survey-csv")}</a></p>
        {questions}
    }
}
