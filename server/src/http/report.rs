//! The Board report: its JSON and CSV exports, the staff page, and
//! "email this report to the board", which sends a link and never figures.

use super::error::ApiError;
use super::staff::extract::{need, ApiStaff, Signed, SignedForm};
use super::staff::{field, header_for, org_name, staff_page};
use super::AppState;
use crate::domain::roles::Permission;
use crate::http::error::PageError;
use crate::service::orgs;
use crate::service::report::{self, board_report, csv, long_date, BadPeriod, BoardReport, Line, Period};
use crate::service::staff::Staff;
use app::i18n::I18n;
use app::pages::{bar_chart, mood_chart, ReportAction, ReportRow, ReportSection, ReportSurvey, ReportView, StaffPage};
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct ReportQuery {
    from: Option<String>,
    to: Option<String>,
    format: Option<String>,
    emailed: Option<usize>,
}

fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The Board report for a period (`from`, `to` as `YYYY-MM-DD`, both
/// included; a quarter by default) beside the period before. Counts from 1
/// to the organisation's threshold less one read "fewer than 5"; `format=csv`
/// gives the same figures as CSV.
#[utoipa::path(get, path = "/api/v1/orgs/{org}/reports/board",
    params(("org" = String, Path), ("from" = Option<String>, Query, description = "YYYY-MM-DD"),
           ("to" = Option<String>, Query, description = "YYYY-MM-DD"),
           ("format" = Option<String>, Query, description = "json (default) or csv")),
    responses((status = 200, body = BoardReport, description = "The report (or CSV with format=csv)"),
              (status = 401, body = super::api::ErrorBody), (status = 403, body = super::api::ErrorBody),
              (status = 422, body = super::api::ErrorBody)))]
pub async fn api_board_report(
    State(state): State<AppState>,
    Query(q): Query<ReportQuery>,
    ApiStaff(staff, _): ApiStaff<need::ReadReports>,
) -> Result<Response, ApiError> {
    let csv_wanted = match q.format.as_deref() {
        None | Some("") | Some("json") => false,
        Some("csv") => true,
        Some(_) => return Err(invalid("format can be json or csv.")),
    };
    let period = Period::parse(q.from.as_deref(), q.to.as_deref(), today()).map_err(|BadPeriod(m)| invalid(m))?;
    let org = orgs::by_id(&state.db, staff.user.org_id)
        .await?
        .ok_or_else(|| ApiError::NotFound("No such organisation.".into()))?;
    let report = board_report(&state.db, &org, period, state.config.today(crate::now())).await?;
    if !csv_wanted {
        return Ok(Json(report).into_response());
    }
    let name = format!(
        "board-report-{}-{}-{}.csv",
        org.slug, report.period.from, report.period.to
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        csv(&report),
    )
        .into_response())
}

fn invalid(message: &str) -> ApiError {
    ApiError::Invalid {
        message: message.to_string(),
        problems: Vec::new(),
    }
}

fn shown_number(cell: &crate::domain::suppress::Cell) -> Option<f64> {
    cell.count.map(|n| n as f64)
}

fn change(c: Option<i64>) -> String {
    match c {
        Some(c) if c > 0 => format!("+{c}"),
        Some(c) => c.to_string(),
        None => "-".into(),
    }
}

fn rows(lines: &[Line]) -> Vec<ReportRow> {
    lines
        .iter()
        .map(|l| ReportRow {
            key: l.key.clone(),
            label: l.label.clone(),
            now: l.this_period.shown.clone(),
            before: l.previous_period.shown.clone(),
            change: change(l.change),
            now_n: shown_number(&l.this_period),
            before_n: shown_number(&l.previous_period),
        })
        .collect()
}

/// The report as the page draws it: tables with their charts.
fn to_view(t: &I18n, r: &BoardReport) -> ReportView {
    let columns = |first: &str| {
        [
            first.to_string(),
            t.t("report-this-period"),
            t.t("report-previous-period"),
            t.t("report-change"),
        ]
    };
    // The kinds chart leaves out its first row, the total, so the kinds are
    // not dwarfed by it.
    let section = |id: &str, title: String, first: String, lines: &[Line], charted_from: usize| {
        let rows = rows(lines);
        ReportSection {
            id: id.into(),
            chart: bar_chart(
                &rows[charted_from.min(rows.len())..],
                &title,
                &t.t("report-this-period"),
                &t.t("report-previous-period"),
            ),
            chart_alt: t.t("report-chart-alt"),
            title,
            columns: columns(&first),
            rows,
        }
    };
    let mut kinds = vec![r.total.clone()];
    kinds.extend(r.by_kind.iter().cloned());
    let mood_rows: Vec<ReportRow> = r
        .mood
        .months
        .iter()
        .map(|m| ReportRow {
            key: m.month.clone(),
            label: chrono::NaiveDate::parse_from_str(&format!("{}-01", m.month), "%Y-%m-%d")
                .map(|d| d.format("%b %Y").to_string())
                .unwrap_or_else(|_| m.month.clone()),
            now: m.answers.shown.clone(),
            before: m.average.map(|a| format!("{a:.1}")).unwrap_or_else(|| "-".into()),
            change: String::new(),
            now_n: m.average,
            before_n: None,
        })
        .collect();
    let minutes = |m: Option<i64>| match m {
        Some(m) => t.t_with("report-minutes", &[("minutes", m.into())]),
        None => t.t("report-none-yet"),
    };
    let overdue = r.actions.iter().filter(|a| a.overdue).count();
    ReportView {
        org_name: r.org_name.clone(),
        from: r.period.from.clone(),
        to: r.period.to.clone(),
        period: format!("{} to {}", long_date(&r.period.from), long_date(&r.period.to)),
        previous: format!(
            "{} to {}",
            long_date(&r.previous_period.from),
            long_date(&r.previous_period.to)
        ),
        threshold: r.threshold,
        headline: vec![
            (t.t("report-headline-messages"), r.total.this_period.shown.clone()),
            (t.t("report-headline-urgent"), r.urgent.this_period.shown.clone()),
            (
                t.t("report-headline-mood"),
                r.mood.average.map(|a| format!("{a:.1}")).unwrap_or_else(|| "-".into()),
            ),
            (t.t("report-headline-actions"), overdue.to_string()),
            (
                t.t("report-headline-on-time"),
                r.replies
                    .on_time_percent
                    .map(|p| format!("{p:.0}%"))
                    .unwrap_or_else(|| "-".into()),
            ),
        ],
        sections: vec![
            section("kind", t.t("report-kind-title"), t.t("report-kind-title"), &kinds, 1),
            section(
                "theme",
                t.t("report-theme-title"),
                t.t("report-theme-title"),
                &r.by_theme,
                0,
            ),
            section(
                "age",
                t.t("report-age-title"),
                t.t("report-age-title"),
                &r.by_age_band,
                0,
            ),
            section(
                "care",
                t.t("report-care-title"),
                t.t("report-care-title"),
                &r.by_care_status,
                0,
            ),
        ],
        mood: ReportSection {
            id: "mood".into(),
            title: t.t("report-mood-title"),
            columns: [
                t.t("report-mood-month"),
                t.t("report-mood-answers"),
                t.t("report-mood-average"),
                String::new(),
            ],
            chart: mood_chart(&mood_rows, &t.t("report-mood-title")),
            chart_alt: t.t("report-mood-alt"),
            rows: mood_rows,
        },
        urgent: vec![
            (
                t.t("report-urgent-count"),
                t.ts(
                    "report-urgent-with-previous",
                    &[
                        ("now", &r.urgent.this_period.shown),
                        ("before", &r.urgent.previous_period.shown),
                    ],
                ),
            ),
            (
                t.t("report-urgent-median"),
                minutes(r.urgent.acknowledged_median_minutes),
            ),
            (t.t("report-urgent-worst"), minutes(r.urgent.acknowledged_worst_minutes)),
            (t.t("report-urgent-waiting"), r.urgent.waiting.shown.clone()),
        ],
        actions: r
            .actions
            .iter()
            .map(|a| ReportAction {
                you_said: a.you_said.clone(),
                status: a.status.clone(),
                owner: a.owner.clone().unwrap_or_else(|| "-".into()),
                due_on: a.due_on.clone().unwrap_or_else(|| "-".into()),
                overdue: a.overdue,
                published: a.published,
            })
            .collect(),
        quotes: r.quotes.iter().map(|q| (q.label.clone(), q.quotes.clone())).collect(),
        surveys: r
            .surveys
            .iter()
            .map(|s| {
                let note = t.ts(
                    "report-survey-note",
                    &[
                        ("responses", &s.responses.shown),
                        ("closed", s.closes_on.as_deref().unwrap_or("-")),
                    ],
                );
                let questions = s
                    .questions
                    .iter()
                    .map(|q| {
                        let answers: Vec<String> = q
                            .answers
                            .iter()
                            .map(|a| match a.percent {
                                Some(p) => format!("{}: {} ({p:.0}%)", a.label, a.count.shown),
                                None => format!("{}: {}", a.label, a.count.shown),
                            })
                            .collect();
                        (q.text.clone(), answers.join(" · "))
                    })
                    .collect();
                let note = match (s.response_rate_percent, s.audience_size) {
                    (Some(rate), Some(size)) => format!(
                        "{note} {}",
                        t.ts(
                            "report-survey-rate",
                            &[("rate", &format!("{rate:.0}")), ("audience", &size.to_string())]
                        )
                    ),
                    _ => note,
                };
                ReportSurvey {
                    title: s.title.clone(),
                    note,
                    questions,
                }
            })
            .collect(),
        csv_href: format!(
            "/api/v1/orgs/{}/reports/board?from={}&to={}&format=csv",
            r.org, r.period.from, r.period.to
        ),
        json_href: format!(
            "/api/v1/orgs/{}/reports/board?from={}&to={}",
            r.org, r.period.from, r.period.to
        ),
        comparison: match r.comparison.as_str() {
            "same_days_so_far" => t.t("report-comparison-same-days"),
            _ => t.t("report-comparison-whole"),
        },
        replies: {
            let (a, b) = (&r.replies, &r.replies.previous_period);
            vec![
                (t.t("report-replies-due"), a.due.shown.clone(), b.due.shown.clone()),
                (
                    t.t("report-replies-on-time"),
                    a.on_time.shown.clone(),
                    b.on_time.shown.clone(),
                ),
                (t.t("report-replies-late"), a.late.shown.clone(), b.late.shown.clone()),
                (
                    t.t("report-replies-overdue"),
                    a.overdue_now.shown.clone(),
                    b.overdue_now.shown.clone(),
                ),
            ]
        },
        cohort: r.cohort.map(|c| {
            let rate = r
                .total
                .per_100_children
                .map(|p| format!("{p:.1}"))
                .unwrap_or_else(|| "-".into());
            t.ts(
                "report-cohort",
                &[
                    ("in_care", &c.in_care.to_string()),
                    ("care_leavers", &c.care_leavers.to_string()),
                    ("rate", &rate),
                ],
            )
        }),
        group_sessions: {
            let g = &r.group_sessions;
            vec![
                (
                    t.t("report-groups-sessions"),
                    g.sessions.shown.clone(),
                    g.previous_period.sessions.shown.clone(),
                ),
                (
                    t.t("report-groups-participants"),
                    g.participants.shown.clone(),
                    g.previous_period.participants.shown.clone(),
                ),
            ]
        },
        promises: r
            .promises
            .iter()
            .map(|p| app::pages::ReportPromise {
                slug: p.slug.clone(),
                title: p.title.clone(),
                tied: vec![
                    (t.t("report-promise-messages"), p.feedback.shown.clone()),
                    (t.t("report-promise-survey"), p.survey_answers.shown.clone()),
                    (t.t("report-promise-groups"), p.group_sessions.shown.clone()),
                ],
                actions: p
                    .actions
                    .iter()
                    .map(|a| ReportAction {
                        you_said: a.you_said.clone(),
                        status: a.status.clone(),
                        owner: String::new(),
                        due_on: a.due_on.clone().unwrap_or_else(|| "-".into()),
                        overdue: a.overdue,
                        published: a.published,
                    })
                    .collect(),
                at_risk: p.at_risk,
            })
            .collect(),
        summary: summary(t, r),
        ..ReportView::default()
    }
}

/// The board pack's first page: headline figures with their change, the
/// themes that moved most, overdue actions, promises at risk and two
/// approved quotes. Everything here is already suppressed in the report.
fn summary(t: &I18n, r: &BoardReport) -> app::pages::ReportSummary {
    let changed = |c: Option<i64>| match c {
        Some(c) => t.ts("summary-change", &[("change", &change(Some(c)))]),
        None => t.t("summary-no-change"),
    };
    let on_time = match r.replies.on_time_percent {
        Some(p) => format!("{p:.0}%"),
        None => "-".into(),
    };
    let mut figures = vec![
        (
            t.t("report-headline-messages"),
            r.total.this_period.shown.clone(),
            changed(r.total.change),
        ),
        (
            t.t("report-headline-urgent"),
            r.urgent.this_period.shown.clone(),
            changed(r.urgent.change),
        ),
        (
            t.t("report-headline-on-time"),
            on_time,
            t.ts("summary-due", &[("due", &r.replies.due.shown)]),
        ),
        (
            t.t("report-groups-sessions"),
            r.group_sessions.sessions.shown.clone(),
            t.ts(
                "summary-participants",
                &[("participants", &r.group_sessions.participants.shown)],
            ),
        ),
    ];
    if let Some(rate) = r.total.per_100_children {
        figures.push((t.t("summary-per-100"), format!("{rate:.1}"), String::new()));
    }
    let mut moved: Vec<&Line> = r.by_theme.iter().filter(|l| l.change.is_some_and(|c| c != 0)).collect();
    moved.sort_by_key(|l| std::cmp::Reverse(l.change.unwrap_or(0).abs()));
    let themes = moved
        .into_iter()
        .take(3)
        .map(|l| (l.label.clone(), change(l.change)))
        .collect();
    let overdue = r
        .actions
        .iter()
        .filter(|a| a.overdue)
        .take(5)
        .map(|a| (a.you_said.clone(), a.due_on.clone().unwrap_or_default()))
        .collect();
    let at_risk = r
        .promises
        .iter()
        .filter(|p| p.at_risk)
        .map(|p| p.title.clone())
        .collect();
    let quotes = r
        .quotes
        .iter()
        .flat_map(|q| q.quotes.first().map(|words| (q.label.clone(), words.clone())))
        .take(2)
        .collect();
    app::pages::ReportSummary {
        figures,
        themes,
        overdue,
        at_risk,
        quotes,
    }
}

async fn show(
    state: &AppState,
    staff: &Staff,
    from: Option<&str>,
    to: Option<&str>,
    emailed: Option<usize>,
) -> Response {
    let header = header_for(staff, &org_name(state, staff).await);
    let t = I18n::english();
    let (period, error) = match Period::parse(from, to, today()) {
        Ok(p) => (p, None),
        Err(BadPeriod(m)) => (Period::quarter_of(today()), Some(m.to_string())),
    };
    let built = async {
        let org = orgs::by_id(&state.db, staff.user.org_id)
            .await?
            .ok_or(sqlx::Error::RowNotFound)?;
        let report = board_report(&state.db, &org, period, state.config.today(crate::now())).await?;
        let board = report::board_members(&state.db, staff.user.org_id).await?;
        Ok::<_, sqlx::Error>((report, board))
    }
    .await;
    let (report, board_members) = match built {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, "cannot build the board report");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let mut view = to_view(&t, &report);
    view.can_email = staff.role.can(Permission::ApproveQuotes);
    view.can_act = staff.role.can(Permission::ManageActions);
    view.board_members = board_members;
    view.emailed = emailed;
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    if let Some(message) = error {
        // Keep what was typed, so it can be corrected.
        view.from = from.unwrap_or_default().to_string();
        view.to = to.unwrap_or_default().to_string();
        view.error = Some(message);
    }
    staff_page(state, Some(header), StaffPage::Report(view), status).await
}

/// `/staff/report?from=…&to=…`: the report as a page to read and print.
pub async fn report_page(
    State(state): State<AppState>,
    Query(q): Query<ReportQuery>,
    Signed(staff, _): Signed<need::ReadReports>,
) -> Response {
    show(&state, &staff, q.from.as_deref(), q.to.as_deref(), q.emailed).await
}

/// Queues one email per board member with a link to the report. The figures
/// stay behind the sign-in: email is not a safe channel.
pub async fn report_email(
    State(state): State<AppState>,
    SignedForm(staff, f, _): SignedForm<need::ApproveQuotes>,
) -> Response {
    let (from, to) = (field(&f, "from"), field(&f, "to"));
    let period = match Period::parse(Some(&from), Some(&to), today()) {
        Ok(p) => p,
        Err(_) => return show(&state, &staff, Some(&from), Some(&to), None).await,
    };
    let sent = report::email_board(&state.db, &state.config.link_base(), &staff, period, crate::now()).await;
    match sent {
        Ok(n) => Redirect::to(&format!(
            "/staff/report?from={}&to={}&emailed={n}",
            period.from, period.to
        ))
        .into_response(),
        Err(e) => PageError::new("email the board report", e).into_response(),
    }
}
