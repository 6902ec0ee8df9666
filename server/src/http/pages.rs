//! The young people's pages: plain HTML forms handled here, drawn by the
//! `app` crate. Every page works with JavaScript off.

use super::language::Lang;
use super::AppState;
use crate::domain::{FeedbackInput, Problem, ReplyCode};
use crate::service::feedback::{self, SubmitError, Submitted};
use crate::service::orgs::{self, Org};
use app::i18n::I18n;
use app::model::{AgeBand, HelpContacts, OrgPublic, ThemeChoice, MAX_TEXT_CHARS};
use app::pages::{
    EasyState, EasyStep, EasyView, HelpPage, Page, PageState, ReplyPage, ReplyResult, ReplyView, SayField, SayForm,
    SayValues, Thanks,
};
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use serde::Deserialize;

/// Draws a page. Each response gets its own nonce, named in its Content
/// Security Policy, so only our own hydration script runs inline.
pub async fn render(app: &AppState, page: PageState, status: StatusCode) -> Response {
    let options = app.leptos.clone();
    let assets = app.assets.clone();
    let sign_in = match &page.page {
        app::pages::Page::Staff(_, app::pages::StaffPage::Login { .. }) => Some(super::oidc::choice(app).await),
        _ => None,
    };
    let language = page.i18n.lang;
    let nonce = leptos::nonce::Nonce::new();
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    );
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(page.clone());
            provide_context(nonce.clone());
            provide_context(assets.clone());
            if let Some(choice) = sign_in.clone() {
                provide_context(choice);
            }
        },
        move || app::shell(options.clone()),
    );
    let request = Request::builder()
        .uri("/")
        .body(Body::empty())
        .expect("a static request is valid");
    let response = handler(request).await;
    let (mut parts, body) = response.into_parts();
    let html = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => super::valid_html::tidy(&String::from_utf8_lossy(&bytes)),
        Err(e) => {
            tracing::error!(error = %e, "a page could not be rendered");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    let mut response = Response::from_parts(parts, Body::from(html));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    // Shared phones: never keep a copy of a child's page in the cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(language));
    response
}

pub(super) fn public_org(org: &Org) -> OrgPublic {
    OrgPublic {
        slug: org.slug.clone(),
        name: org.name.clone(),
        term_in_care: org.term_in_care.clone(),
        help: HelpContacts {
            out_of_hours_phone: org.out_of_hours_phone.clone(),
            advocacy: org.advocacy_contact.clone(),
            complaints: org.complaints_contact.clone(),
        },
        languages: org.visible_languages().into_iter().map(str::to_string).collect(),
    }
}

/// A young person's page of `org`, in the request's language.
pub(super) fn state(lang: &Lang, org: &Org, band: Option<AgeBand>, page: Page) -> PageState {
    PageState {
        i18n: lang.i18n(Some(org), band),
        org: Some(public_org(org)),
        page,
    }
}

/// Finds the organisation, or answers with the "can't find that page" page.
pub(super) async fn org_or_404(app: &AppState, lang: &Lang, slug: &str) -> Result<Org, Response> {
    let remembered = || app.last_seen_orgs.lock().unwrap_or_else(|e| e.into_inner());
    match orgs::by_slug(&app.db, slug).await {
        Ok(Some(org)) => {
            let mut seen = remembered();
            // Bounded: only real organisations are kept, and there are few.
            if seen.len() < 10_000 {
                seen.insert(org.slug.clone(), org.clone());
            }
            Ok(org)
        }
        Ok(None) => Err(not_found_page(app, lang).await),
        Err(e) => {
            tracing::error!(error = %e, "cannot read organisation");
            let last_seen = remembered().get(slug).cloned();
            match last_seen {
                Some(org) => Ok(org),
                None => Err(unavailable(app, lang).await),
            }
        }
    }
}

pub(super) async fn not_found_page(app: &AppState, lang: &Lang) -> Response {
    let page = PageState {
        i18n: lang.i18n(None, None),
        org: None,
        page: Page::NotFound,
    };
    render(app, page, StatusCode::NOT_FOUND).await
}

pub(super) async fn unavailable(app: &AppState, lang: &Lang) -> Response {
    let page = PageState {
        i18n: lang.i18n(None, None),
        org: None,
        page: Page::NotFound,
    };
    render(app, page, StatusCode::SERVICE_UNAVAILABLE).await
}

/// Any address nothing else answers, in the reader's language.
pub async fn fallback(State(app): State<AppState>, lang: Lang) -> Response {
    not_found_page(&app, &lang).await
}

/// "Not found" for staff pages, which are in English.
pub async fn not_found(State(app): State<AppState>) -> Response {
    not_found_page(&app, &Lang::default()).await
}

pub async fn home(State(app): State<AppState>, lang: Lang, Path(slug): Path<String>) -> Response {
    match org_or_404(&app, &lang, &slug).await {
        Ok(org) => render(&app, state(&lang, &org, None, Page::Home), StatusCode::OK).await,
        Err(response) => response,
    }
}

#[derive(Deserialize)]
pub struct SayQuery {
    age: Option<String>,
    helper: Option<String>,
}

fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The organisation's themes as young people of `band` see them, in the
/// page's language while the organisation keeps a theme's default name
/// (a council's own name for a theme is shown as the council wrote it).
pub(super) async fn theme_choices(
    app: &AppState,
    t: &I18n,
    org: &Org,
    band: AgeBand,
) -> Result<Vec<ThemeChoice>, sqlx::Error> {
    let young = matches!(band, AgeBand::Early | AgeBand::Middle);
    Ok(orgs::active_themes(&app.db, org.id)
        .await?
        .into_iter()
        .map(|th| {
            let default = crate::demo::DEFAULT_THEMES.iter().find(|d| d.0 == th.slug);
            let label = match default {
                Some((_, _, young_label, _)) if young && th.young_label == *young_label => {
                    t.t(&format!("theme-{}-young", th.slug))
                }
                Some((_, label, _, _)) if !young && th.label == *label => t.t(&format!("theme-{}", th.slug)),
                _ if young => th.young_label,
                _ => th.label,
            };
            ThemeChoice {
                slug: th.slug,
                label,
                icon: th.icon,
            }
        })
        .collect())
}

pub async fn say_page(
    State(app): State<AppState>,
    lang: Lang,
    Path(slug): Path<String>,
    Query(q): Query<SayQuery>,
) -> Response {
    let org = match org_or_404(&app, &lang, &slug).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let helper = q.helper.as_deref() == Some("1");
    let Some(band) = q.age.as_deref().and_then(AgeBand::parse) else {
        return render(
            &app,
            state(&lang, &org, None, Page::ChooseAge { helper }),
            StatusCode::OK,
        )
        .await;
    };
    let themes = match theme_choices(&app, &lang.i18n(Some(&org), Some(band)), &org, band).await {
        Ok(t) => t,
        Err(_) => return unavailable(&app, &lang).await,
    };
    let form = SayForm {
        band,
        helper,
        themes,
        values: SayValues::default(),
        errors: Vec::new(),
        idempotency_key: new_key(),
    };
    render(&app, state(&lang, &org, Some(band), Page::Say(form)), StatusCode::OK).await
}

/// One screen of the easy-read path (see `app::pages::EasyView`): what was
/// chosen so far is in the address; `step` shows an earlier screen again.
pub async fn easy_page(
    State(app): State<AppState>,
    lang: Lang,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let org = match org_or_404(&app, &lang, &slug).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .into_owned()
        .collect();
    let easy = EasyState::from_pairs(&pairs);
    // An earlier screen may be asked for again; a later one only once the
    // ones before it are answered.
    let next = easy.next_step();
    let step = field(&pairs, "step")
        .and_then(EasyStep::parse)
        .filter(|s| EasyStep::ALL.iter().position(|x| x == s) <= EasyStep::ALL.iter().position(|x| *x == next))
        .unwrap_or(next);
    easy_screen(
        &app,
        &lang,
        &org,
        easy,
        step,
        String::new(),
        Vec::new(),
        new_key(),
        StatusCode::OK,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn easy_screen(
    app: &AppState,
    lang: &Lang,
    org: &Org,
    easy: EasyState,
    step: EasyStep,
    text: String,
    errors: Vec<String>,
    idempotency_key: String,
    status: StatusCode,
) -> Response {
    let band = easy.age;
    let t = lang.i18n(Some(org), band);
    let themes = match theme_choices(app, &t, org, band.unwrap_or(AgeBand::Early)).await {
        Ok(themes) => themes,
        Err(_) => return unavailable(app, lang).await,
    };
    let view = EasyView {
        state: easy,
        step,
        themes,
        idempotency_key,
        text,
        errors,
    };
    render(app, state(lang, org, band, Page::Easy(view)), status).await
}

/// The fields of a urlencoded form, in order, with repeats (theme boxes).
fn form_fields(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn say_values(fields: &[(String, String)]) -> SayValues {
    let get = |name: &str| field(fields, name).unwrap_or("").to_string();
    let non_empty = |name: &str| field(fields, name).filter(|v| !v.is_empty()).map(str::to_string);
    SayValues {
        care_status: non_empty("care_status"),
        kind: non_empty("kind"),
        themes: fields
            .iter()
            .filter(|(k, _)| k == "themes")
            .map(|(_, v)| v.clone())
            .collect(),
        mood: non_empty("mood"),
        text: get("text"),
        anonymous: field(fields, "anonymous") != Some("no"),
        name: get("name"),
        contact_email: get("contact_email"),
        email_consent: field(fields, "email_consent") == Some("yes"),
    }
}

fn say_input(v: &SayValues, band: AgeBand, helper: bool, language: &str, easy_read: bool) -> FeedbackInput {
    FeedbackInput {
        kind: v.kind.clone(),
        text: Some(v.text.clone()),
        // Anything that is not a number 1-5 becomes 0, which the check refuses.
        mood: v.mood.as_deref().map(|m| m.parse().unwrap_or(0)),
        themes: v.themes.clone(),
        age_band: Some(band.as_str().to_string()),
        care_status: v.care_status.clone(),
        anonymous: Some(v.anonymous),
        name: Some(v.name.clone()),
        contact_email: Some(v.contact_email.clone()),
        email_consent: Some(v.email_consent),
        reported_unsafe: false,
        helper,
        language: Some(language.to_string()),
        easy_read,
    }
}

fn translate(t: &I18n, problems: &[Problem]) -> Vec<(SayField, String)> {
    let max = MAX_TEXT_CHARS.to_string();
    problems
        .iter()
        .map(|p| (p.field, t.ts(p.message, &[("max", &max)])))
        .collect()
}

fn form_key(fields: &[(String, String)]) -> String {
    field(fields, "idempotency_key")
        .filter(|k| super::api::valid_idempotency_key(k))
        .map(str::to_string)
        .unwrap_or_else(new_key)
}

/// The language a form says its words are in (the page's, unless the form
/// names one); an unknown name is kept as written so the check refuses it.
fn form_language(fields: &[(String, String)], t: &I18n) -> String {
    field(fields, "language")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| t.lang.to_string())
}

pub async fn say_submit(State(app): State<AppState>, lang: Lang, Path(slug): Path<String>, body: Bytes) -> Response {
    let org = match org_or_404(&app, &lang, &slug).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let fields = form_fields(&body);
    let helper = field(&fields, "helper") == Some("1");
    let easy_read = field(&fields, "easy") == Some("1");
    let Some(band) = field(&fields, "age_band").and_then(AgeBand::parse) else {
        return render(
            &app,
            state(&lang, &org, None, Page::ChooseAge { helper }),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let values = say_values(&fields);
    let key = form_key(&fields);
    let t = lang.i18n(Some(&org), Some(band));
    let language = form_language(&fields, &t);
    let result = feedback::submit_from_form(
        &app.db,
        &org,
        say_input(&values, band, helper, &language, easy_read),
        Some(&key),
        crate::now(),
        app.config.today(crate::now()),
    )
    .await;
    let (errors, status) = match result {
        Ok(done) => {
            let email_reply = values.email_consent && !values.anonymous;
            return thanks(&app, &lang, &org, Some(band), done, email_reply).await;
        }
        Err(SubmitError::Invalid(problems)) => (translate(&t, &problems), StatusCode::UNPROCESSABLE_ENTITY),
        // submit_from_form sends a reused key's new words as a new message.
        Err(SubmitError::KeyReused) => (vec![(SayField::Form, t.t("error-generic"))], StatusCode::CONFLICT),
        Err(SubmitError::Database(e)) => {
            tracing::error!(error = %e, "could not store feedback");
            (
                vec![(SayField::Form, t.t("error-not-sent-yet"))],
                StatusCode::SERVICE_UNAVAILABLE,
            )
        }
    };
    if easy_read {
        // Back to the easy-read screen it came from, with the words kept.
        let easy = EasyState {
            age: Some(band),
            helper: Some(helper),
            kind: values.kind.as_deref().and_then(app::model::Kind::parse),
            themes: Some(values.themes.clone()),
            mood: values.mood.as_deref().and_then(|m| m.parse().ok()),
        };
        // The last screen, where the words are, with what is missing shown.
        let messages = errors.into_iter().map(|(_, m)| m).collect();
        return easy_screen(
            &app,
            &lang,
            &org,
            easy,
            EasyStep::Send,
            values.text,
            messages,
            key,
            status,
        )
        .await;
    }
    let themes = theme_choices(&app, &t, &org, band).await.unwrap_or_default();
    let form = SayForm {
        band,
        helper,
        themes,
        values,
        errors,
        idempotency_key: key,
    };
    render(&app, state(&lang, &org, Some(band), Page::Say(form)), status).await
}

async fn thanks(
    app: &AppState,
    lang: &Lang,
    org: &Org,
    band: Option<AgeBand>,
    done: Submitted,
    email_reply: bool,
) -> Response {
    let thanks = Thanks {
        band: band.unwrap_or(AgeBand::Teen),
        reply_code: done.reply_code,
        urgent: done.urgent,
        email_reply,
        reply_within_days: org.reply_within_days as u32,
        reply_by: done
            .reply_by
            .as_deref()
            .map(|d| long_date(&lang.i18n(Some(org), band), d)),
    };
    render(app, state(lang, org, band, Page::Thanks(thanks)), StatusCode::OK).await
}

pub async fn help_page(State(app): State<AppState>, lang: Lang, Path(slug): Path<String>) -> Response {
    match org_or_404(&app, &lang, &slug).await {
        Ok(org) => {
            let page = HelpPage {
                idempotency_key: new_key(),
                ..Default::default()
            };
            render(&app, state(&lang, &org, None, Page::Help(page)), StatusCode::OK).await
        }
        Err(response) => response,
    }
}

/// "I don't feel safe": the message is urgent whatever it says.
pub async fn help_submit(State(app): State<AppState>, lang: Lang, Path(slug): Path<String>, body: Bytes) -> Response {
    let org = match org_or_404(&app, &lang, &slug).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let fields = form_fields(&body);
    let text = field(&fields, "text").unwrap_or("").to_string();
    let contact = field(&fields, "contact").unwrap_or("").trim().to_string();
    let key = form_key(&fields);
    let t = lang.i18n(Some(&org), None);
    let input = FeedbackInput {
        kind: Some("worry".into()),
        text: Some(text.clone()),
        anonymous: Some(contact.is_empty()),
        name: Some(contact.clone()),
        reported_unsafe: true,
        language: Some(form_language(&fields, &t)),
        ..Default::default()
    };
    let error = match feedback::submit_from_form(
        &app.db,
        &org,
        input,
        Some(&key),
        crate::now(),
        app.config.today(crate::now()),
    )
    .await
    {
        Ok(done) => return thanks(&app, &lang, &org, None, done, false).await,
        Err(SubmitError::Invalid(problems)) => translate(&t, &problems)
            .into_iter()
            .map(|(_, m)| m)
            .collect::<Vec<_>>()
            .join(" "),
        Err(SubmitError::KeyReused) => t.t("error-generic"),
        Err(SubmitError::Database(e)) => {
            tracing::error!(error = %e, "could not store an unsafe report");
            t.t("error-generic")
        }
    };
    let page = HelpPage {
        text,
        contact,
        error: Some(error),
        idempotency_key: key,
    };
    render(
        &app,
        state(&lang, &org, None, Page::Help(page)),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn reply_page(State(app): State<AppState>, lang: Lang, Path(slug): Path<String>) -> Response {
    match org_or_404(&app, &lang, &slug).await {
        Ok(org) => {
            render(
                &app,
                state(&lang, &org, None, Page::Reply(ReplyPage::default())),
                StatusCode::OK,
            )
            .await
        }
        Err(response) => response,
    }
}

pub async fn reply_submit(
    State(app): State<AppState>,
    lang: Lang,
    client: super::limits::ClientAddr,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    let org = match org_or_404(&app, &lang, &slug).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let fields = form_fields(&body);
    let typed = field(&fields, "code").unwrap_or("").to_string();
    let t = lang.i18n(Some(&org), None);
    let org_key = org.id.to_string();
    let (error, status) = if !app.reply_lookups.allow(&app.db, &client.rate_key()).await
        || app.reply_failures.exhausted(&app.db, &org_key).await
    {
        (t.t("reply-limited"), StatusCode::TOO_MANY_REQUESTS)
    } else {
        let found = match ReplyCode::parse(&typed) {
            Some(code) => feedback::reply_for(&app.db, &org, &code).await,
            None => Ok(None),
        };
        if let Ok(None) = found {
            app.reply_failures.hit(&app.db, &org_key).await;
        }
        match found {
            Ok(Some(info)) => {
                let today = app.config.today(crate::now());
                let waiting = matches!(info.status, "sent" | "read");
                let reply_by = info.reply_by.as_deref().filter(|_| waiting).map(|d| {
                    let late = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok_and(|d| d < today);
                    (long_date(&t.with_band(info.age_band), d), late)
                });
                let result = ReplyResult {
                    action_news: info
                        .action_news
                        .clone()
                        .map(|(status, day)| (status, long_date(&t.with_band(info.age_band), &day))),
                    reply_by,
                    action_link: info
                        .action_id
                        .map(|id| format!("/{}/you-said-we-did#action-{id}", org.slug)),
                    band: info.age_band,
                    status: info.status.to_string(),
                    replies: info
                        .replies
                        .into_iter()
                        .map(|r| ReplyView {
                            date: r.date,
                            text: r.text,
                        })
                        .collect(),
                };
                let page = ReplyPage {
                    code: info.reply_code,
                    error: None,
                    result: Some(result),
                };
                return render(&app, state(&lang, &org, None, Page::Reply(page)), StatusCode::OK).await;
            }
            Ok(None) => (t.t("reply-not-found"), StatusCode::NOT_FOUND),
            Err(e) => {
                tracing::error!(error = %e, "cannot look up a reply code");
                (t.t("error-generic"), StatusCode::SERVICE_UNAVAILABLE)
            }
        }
    };
    let page = ReplyPage {
        code: typed,
        error: Some(error),
        result: None,
    };
    render(&app, state(&lang, &org, None, Page::Reply(page)), status).await
}

/// A date as a young person reads it ("Friday 4 December") in languages
/// that have the words for it; otherwise as `2026-12-04`, which every
/// reader can work out.
pub(super) fn long_date(t: &I18n, iso: &str) -> String {
    use chrono::Datelike;
    match chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
        Ok(date) if t.has("date-long") => {
            let weekday = t.t(&format!("weekday-{}", date.weekday().number_from_monday()));
            let month = t.t(&format!("month-{}", date.month()));
            let day = date.day().to_string();
            t.ts("date-long", &[("weekday", &weekday), ("day", &day), ("month", &month)])
        }
        _ => iso.to_string(),
    }
}
