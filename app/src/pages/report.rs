//! The Board report page: figures already suppressed by the server, drawn
//! as tables with SVG charts beside them, so it reads the same with
//! JavaScript off and on paper (A4, see the print rules in main.css).

use crate::escape_html;
use crate::i18n::I18n;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct ReportView {
    pub org_name: String,
    /// As typed in the form (`YYYY-MM-DD`).
    pub from: String,
    pub to: String,
    pub period: String,
    pub previous: String,
    pub threshold: u64,
    pub headline: Vec<(String, String)>,
    pub sections: Vec<ReportSection>,
    pub mood: ReportSection,
    pub urgent: Vec<(String, String)>,
    pub actions: Vec<ReportAction>,
    /// (theme label, quotes)
    pub quotes: Vec<(String, Vec<String>)>,
    /// Surveys closed in the period.
    pub surveys: Vec<ReportSurvey>,
    pub csv_href: String,
    pub json_href: String,
    /// Officers may email the report's link to board members.
    pub can_email: bool,
    pub board_members: usize,
    /// How many board members were just emailed.
    pub emailed: Option<usize>,
    /// Officers can turn a theme into an action from the report.
    pub can_act: bool,
    pub error: Option<String>,
    /// How the periods compare, in words.
    pub comparison: String,
    /// Reply promises kept: (label, this period, previous period).
    pub replies: Vec<(String, String, String)>,
    /// The cohort in words, when recorded.
    pub cohort: Option<String>,
    /// What groups said: (label, this period, previous period).
    pub group_sessions: Vec<(String, String, String)>,
    pub promises: Vec<ReportPromise>,
    /// The board pack's first page.
    pub summary: ReportSummary,
}

/// The one-page summary that opens the board pack.
#[derive(Clone, Debug, Default)]
pub struct ReportSummary {
    /// (label, this period, change in words)
    pub figures: Vec<(String, String, String)>,
    /// Themes that moved most: (label, change in words).
    pub themes: Vec<(String, String)>,
    /// Overdue actions: (you said, due on).
    pub overdue: Vec<(String, String)>,
    /// Titles of promises at risk.
    pub at_risk: Vec<String>,
    /// Two approved quotes: (theme, words).
    pub quotes: Vec<(String, String)>,
}

/// One promise: what was tied to it and its actions, overdue first.
#[derive(Clone, Debug, Default)]
pub struct ReportPromise {
    pub slug: String,
    pub title: String,
    /// (label, shown count)
    pub tied: Vec<(String, String)>,
    pub actions: Vec<ReportAction>,
    pub at_risk: bool,
}

/// The headline of one survey closed in the period.
#[derive(Clone, Debug)]
pub struct ReportSurvey {
    pub title: String,
    /// Responses and the day it closed.
    pub note: String,
    /// (question, its answers in words)
    pub questions: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct ReportSection {
    pub id: String,
    pub title: String,
    pub columns: [String; 4],
    pub rows: Vec<ReportRow>,
    /// An SVG drawn from the rows (already escaped markup).
    pub chart: String,
    /// What the chart shows, for screen readers and as its caption.
    pub chart_alt: String,
}

#[derive(Clone, Debug, Default)]
pub struct ReportRow {
    pub key: String,
    pub label: String,
    pub now: String,
    pub before: String,
    pub change: String,
    /// Shown counts for the chart; `None` when suppressed.
    pub now_n: Option<f64>,
    pub before_n: Option<f64>,
}

#[derive(Clone, Debug)]
pub struct ReportAction {
    pub you_said: String,
    pub status: String,
    pub owner: String,
    pub due_on: String,
    pub overdue: bool,
    pub published: bool,
}

/// A horizontal bar chart, this period over the previous one. Suppressed
/// figures get no bar, only their words.
pub fn bar_chart(rows: &[ReportRow], title: &str, now_label: &str, before_label: &str) -> String {
    const LABEL_W: f64 = 290.0;
    const BAR_W: f64 = 330.0;
    const ROW_H: f64 = 46.0;
    let max = rows
        .iter()
        .flat_map(|r| [r.now_n, r.before_n])
        .flatten()
        .fold(1.0_f64, f64::max);
    let height = 34.0 + ROW_H * rows.len() as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {height}\" width=\"100%\" role=\"img\" \
         aria-label=\"{title}\" class=\"chart\"><title>{title}</title>\
         <rect x=\"{LABEL_W}\" y=\"6\" width=\"14\" height=\"14\" class=\"bar-now\"/>\
         <text x=\"{lx1}\" y=\"18\" class=\"legend\">{now}</text>\
         <rect x=\"{lx2}\" y=\"6\" width=\"14\" height=\"14\" class=\"bar-before\"/>\
         <text x=\"{lx3}\" y=\"18\" class=\"legend\">{before}</text>",
        w = LABEL_W + BAR_W + 60.0,
        title = escape_html(title),
        lx1 = LABEL_W + 20.0,
        lx2 = LABEL_W + 150.0,
        lx3 = LABEL_W + 170.0,
        now = escape_html(now_label),
        before = escape_html(before_label),
    );
    for (i, r) in rows.iter().enumerate() {
        let y = 34.0 + ROW_H * i as f64;
        // Long theme names are cut to fit; the table beside has them whole.
        let label: String = if r.label.chars().count() > 30 {
            r.label.chars().take(29).chain(['…']).collect()
        } else {
            r.label.clone()
        };
        svg.push_str(&format!(
            "<text x=\"{x}\" y=\"{ty}\" text-anchor=\"end\" class=\"label\">{label}</text>",
            x = LABEL_W - 8.0,
            ty = y + 20.0,
            label = escape_html(&label)
        ));
        for (j, (n, words, class)) in [(r.now_n, &r.now, "bar-now"), (r.before_n, &r.before, "bar-before")]
            .into_iter()
            .enumerate()
        {
            let by = y + 4.0 + j as f64 * 18.0;
            let w = n.map_or(0.0, |n| (n / max * BAR_W).max(if n > 0.0 { 2.0 } else { 0.0 }));
            if w > 0.0 {
                svg.push_str(&format!(
                    "<rect x=\"{LABEL_W}\" y=\"{by}\" width=\"{w:.1}\" height=\"15\" class=\"{class}\"/>"
                ));
            }
            svg.push_str(&format!(
                "<text x=\"{tx:.1}\" y=\"{ty}\" class=\"value\">{words}</text>",
                tx = LABEL_W + w + 6.0,
                ty = by + 12.5,
                words = escape_html(words)
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The average face per month as dots on a 1-5 scale; months whose answers
/// are suppressed have no dot.
pub fn mood_chart(rows: &[ReportRow], title: &str) -> String {
    const LEFT: f64 = 40.0;
    const WIDTH: f64 = 560.0;
    const TOP: f64 = 14.0;
    const HEIGHT: f64 = 160.0;
    let step = WIDTH / rows.len().max(1) as f64;
    let y_of = |v: f64| TOP + HEIGHT - (v - 1.0) / 4.0 * HEIGHT;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" \
         aria-label=\"{title}\" class=\"chart\"><title>{title}</title>",
        w = LEFT + WIDTH + 10.0,
        h = TOP + HEIGHT + 40.0,
        title = escape_html(title)
    );
    for v in 1..=5 {
        let y = y_of(v as f64);
        svg.push_str(&format!(
            "<line x1=\"{LEFT}\" x2=\"{x2}\" y1=\"{y}\" y2=\"{y}\" class=\"grid\"/>\
             <text x=\"{tx}\" y=\"{ty}\" text-anchor=\"end\" class=\"label\">{v}</text>",
            x2 = LEFT + WIDTH,
            tx = LEFT - 8.0,
            ty = y + 5.0
        ));
    }
    let mut points = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let x = LEFT + step * (i as f64 + 0.5);
        svg.push_str(&format!(
            "<text x=\"{x:.1}\" y=\"{y}\" text-anchor=\"middle\" class=\"label\">{m}</text>",
            y = TOP + HEIGHT + 28.0,
            m = escape_html(&r.label)
        ));
        if let Some(v) = r.now_n {
            points.push(format!("{x:.1},{:.1}", y_of(v)));
            svg.push_str(&format!(
                "<circle cx=\"{x:.1}\" cy=\"{:.1}\" r=\"7\" class=\"dot\"/>",
                y_of(v)
            ));
        }
    }
    if points.len() > 1 {
        svg.push_str(&format!("<polyline points=\"{}\" class=\"trend\"/>", points.join(" ")));
    }
    svg.push_str("</svg>");
    svg
}

fn table(t: &I18n, s: &ReportSection, can_act: bool) -> impl IntoView {
    let act = can_act && s.id == "theme";
    let rows = s
        .rows
        .iter()
        .map(|r| {
            let href = format!("/staff/actions?theme={}", r.key);
            view! {
                <tr>
                    <th scope="row">{r.label.clone()}
                        {act.then(|| view! { " " <a class="small no-print" href=href>{t.t("report-make-action")}</a> })}
                    </th>
                    <td>{r.now.clone()}</td>
                    <td>{r.before.clone()}</td>
                    <td>{r.change.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let [c0, c1, c2, c3] = s.columns.clone();
    view! {
        <div class="table-wrap">
            <table class="audit report-table">
                <caption class="visually-hidden">{s.title.clone()}</caption>
                <thead><tr><th scope="col">{c0}</th><th scope="col">{c1}</th><th scope="col">{c2}</th><th scope="col">{c3}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn section(t: &I18n, s: ReportSection, can_act: bool) -> AnyView {
    let heading = format!("report-{}", s.id);
    let labelled_by = heading.clone();
    view! {
        <section class="report-section" aria-labelledby=labelled_by>
            <h2 id=heading>{s.title.clone()}</h2>
            {(!s.rows.is_empty()).then(|| view! {
                <figure class="chart-figure">
                    <div inner_html=s.chart.clone()></div>
                    <figcaption class="small">{s.chart_alt.clone()}</figcaption>
                </figure>
            })}
            {table(t, &s, can_act)}
        </section>
    }
    .into_any()
}

pub(super) fn report(t: &I18n, view: ReportView, csrf: String) -> impl IntoView {
    let headline = view
        .headline
        .iter()
        .map(|(label, value)| view! { <li class="panel figure"><span class="big">{value.clone()}</span><span>{label.clone()}</span></li> })
        .collect_view();
    let urgent = view
        .urgent
        .iter()
        .map(|(label, value)| view! { <tr><th scope="row">{label.clone()}</th><td>{value.clone()}</td></tr> })
        .collect_view();
    let replies = view
        .replies
        .iter()
        .map(|(label, now, before)| view! { <tr><th scope="row">{label.clone()}</th><td>{now.clone()}</td><td>{before.clone()}</td></tr> })
        .collect_view();
    let groups = view
        .group_sessions
        .iter()
        .map(|(label, now, before)| view! { <tr><th scope="row">{label.clone()}</th><td>{now.clone()}</td><td>{before.clone()}</td></tr> })
        .collect_view();
    let promises = (!view.promises.is_empty()).then(|| {
        let items = view
            .promises
            .iter()
            .map(|p| {
                let tied = p
                    .tied
                    .iter()
                    .map(|(label, n)| view! { <li>{label.clone()}": "<strong>{n.clone()}</strong></li> })
                    .collect_view();
                let actions = if p.actions.is_empty() {
                    view! { <p class="small">{t.t("report-promise-no-actions")}</p> }.into_any()
                } else {
                    let rows = p
                        .actions
                        .iter()
                        .map(|a| view! {
                            <li class=if a.overdue { "overdue" } else { "" }>
                                {a.you_said.clone()}" · "{t.t(&format!("action-status-{}", a.status))}
                                {a.overdue.then(|| view! { " " <strong class="tag urgent">{t.t("action-overdue")}</strong> })}
                            </li>
                        })
                        .collect_view();
                    view! { <ul class="promise-actions">{rows}</ul> }.into_any()
                };
                view! {
                    <div class="promise-line" id=format!("report-promise-{}", p.slug) data-at-risk=p.at_risk.then_some("true")>
                        <h3>{p.title.clone()}
                            {p.at_risk.then(|| view! { " " <span class="tag overdue">{t.t("report-promise-at-risk")}</span> })}
                        </h3>
                        <ul class="inline-list">{tied}</ul>
                        {actions}
                    </div>
                }
            })
            .collect_view();
        view! {
            <section class="report-section" aria-labelledby="report-promises" id="promises">
                <h2 id="report-promises">{t.t("report-promises-title")}</h2>
                <p>{t.t("report-promises-intro")}</p>
                {items}
            </section>
        }
    });
    let actions = if view.actions.is_empty() {
        view! { <p>{t.t("report-no-actions")}</p> }.into_any()
    } else {
        let rows = view
            .actions
            .iter()
            .map(|a| {
                view! {
                    <tr class=if a.overdue { "overdue" } else { "" }>
                        <td>{a.you_said.clone()}</td>
                        <td>{t.t(&format!("action-status-{}", a.status))}
                            {(!a.published).then(|| view! { " (" {t.t("action-draft")} ")" })}</td>
                        <td>{a.owner.clone()}</td>
                        <td>{a.due_on.clone()}
                            {a.overdue.then(|| view! { " " <strong class="tag urgent">{t.t("action-overdue")}</strong> })}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="audit report-table">
                    <thead><tr>
                        <th scope="col">{t.t("you-said-we-did-you-said")}</th>
                        <th scope="col">{t.t("report-status")}</th>
                        <th scope="col">{t.t("report-owner")}</th>
                        <th scope="col">{t.t("report-due")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let quotes = if view.quotes.is_empty() {
        view! { <p>{t.t("report-no-quotes")}</p> }.into_any()
    } else {
        view.quotes
            .iter()
            .map(|(theme, quotes)| {
                let items = quotes
                    .iter()
                    .map(|q| view! { <blockquote class="words quote">{q.clone()}</blockquote> })
                    .collect_view();
                view! { <h3>{theme.clone()}</h3>{items} }
            })
            .collect_view()
            .into_any()
    };
    let surveys = if view.surveys.is_empty() {
        view! { <p>{t.t("report-no-surveys")}</p> }.into_any()
    } else {
        view.surveys
            .iter()
            .map(|ReportSurvey { title, note, questions }| {
                let rows = questions
                    .iter()
                    .map(|(q, a)| view! { <tr><th scope="row">{q.clone()}</th><td>{a.clone()}</td></tr> })
                    .collect_view();
                view! {
                    <h3>{title.clone()}</h3>
                    <p class="small">{note.clone()}</p>
                    <div class="table-wrap"><table class="audit report-table"><tbody>{rows}</tbody></table></div>
                }
            })
            .collect_view()
            .into_any()
    };
    let email = view.can_email.then(|| {
        let disabled = view.board_members == 0;
        view! {
            <form method="post" action="/staff/report/email" class="inline-form no-print">
                <input type="hidden" name="csrf" value=csrf />
                <input type="hidden" name="from" value=view.from.clone() />
                <input type="hidden" name="to" value=view.to.clone() />
                <button type="submit" class="button secondary" disabled=disabled>{t.t("report-email")}</button>
                <span class="small">{if disabled {
                    t.t("report-email-nobody")
                } else {
                    t.t_with("report-email-hint", &[("count", view.board_members.into())])
                }}</span>
            </form>
        }
    });
    let sections = view
        .sections
        .into_iter()
        .map(|s| section(t, s, view.can_act))
        .collect_view()
        .into_any();
    let mood = section(t, view.mood, false);
    let email = email.map(|e| e.into_any());
    let summary = {
        let s = &view.summary;
        let figures = s
            .figures
            .iter()
            .map(|(label, now, change)| view! {
                <li class="figure"><span class="big">{now.clone()}</span><span>{label.clone()}</span><span class="small">{change.clone()}</span></li>
            })
            .collect_view();
        let list = |items: Vec<String>, none: String| {
            if items.is_empty() {
                view! { <p class="small">{none}</p> }.into_any()
            } else {
                let li = items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view();
                view! { <ul>{li}</ul> }.into_any()
            }
        };
        let themes = list(
            s.themes.iter().map(|(l, c)| format!("{l}: {c}")).collect(),
            t.t("summary-no-themes"),
        );
        let overdue = list(
            s.overdue.iter().map(|(y, d)| format!("{y} ({d})")).collect(),
            t.t("summary-no-overdue"),
        );
        let at_risk = list(s.at_risk.clone(), t.t("summary-no-risk"));
        let quotes = if s.quotes.is_empty() {
            view! { <p class="small">{t.t("report-no-quotes")}</p> }.into_any()
        } else {
            s.quotes
                .iter()
                .map(|(theme, q)| view! { <blockquote class="words quote">{q.clone()}<footer class="small">{theme.clone()}</footer></blockquote> })
                .collect_view()
                .into_any()
        };
        view! {
            <section class="board-summary" id="summary" aria-labelledby="summary-title">
                <h2 id="summary-title">{t.t("summary-title")}</h2>
                <ul class="figures summary-figures" role="list">{figures}</ul>
                <div class="summary-grid">
                    <div><h3>{t.t("summary-themes")}</h3>{themes}</div>
                    <div><h3>{t.t("summary-overdue")}</h3>{overdue}</div>
                    <div><h3>{t.t("summary-at-risk")}</h3>{at_risk}</div>
                </div>
                <h3>{t.t("summary-quotes")}</h3>
                {quotes}
            </section>
        }
    };
    let top = view! {
            <h1>{t.ts("report-title", &[("org", &view.org_name)])}</h1>
            <p class="lead">{t.ts("report-period", &[("period", &view.period), ("previous", &view.previous)])}</p>
            <p class="small" id="report-comparison">{view.comparison.clone()}</p>
            {view.cohort.clone().map(|c| view! { <p class="small" id="report-cohort">{c}</p> })}
            {view.error.map(|m| view! { <div class="error-summary" role="alert"><p><strong>{m}</strong></p></div> })}
            {view.emailed.map(|n| view! { <p class="note" role="status">{t.t_with("report-emailed", &[("count", n.into())])}</p> })}
            <form method="get" action="/staff/report" class="filters no-print">
                <div class="field compact">
                    <label for="from">{t.t("report-from")}</label>
                    <input type="date" id="from" name="from" value=view.from.clone() />
                </div>
                <div class="field compact">
                    <label for="to">{t.t("report-to")}</label>
                    <input type="date" id="to" name="to" value=view.to.clone() />
                </div>
                <button type="submit" class="button">{t.t("report-show")}</button>
            </form>
            <p class="no-print report-links">
                <a href=view.csv_href>{t.t("report-csv")}</a>" · "
                <a href=view.json_href>{t.t("report-json")}</a>" · "
                <span>{t.t("report-print")}</span>
            </p>
            {email}
            <p class="hint">{t.ts("report-suppression", &[("threshold", &view.threshold.to_string()), ("below", &view.threshold.saturating_sub(1).to_string())])}</p>
            {summary}
            <ul class="figures" role="list">{headline}</ul>
    }
    .into_any();
    let rest = view! {
            {sections}
            {mood}
            <section class="report-section" aria-labelledby="report-urgent">
                <h2 id="report-urgent">{t.t("report-urgent-title")}</h2>
                <p>{t.t("report-urgent-intro")}</p>
                <div class="table-wrap"><table class="audit report-table"><tbody>{urgent}</tbody></table></div>
            </section>
            <section class="report-section" aria-labelledby="report-replies" id="replies">
                <h2 id="report-replies">{t.t("report-replies-title")}</h2>
                <p>{t.t("report-replies-intro")}</p>
                <div class="table-wrap"><table class="audit report-table">
                    <thead><tr>
                        <th scope="col"></th>
                        <th scope="col">{t.t("report-this-period")}</th>
                        <th scope="col">{t.t("report-previous-period")}</th>
                    </tr></thead>
                    <tbody>{replies}</tbody>
                </table></div>
            </section>
            <section class="report-section" aria-labelledby="report-groups" id="group-sessions">
                <h2 id="report-groups">{t.t("report-groups-title")}</h2>
                <p>{t.t("report-groups-intro")}</p>
                <div class="table-wrap"><table class="audit report-table">
                    <thead><tr>
                        <th scope="col"></th>
                        <th scope="col">{t.t("report-this-period")}</th>
                        <th scope="col">{t.t("report-previous-period")}</th>
                    </tr></thead>
                    <tbody>{groups}</tbody>
                </table></div>
            </section>
            {promises}
            <section class="report-section" aria-labelledby="report-actions">
                <h2 id="report-actions">{t.t("report-actions-title")}</h2>
                {actions}
            </section>
            <section class="report-section" aria-labelledby="report-surveys">
                <h2 id="report-surveys">{t.t("report-surveys-title")}</h2>
                {surveys}
            </section>
            <section class="report-section" aria-labelledby="report-quotes">
                <h2 id="report-quotes">{t.t("report-quotes-title")}</h2>
                <p class="small">{t.t("report-quotes-intro")}</p>
                {quotes}
            </section>
    }
    .into_any();
    view! { <div class="report">{top}{rest}</div> }
}
