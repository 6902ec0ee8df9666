//! The young people's pages. The server decides which page to show and
//! with what data (a [`PageState`] in context); these functions only draw.

mod actions;
mod admin;
mod alerts_admin;
mod chrome;
mod council;
mod easy;
mod group_feedback;
mod help;
mod home;
mod lifecycle;
mod promises;
mod reply;
mod report;
mod say;
mod staff;
mod surveys;
mod you_said_we_did;

pub use actions::{ActionForm, ActionRow, ActionView, ActionsView, ACTION_STATUSES};
pub use admin::{AdminView, InviteView, SettingsView, ThemeAdminRow, UserAdminRow};
pub use alerts_admin::AlertAdminView;
pub use council::{SignInAdminView, SignInChoice};
pub use easy::{EasyState, EasyStep, EasyView};
pub use group_feedback::GroupFeedbackView;
pub use help::HelpPage;
pub use lifecycle::PeopleView;
pub use promises::{PromiseView, PromisesPage};
pub use reply::{ReplyPage, ReplyResult, ReplyView};
pub use report::{
    bar_chart, mood_chart, ReportAction, ReportPromise, ReportRow, ReportSection, ReportSummary, ReportSurvey,
    ReportView,
};
pub use say::{SayField, SayForm, SayValues, Thanks};
pub use staff::{
    AlertRow, AlertsView, AuditView, ItemAlert, ItemView, QueueFilterView, QueueRow, QueueView, StaffHeader, StaffPage,
    STATUSES,
};
pub use surveys::{
    BuilderQuestion, ResultsQuestion, ResultsTable, SurveyDoneView, SurveyEditView, SurveyListView, SurveyPreviewView,
    SurveyResultsView, SurveyRowView, SurveyScreenView, SurveyStartView, SurveysView,
};
pub use you_said_we_did::YouSaidWeDidPage;

use crate::i18n::{I18n, Piece};
use crate::islands::ReadAloud;
use crate::model::OrgPublic;
use leptos::prelude::*;

pub use chrome::NEUTRAL_SITE;

/// Runs first on every young person's page: after a quick exit, Back (or
/// Forward) into Sayso in the same tab goes straight out to the neutral
/// site again and draws nothing. Opening Sayso afresh works as normal.
pub const EXIT_GUARD: &str = "try{if(sessionStorage.getItem('sayso-exit')){var n=performance.getEntriesByType('navigation')[0];\
if(n&&n.type==='back_forward'){document.documentElement.style.display='none';location.replace('https://www.bbc.co.uk/weather')}\
else{sessionStorage.removeItem('sayso-exit')}}}catch(e){}";

/// Everything a page needs, decided by the server before rendering.
#[derive(Clone, Debug)]
pub struct PageState {
    pub i18n: I18n,
    pub org: Option<OrgPublic>,
    pub page: Page,
}

// One page is built per request, so the size of the largest variant costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Page {
    Home,
    ChooseAge {
        helper: bool,
    },
    Say(SayForm),
    /// One screen of the easy-read path.
    Easy(EasyView),
    Thanks(Thanks),
    Help(HelpPage),
    Reply(ReplyPage),
    YouSaidWeDid(YouSaidWeDidPage),
    Promises(PromisesPage),
    SurveyList(SurveyListView),
    SurveyStart(SurveyStartView),
    SurveyScreen(SurveyScreenView),
    SurveyDone(SurveyDoneView),
    NotFound,
    Staff(Option<StaffHeader>, StaffPage),
}

impl PageState {
    pub fn title(&self) -> String {
        let t = &self.i18n;
        let page = match &self.page {
            Page::Home => t.t("home-title"),
            Page::ChooseAge { .. } => t.t("age-title"),
            Page::Say(_) => t.t("say-title"),
            Page::Easy(v) => format!(
                "{} · {}",
                t.ts(
                    "easy-step",
                    &[("n", &v.number().to_string()), ("total", &v.total().to_string())]
                ),
                t.t("easy-title")
            ),
            Page::Thanks(_) => t.t("thanks-title"),
            Page::Help(_) => t.t("help-title"),
            Page::Reply(_) => t.t("reply-title"),
            Page::YouSaidWeDid(_) => t.t("you-said-we-did-title"),
            Page::Promises(_) => t.t("promises-title"),
            Page::SurveyList(_) => t.t("surveys-title"),
            Page::SurveyStart(v) => v.title.clone(),
            Page::SurveyScreen(v) => format!(
                "{} · {}",
                t.ts(
                    "survey-progress",
                    &[("n", &v.number.to_string()), ("total", &v.total.to_string())]
                ),
                v.title
            ),
            Page::SurveyDone(_) => t.t("survey-done-title"),
            Page::NotFound => t.t("not-found-title"),
            Page::Staff(_, StaffPage::Login { .. }) => t.t("staff-title"),
            Page::Staff(_, StaffPage::Queue(_)) => t.t("queue-title"),
            Page::Staff(_, StaffPage::Item(item)) => t.ts("item-title", &[("id", &item.id.to_string())]),
            Page::Staff(_, StaffPage::Forbidden) => t.t("forbidden-title"),
            Page::Staff(_, StaffPage::Alerts(_)) => t.t("alerts-title"),
            Page::Staff(_, StaffPage::Audit(_)) => t.t("audit-title"),
            Page::Staff(_, StaffPage::GroupFeedback(_)) => t.t("group-title"),
            Page::Staff(_, StaffPage::Admin(_)) => t.t("admin-title"),
            Page::Staff(_, StaffPage::Actions(_)) => t.t("actions-title"),
            Page::Staff(_, StaffPage::Action(a)) => format!("{} #{}", t.t("staff-actions"), a.id),
            Page::Staff(_, StaffPage::Invite(_)) => t.t("invite-title"),
            Page::Staff(_, StaffPage::Surveys(_)) => t.t("staff-surveys-title"),
            Page::Staff(_, StaffPage::SurveyEdit(v)) => v.title.clone(),
            Page::Staff(_, StaffPage::SurveyPreview(v)) => t.ts("staff-survey-preview", &[("band", &v.band)]),
            Page::Staff(_, StaffPage::SurveyResults(v)) => format!("{} · {}", t.t("staff-survey-results"), v.title),
            Page::Staff(_, StaffPage::Report(r)) => t.ts("report-title", &[("org", &r.org_name)]),
        };
        match &self.org {
            Some(org) => format!("{page} · {} · {}", org.name, t.t("site-name")),
            None => format!("{page} · {}", t.t("site-name")),
        }
    }
}

impl PageState {
    /// The address of this page as a link can reach it again (a form's
    /// answer goes back to its form): where the language picker sends the
    /// reader, with `lang` added. Never carries what a child typed.
    pub fn here(&self) -> String {
        let org = self.org.as_ref().map(|o| o.slug.as_str()).unwrap_or("");
        match &self.page {
            Page::Home | Page::NotFound | Page::SurveyDone(_) | Page::Staff(..) => format!("/{org}"),
            Page::ChooseAge { helper } => format!("/{org}/say{}", if *helper { "?helper=1" } else { "" }),
            Page::Say(form) => format!(
                "/{org}/say?age={}{}",
                form.band.as_str(),
                if form.helper { "&helper=1" } else { "" }
            ),
            Page::Easy(v) => v.state.href(org, v.step),
            Page::Thanks(t) => format!("/{org}/say?age={}", t.band.as_str()),
            Page::Help(_) => format!("/{org}/help"),
            Page::Reply(_) => format!("/{org}/reply"),
            Page::YouSaidWeDid(p) => match p.band {
                Some(band) => format!("/{org}/you-said-we-did?age={}", band.as_str()),
                None => format!("/{org}/you-said-we-did"),
            },
            Page::Promises(p) => match p.band {
                Some(band) => format!("/{org}/promises?age={}", band.as_str()),
                None => format!("/{org}/promises"),
            },
            Page::SurveyList(_) => format!("/{org}/surveys"),
            Page::SurveyStart(v) => format!("/{org}/surveys/{}", v.slug),
            Page::SurveyScreen(v) if !v.preview => {
                format!("/{org}/surveys/{}/answer/{}", v.slug, v.number)
            }
            Page::SurveyScreen(_) => format!("/{org}"),
        }
    }
}

/// The body of the document: skip link, the bar with the language picker
/// and the quick exit, the header with the "I don't feel safe" button, the
/// page, and the footer with advocacy and complaints contacts.
pub fn render(state: PageState) -> impl IntoView {
    if let Page::Staff(header, page) = state.page {
        return staff::staff(&state.i18n, header, page).into_any();
    }
    let t = state.i18n.clone();
    let org = state.org.clone();
    let bar = org.as_ref().map(|org| chrome::bar(&t, org, &state.here()));
    let notices = org.as_ref().map(|_| chrome::offline_notices(&t));
    let header = org.clone().map(|org| {
        let home = format!("/{}", org.slug);
        let help = format!("/{}/help", org.slug);
        view! {
            <header class="top">
                <a class="brand" href=home>{org.name.clone()}</a>
                <a class="unsafe-button" href=help>
                    <span aria-hidden="true">"🛟 "</span>
                    {t.t("unsafe-button")}
                </a>
            </header>
        }
    });
    let footer = org.map(|org| footer(&t, &org));
    let body = match state.page {
        Page::Home => home::home(&state.i18n, state.org.as_ref()).into_any(),
        Page::ChooseAge { helper } => say::choose_age(&state.i18n, state.org.as_ref(), helper).into_any(),
        Page::Say(form) => say::say_form(&state.i18n, state.org.as_ref(), form).into_any(),
        Page::Easy(view) => easy::screen(&state.i18n, state.org.as_ref(), view).into_any(),
        Page::Thanks(thanks) => say::thanks(&state.i18n, state.org.as_ref(), thanks).into_any(),
        Page::Help(page) => help::help(&state.i18n, state.org.as_ref(), page).into_any(),
        Page::Reply(page) => reply::reply(&state.i18n, state.org.as_ref(), page).into_any(),
        Page::YouSaidWeDid(page) => you_said_we_did::page(&state.i18n, state.org.as_ref(), page).into_any(),
        Page::Promises(page) => promises::page(&state.i18n, state.org.as_ref(), page).into_any(),
        Page::SurveyList(v) => surveys::list(&state.i18n, state.org.as_ref(), v).into_any(),
        Page::SurveyStart(v) => surveys::start(&state.i18n, state.org.as_ref(), v).into_any(),
        Page::SurveyScreen(v) => surveys::screen(&state.i18n, state.org.as_ref(), v).into_any(),
        Page::SurveyDone(v) => surveys::done(&state.i18n, state.org.as_ref(), v).into_any(),
        Page::NotFound => not_found(&state.i18n, state.org.as_ref()).into_any(),
        Page::Staff(..) => unreachable!("drawn above"),
    };
    view! {
        <a class="skip" href="#main">{state.i18n.t("skip-to-content")}</a>
        {bar}
        {header}
        <main id="main" tabindex="-1">{notices}{body}</main>
        {footer}
    }
    .into_any()
}

fn footer(t: &I18n, org: &OrgPublic) -> impl IntoView {
    let advocacy = (!org.help.advocacy.is_empty()).then(|| {
        view! {
            <section>
                <h2>{t.t("footer-advocacy-title")}</h2>
                <p>{pieces(t.pieces("footer-advocacy", &[("contact", &org.help.advocacy)], &["contact"]), false)}</p>
            </section>
        }
    });
    let complaints = (!org.help.complaints.is_empty()).then(|| {
        view! {
            <section>
                <h2>{t.t("footer-complaints-title")}</h2>
                <p>{pieces(t.pieces("footer-complaints", &[("contact", &org.help.complaints)], &["contact"]), false)}</p>
            </section>
        }
    });
    view! {
        <footer class="bottom">
            {advocacy}
            {complaints}
            <p class="small">{t.t("footer-private")}</p>
        </footer>
    }
}

/// A "read aloud" button for the element with id `target`, in a voice for
/// the page's language where the phone has one.
pub(crate) fn read_aloud(t: &I18n, target: &str) -> impl IntoView {
    view! {
        <ReadAloud target=target.to_string() label=t.t("read-aloud") stop_label=t.t("read-aloud-stop")
            no_voice=t.t("read-aloud-no-voice") />
    }
}

/// A translated sentence with its left-to-right values (phone numbers,
/// codes, email addresses) isolated, so they read correctly inside
/// right-to-left text. `ltr` isolates them as left to right; otherwise each
/// keeps its own direction (an admin's contact text may be in any script).
pub(crate) fn pieces(pieces: Vec<Piece>, ltr: bool) -> impl IntoView {
    pieces
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.into_any(),
            Piece::LeftToRight(value) if ltr => view! { <bdi dir="ltr">{value}</bdi> }.into_any(),
            Piece::LeftToRight(value) => view! { <bdi>{value}</bdi> }.into_any(),
        })
        .collect_view()
}

/// The help numbers shown on the help page and whenever words suggest harm.
/// Numbers stay left to right inside right-to-left text.
pub(crate) fn help_numbers(t: &I18n, org: Option<&OrgPublic>) -> impl IntoView {
    let ooh = org.filter(|o| !o.help.out_of_hours_phone.is_empty()).map(|o| {
        let phone = o.help.out_of_hours_phone.clone();
        let tel = format!(
            "tel:{}",
            phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect::<String>()
        );
        view! {
            <li>
                <p>{pieces(t.pieces("help-ooh", &[("org", &o.name), ("phone", &phone)], &["phone"]), true)}</p>
                <a class="button call" href=tel>{pieces(t.pieces("help-ooh-call", &[("phone", &phone)], &["phone"]), true)}</a>
            </li>
        }
    });
    let childline = "0800 1111";
    view! {
        <ul class="help-numbers" role="list">
            <li>
                <p><strong>{t.t("help-now")}</strong></p>
                <a class="button call urgent" href="tel:999">{t.t("help-999")}</a>
            </li>
            <li>
                <p>{pieces(t.pieces("help-childline", &[("phone", childline)], &["phone"]), true)}</p>
                <a class="button call" href="tel:08001111">{pieces(t.pieces("help-childline-call", &[("phone", childline)], &["phone"]), true)}</a>
            </li>
            {ooh}
        </ul>
    }
}

fn not_found(t: &I18n, org: Option<&OrgPublic>) -> impl IntoView {
    let home = org.map(|o| format!("/{}", o.slug)).unwrap_or_else(|| "/".into());
    view! {
        <h1>{t.t("not-found-title")}</h1>
        <p>{t.t("not-found-body")}</p>
        <p><a class="button" href=home>{t.t("back-home")}</a></p>
    }
}
