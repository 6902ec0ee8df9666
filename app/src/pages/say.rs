//! "Say it": choose an age band, then one plain HTML form, then thank you.

use crate::i18n::I18n;
use crate::model::{AgeBand, CareStatus, Kind, OrgPublic, ThemeChoice, MAX_TEXT_CHARS, MOOD_FACES};
use leptos::prelude::*;

/// What the young person has typed or chosen so far, kept exactly as sent
/// so a form with a problem comes back with everything still in it.
#[derive(Clone, Debug, PartialEq)]
pub struct SayValues {
    pub care_status: Option<String>,
    pub kind: Option<String>,
    pub themes: Vec<String>,
    pub mood: Option<String>,
    pub text: String,
    pub anonymous: bool,
    pub name: String,
    pub contact_email: String,
    pub email_consent: bool,
}

impl Default for SayValues {
    /// Anonymous unless the young person chooses otherwise.
    fn default() -> Self {
        SayValues {
            care_status: None,
            kind: None,
            themes: Vec::new(),
            mood: None,
            text: String::new(),
            anonymous: true,
            name: String::new(),
            contact_email: String::new(),
            email_consent: false,
        }
    }
}

// The fields are plain data the server's checks also name (`domain`
// must not reach into the pages).
pub use crate::model::SayField;

#[derive(Clone, Debug)]
pub struct SayForm {
    pub band: AgeBand,
    pub helper: bool,
    pub themes: Vec<ThemeChoice>,
    pub values: SayValues,
    /// (field, message already translated)
    pub errors: Vec<(SayField, String)>,
    /// Sent back with the form so a double tap or a retry stores one message.
    pub idempotency_key: String,
}

#[derive(Clone, Debug)]
pub struct Thanks {
    pub band: AgeBand,
    pub reply_code: String,
    pub urgent: bool,
    pub email_reply: bool,
    pub reply_within_days: u32,
    /// The promised reply date in words for the young person.
    pub reply_by: Option<String>,
}

pub(super) fn choose_age(t: &I18n, org: Option<&OrgPublic>, helper: bool) -> impl IntoView {
    let org = org.expect("say needs an organisation");
    let bands = [
        (AgeBand::Early, "🧸", "age-early", None),
        (AgeBand::Middle, "🎒", "age-middle", None),
        (AgeBand::Teen, "🎧", "age-teen", None),
        (AgeBand::Adult, "🔑", "age-adult", Some("age-adult-hint")),
    ];
    let helper_q = if helper { "&helper=1" } else { "" };
    let links = bands
        .into_iter()
        .map(|(band, icon, label, hint)| {
            // The youngest go straight to easy read: pictures, one question a screen.
            let href = if band == AgeBand::Early {
                format!(
                    "/{}/say/easy?age={}{}",
                    org.slug,
                    band.as_str(),
                    if helper { "&who=helper" } else { "" }
                )
            } else {
                format!("/{}/say?age={}{helper_q}", org.slug, band.as_str())
            };
            view! {
                <a class="big-choice" href=href>
                    <span class="icon" aria-hidden="true">{icon}</span>
                    <span>
                        <strong>{t.t(label)}</strong>
                        {hint.map(|h| view! { <br /><span class="hint">{t.t(h)}</span> })}
                    </span>
                </a>
            }
        })
        .collect_view();
    let helper_link = (!helper).then(|| {
        let href = format!("/{}/say?helper=1", org.slug);
        view! { <p><a href=href>{t.t("helper-link")}</a></p> }
    });
    let easy = format!("/{}/say/easy{}", org.slug, if helper { "?who=helper" } else { "" });
    view! {
        <div id="age-intro">
            <h1>{t.t("age-title")}</h1>
            <p class="lead">{t.t("age-intro")}</p>
        </div>
        {super::read_aloud(t, "age-intro")}
        {helper.then(|| view! { <p class="note">{t.t("helper-note")}</p> })}
        <nav class="big-choices" aria-label=t.t("age-title")>{links}</nav>
        <p>
            <a class="big-choice easy-link" href=easy>
                <span class="icon" aria-hidden="true">"🖼️"</span>
                <span><strong>{t.t("easy-link")}</strong><br /><span class="hint">{t.t("easy-link-hint")}</span></span>
            </a>
        </p>
        {helper_link}
    }
}

fn error_for(form: &SayForm, field: SayField) -> Option<String> {
    form.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone())
}

/// An inline problem message, tied to its input by `aria-describedby`.
fn field_error(message: Option<String>, field: SayField) -> impl IntoView {
    message.map(|m| view! { <p class="field-error" id=format!("{}-error", field.id())>{m}</p> })
}

pub(super) fn say_form(t: &I18n, org: Option<&OrgPublic>, form: SayForm) -> impl IntoView {
    let org = org.expect("say needs an organisation");
    let band = form.band;
    let v = form.values.clone();
    let action = format!("/{}/say", org.slug);
    let change_age = format!("/{}/say{}", org.slug, if form.helper { "?helper=1" } else { "" });

    let summary = (!form.errors.is_empty()).then(|| {
        let count = form.errors.len() as i64;
        let items = form
            .errors
            .iter()
            .map(|(field, message)| {
                let href = format!("#{}", field.id());
                view! { <li><a href=href>{message.clone()}</a></li> }
            })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" tabindex="-1" id="error-summary">
                <p><strong>{t.t_with("error-summary", &[("count", count.into())])}</strong></p>
                <ul>{items}</ul>
            </div>
        }
    });

    let care = (band != AgeBand::Early).then(|| {
        let choices = CareStatus::ALL
            .iter()
            .map(|status| {
                let checked = v.care_status.as_deref() == Some(status.as_str());
                view! {
                    <label class="choice">
                        <input type="radio" name="care_status" value=status.as_str() checked=checked />
                        <span>{t.t(&format!("care-{}", status.as_str()))}</span>
                    </label>
                }
            })
            .collect_view();
        let err = error_for(&form, SayField::CareStatus);
        view! {
            <fieldset id="care_status">
                <legend>{t.t("care-legend")}</legend>
                {field_error(err, SayField::CareStatus)}
                <div class="choices two">{choices}</div>
            </fieldset>
        }
    });

    let kinds = Kind::ALL
        .iter()
        .map(|kind| {
            let checked = v.kind.as_deref() == Some(kind.as_str());
            view! {
                <label class="choice">
                    <input type="radio" name="kind" value=kind.as_str() checked=checked required=true />
                    <span class="icon" aria-hidden="true">{kind.icon()}</span>
                    <span>{t.t(&format!("kind-{}", kind.as_str()))}</span>
                </label>
            }
        })
        .collect_view();

    let themes = form
        .themes
        .iter()
        .map(|theme| {
            let checked = v.themes.contains(&theme.slug);
            view! {
                <label class="choice">
                    <input type="checkbox" name="themes" value=theme.slug.clone() checked=checked />
                    <span class="icon" aria-hidden="true">{theme.icon.clone()}</span>
                    <span>{theme.label.clone()}</span>
                </label>
            }
        })
        .collect_view();

    let moods = MOOD_FACES
        .iter()
        .map(|(value, face)| {
            let checked = v.mood.as_deref() == Some(value.to_string().as_str());
            let label = t.t(&format!("mood-{value}"));
            view! {
                <label class="face">
                    <input type="radio" name="mood" value=value.to_string() checked=checked />
                    <span class="icon" aria-hidden="true">{*face}</span>
                    <span class="face-label">{label}</span>
                </label>
            }
        })
        .collect_view();

    let text_err = error_for(&form, SayField::Text);
    let text_described = if text_err.is_some() {
        "text-hint text-error"
    } else {
        "text-hint"
    };
    let name_err = error_for(&form, SayField::Name);
    let email_err = error_for(&form, SayField::Email);
    let max = MAX_TEXT_CHARS.to_string();

    view! {
        <div id="say-intro">
            <h1>{t.t("say-title")}</h1>
            <p class="lead">{t.ts("say-intro", &[("org", &org.name)])}</p>
        </div>
        {super::read_aloud(t, "say-intro")}
        <p class="small"><a href=change_age>{t.t("change-age")}</a></p>
        {form.helper.then(|| view! { <p class="note">{t.t("helper-note")}</p> })}
        {summary}
        <form id="say-form" method="post" action=action accept-charset="utf-8" novalidate=true>
            <input type="hidden" name="age_band" value=band.as_str() />
            <input type="hidden" name="idempotency_key" value=form.idempotency_key.clone() />
            <input type="hidden" name="language" value=t.lang />
            {form.helper.then(|| view! { <input type="hidden" name="helper" value="1" /> })}
            {care}
            <fieldset id="kind">
                <legend>{t.t("kind-legend")}</legend>
                {field_error(error_for(&form, SayField::Kind), SayField::Kind)}
                <div class="choices">{kinds}</div>
            </fieldset>
            <fieldset id="themes">
                <legend>{t.t("themes-legend")}</legend>
                {field_error(error_for(&form, SayField::Themes), SayField::Themes)}
                <div class="choices">{themes}</div>
            </fieldset>
            <fieldset id="mood">
                <legend>{t.t("mood-legend")}</legend>
                {field_error(error_for(&form, SayField::Mood), SayField::Mood)}
                <div class="faces">{moods}</div>
            </fieldset>
            <div class="field">
                <label for="text">{t.t("text-label")}</label>
                <p class="hint" id="text-hint">{t.ts("text-hint", &[("max", &max)])}</p>
                {field_error(text_err.clone(), SayField::Text)}
                <textarea id="text" name="text" rows="6" maxlength=max.clone() dir="auto"
                    aria-describedby=text_described aria-invalid=text_err.is_some().then_some("true")
                    inner_html=format!("\n{}", crate::escape_html(&v.text))></textarea>
            </div>
            <fieldset id="who">
                <legend>{t.t("who-legend")}</legend>
                <p class="hint">{t.ts("who-explain", &[("org", &org.name)])}</p>
                <label class="choice wide">
                    <input type="radio" name="anonymous" value="yes" checked=v.anonymous />
                    <span><strong>{t.t("who-anonymous")}</strong><br /><span class="hint">{t.t("who-anonymous-hint")}</span></span>
                </label>
                <label class="choice wide">
                    <input type="radio" name="anonymous" value="no" checked=!v.anonymous />
                    <span><strong>{t.t("who-named")}</strong><br /><span class="hint">{t.t("who-named-hint")}</span></span>
                </label>
                <div class="named-details">
                    <div class="field">
                        <label for="name">{t.t("name-label")}</label>
                        {field_error(name_err.clone(), SayField::Name)}
                        <input type="text" id="name" name="name" value=v.name.clone() autocomplete="name" dir="auto"
                            maxlength="100" aria-invalid=name_err.is_some().then_some("true") />
                    </div>
                    <div class="field">
                        <label for="contact_email">{t.t("email-label")}</label>
                        {field_error(email_err.clone(), SayField::Email)}
                        <input type="email" id="contact_email" name="contact_email" value=v.contact_email.clone()
                            autocomplete="email" inputmode="email" maxlength="254" dir="ltr"
                            aria-invalid=email_err.is_some().then_some("true") />
                    </div>
                    <label class="choice wide">
                        <input type="checkbox" name="email_consent" value="yes" checked=v.email_consent />
                        <span>{t.t("email-consent")}</span>
                    </label>
                </div>
            </fieldset>
            <p class="hint">{t.t("send-hint")}</p>
            <button type="submit" class="button primary send">{t.t("send")}</button>
        </form>
    }
}

pub(super) fn thanks(t: &I18n, org: Option<&OrgPublic>, thanks: Thanks) -> impl IntoView {
    let org = org.expect("thanks needs an organisation");
    let say = format!("/{}/say?age={}", org.slug, thanks.band.as_str());
    let reply = format!("/{}/reply", org.slug);
    let days = thanks.reply_within_days.to_string();
    let words: Vec<String> = thanks.reply_code.split('-').map(str::to_string).collect();
    let urgent = thanks.urgent.then(|| {
        view! {
            <section class="urgent-help" aria-labelledby="urgent-title">
                <h2 id="urgent-title">{t.t("help-title")}</h2>
                <p>{t.t("help-urgent")}</p>
                {super::help_numbers(t, Some(org))}
            </section>
        }
    });
    view! {
        {urgent}
        <div id="thanks">
            <h1>{t.t("thanks-title")}</h1>
            <p class="lead">{t.t("thanks-saved")}</p>
            <div class="reply-code">
                <p>{t.t("thanks-code-label")}</p>
                // One word a line: nothing to misread where a long code would wrap.
                <p class="code" dir="ltr" data-reply-code=thanks.reply_code.clone()>
                    {words.into_iter().map(|w| view! { <span class="word">{w}</span> }).collect_view()}
                </p>
                <p>{t.t("thanks-code-keep")}</p>
            </div>
            <h2>{t.t("thanks-next-title")}</h2>
            <p>{t.ts("thanks-next", &[("days", &days)])}</p>
            {thanks.reply_by.as_ref().map(|date| view! { <p class="reply-by" id="reply-by"><strong>{t.ts("thanks-reply-by", &[("date", date)])}</strong></p> })}
            {thanks.email_reply.then(|| view! { <p>{t.t("thanks-next-email")}</p> })}
        </div>
        {super::read_aloud(t, "thanks")}
        <p class="actions">
            <a class="button" href=reply>{t.t("thanks-check")}</a>
            <a class="button secondary" href=say>{t.t("thanks-again")}</a>
        </p>
    }
}
