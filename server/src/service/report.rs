//! The Board report: what young people told the council in a period, set
//! beside the period before, with every count passed through
//! `domain::suppress` before it leaves this module.

use super::csv_field;
use crate::db::{self, Db};
use crate::domain::suppress::{self, Cell, Shown, Threshold};
use app::i18n::I18n;
use app::model::{AgeBand, CareStatus, Kind};
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use utoipa::ToSchema;

/// A period of whole days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why a period cannot be used, in words for the reader.
#[derive(Debug, PartialEq, Eq)]
pub struct BadPeriod(pub &'static str);

impl Period {
    /// The calendar quarter holding `day`.
    pub fn quarter_of(day: NaiveDate) -> Period {
        let (from, to) = suppress::quarter_of(day);
        Period { from, to }
    }

    /// From `from` and `to` as typed (`YYYY-MM-DD`); both empty means this
    /// quarter.
    pub fn parse(from: Option<&str>, to: Option<&str>, today: NaiveDate) -> Result<Period, BadPeriod> {
        let day = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d");
        let blank = |s: Option<&str>| s.is_none_or(|s| s.trim().is_empty());
        if blank(from) && blank(to) {
            return Ok(Period::quarter_of(today));
        }
        let (Some(from), Some(to)) = (
            from.filter(|s| !s.trim().is_empty()),
            to.filter(|s| !s.trim().is_empty()),
        ) else {
            return Err(BadPeriod("Please give both a start date and an end date."));
        };
        let (Ok(from), Ok(to)) = (day(from), day(to)) else {
            return Err(BadPeriod("Please give dates as YYYY-MM-DD, for example 2026-07-01."));
        };
        if to < from {
            return Err(BadPeriod("The end date is before the start date."));
        }
        if (to - from).num_days() > 366 * 5 {
            return Err(BadPeriod("A report can cover at most five years."));
        }
        // Fixed periods, so that no two reports subtract to a small count:
        // days inside one quarter are read as that whole quarter (the report
        // says which); days across quarters are refused.
        let quarter = Period::quarter_of(from);
        if to > quarter.to {
            return Err(BadPeriod(
                "A report covers one whole quarter, for example 2026-07-01 to 2026-09-30, so that small numbers stay hidden.",
            ));
        }
        debug_assert!(suppress::is_allowed_period(quarter.from, quarter.to));
        Ok(quarter)
    }

    /// The period just before: the previous quarter for a quarter, else the
    /// same number of days.
    pub fn previous(self) -> Period {
        if Period::quarter_of(self.from) == self {
            return Period::quarter_of(self.from - Duration::days(1));
        }
        let to = self.from - Duration::days(1);
        Period {
            from: to - Duration::days((self.to - self.from).num_days()),
            to,
        }
    }

    /// The period to compare with, like with like: while this period is
    /// still running (today is inside it, before its last day), the same
    /// number of days from the start of the period before; otherwise the
    /// whole period before. The second value says which
    /// (`same_days_so_far` or `whole_periods`).
    pub fn comparable_previous(self, today: NaiveDate) -> (Period, &'static str) {
        let previous = self.previous();
        if today < self.from || today >= self.to {
            return (previous, "whole_periods");
        }
        let days_so_far = (today - self.from).num_days();
        let to = (previous.from + Duration::days(days_so_far)).min(previous.to);
        (
            Period {
                from: previous.from,
                to,
            },
            "same_days_so_far",
        )
    }

    /// `[start, end)` in Unix seconds, UTC.
    pub fn bounds(self) -> (i64, i64) {
        let start = |d: NaiveDate| d.and_hms_opt(0, 0, 0).expect("midnight").and_utc().timestamp();
        (start(self.from), start(self.to) + 86_400)
    }

    fn wire(self) -> PeriodDates {
        PeriodDates {
            from: self.from.to_string(),
            to: self.to.to_string(),
        }
    }
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PeriodDates {
    pub from: String,
    pub to: String,
}

/// One line of a breakdown: this period, the previous one, and the change
/// where both are shown.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Line {
    pub key: String,
    pub label: String,
    pub this_period: Cell,
    pub previous_period: Cell,
    pub change: Option<i64>,
    /// This period's count per 100 children of the recorded cohort (the
    /// total, and each care status), when the cohort is known and the
    /// count is shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_100_children: Option<f64>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct MoodMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub answers: Cell,
    /// The average face (1-5), when the month's answers are shown.
    pub average: Option<f64>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct MoodTrend {
    pub average: Option<f64>,
    pub previous_average: Option<f64>,
    pub months: Vec<MoodMonth>,
}

/// Urgent messages and how fast safeguarding leads acknowledged their
/// alerts: times only, never which message.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Urgent {
    pub this_period: Cell,
    pub previous_period: Cell,
    pub change: Option<i64>,
    pub acknowledged_median_minutes: Option<i64>,
    pub acknowledged_worst_minutes: Option<i64>,
    /// Alerts from the period still waiting for someone to acknowledge them.
    pub waiting: Cell,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ActionLine {
    pub you_said: String,
    pub we_did: String,
    pub status: String,
    pub owner: Option<String>,
    pub due_on: Option<String>,
    pub overdue: bool,
    pub published: bool,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ThemeQuotes {
    pub theme: String,
    pub label: String,
    /// Up to three, approved and redacted by an officer.
    pub quotes: Vec<String>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct BoardReport {
    pub org: String,
    pub org_name: String,
    pub period: PeriodDates,
    pub previous_period: PeriodDates,
    /// How the two periods compare: `same_days_so_far` while `period` is
    /// still running (`previous_period` then covers as many days from its
    /// start), else `whole_periods`.
    pub comparison: String,
    /// Counts below this read "fewer than N".
    pub threshold: u64,
    pub total: Line,
    pub by_kind: Vec<Line>,
    pub by_theme: Vec<Line>,
    pub by_age_band: Vec<Line>,
    pub by_care_status: Vec<Line>,
    pub mood: MoodTrend,
    pub urgent: Urgent,
    pub actions: Vec<ActionLine>,
    pub quotes: Vec<ThemeQuotes>,
    /// Headline results of surveys closed in the period.
    pub surveys: Vec<crate::domain::survey_results::SurveyHeadline>,
    /// How often the promised reply date was kept.
    pub replies: crate::service::promises_report::Replies,
    /// The children in care and care leavers an admin recorded for the
    /// period's quarter; `null` when none was recorded.
    pub cohort: Option<crate::service::promises_report::Cohort>,
    /// Per promise of the organisation's Pledge or Charter.
    pub promises: Vec<crate::service::promises_report::PromiseLine>,
    /// What groups said, counted apart from single messages.
    pub group_sessions: crate::service::promises_report::GroupSessions,
}

const NOT_GIVEN: &str = "not_given";

/// Raw counts of one period, before suppression.
struct Counts {
    total: u64,
    by_kind: Vec<u64>,
    by_age_band: Vec<u64>,
    by_care_status: Vec<u64>,
    /// [urgent, not urgent]
    urgency: Vec<u64>,
    themes: Vec<(i64, u64)>,
    /// (month, answers, sum of faces)
    months: Vec<(String, u64, u64)>,
}

/// The keys of each breakdown, in the order the report shows them. The last
/// key of each is the rest ("not given", or a kind no longer offered), so
/// every breakdown adds up to the total.
struct Keys {
    kinds: Vec<String>,
    age_bands: Vec<String>,
    care: Vec<String>,
}

const OTHER_KIND: &str = "other";

impl Keys {
    fn new() -> Keys {
        let with = |all: Vec<&str>, rest: &str| all.into_iter().map(String::from).chain([rest.to_string()]).collect();
        Keys {
            kinds: with(Kind::ALL.iter().map(|k| k.as_str()).collect(), OTHER_KIND),
            age_bands: with(AgeBand::ALL.iter().map(|b| b.as_str()).collect(), NOT_GIVEN),
            care: with(CareStatus::ALL.iter().map(|c| c.as_str()).collect(), NOT_GIVEN),
        }
    }

    /// The SQL conditions counted for every key but the last of each
    /// breakdown, then urgency. Values are our own wire constants.
    fn conditions(&self) -> Vec<String> {
        let known = |column: &str, keys: &[String]| -> Vec<String> {
            keys[..keys.len() - 1]
                .iter()
                .map(|k| format!("{column} = '{k}'"))
                .collect()
        };
        let mut all = known("kind", &self.kinds);
        all.extend(known("age_band", &self.age_bands));
        all.extend(known("care_status", &self.care));
        all.push("urgent".to_string());
        all
    }
}

fn months_of(period: Period) -> Vec<String> {
    let mut months = Vec::new();
    let mut day = period.from.with_day(1).expect("first of the month");
    while day <= period.to {
        months.push(day.format("%Y-%m").to_string());
        day = day.checked_add_months(chrono::Months::new(1)).expect("a later month");
    }
    months
}

/// Splits counted conditions into a breakdown, the rest going to its last key.
fn breakdown(total: u64, counted: &mut impl Iterator<Item = i64>, keys: &[String]) -> Vec<u64> {
    let mut cells: Vec<u64> = (0..keys.len() - 1)
        .map(|_| counted.next().unwrap_or(0) as u64)
        .collect();
    cells.push(total.saturating_sub(cells.iter().sum()));
    cells
}

async fn counts(db: &Db, org_id: i64, period: Period, keys: &Keys) -> Result<Counts, sqlx::Error> {
    let (from, until) = period.bounds();
    let conditions = keys.conditions();
    let (tally, themes, mood_days) = tokio::try_join!(
        db::report::tally(db, org_id, from, until, &conditions),
        db::report::theme_counts(db, org_id, from, until),
        db::report::mood_days(db, org_id, from, until)
    )?;
    let (total, counted) = tally;
    let total = total as u64;
    let mut counted = counted.into_iter();
    let by_kind = breakdown(total, &mut counted, &keys.kinds);
    let by_age_band = breakdown(total, &mut counted, &keys.age_bands);
    let by_care_status = breakdown(total, &mut counted, &keys.care);
    let urgent = counted.next().unwrap_or(0) as u64;
    let mut months: Vec<(String, u64, u64)> = months_of(period).into_iter().map(|m| (m, 0, 0)).collect();
    for day in mood_days {
        let month = chrono::DateTime::from_timestamp(day.day * 86_400, 0)
            .map(|d| d.format("%Y-%m").to_string())
            .unwrap_or_default();
        if let Some(m) = months.iter_mut().find(|m| m.0 == month) {
            m.1 += day.answers as u64;
            m.2 += day.mood_sum as u64;
        }
    }
    Ok(Counts {
        total,
        by_kind,
        by_age_band,
        by_care_status,
        urgency: vec![urgent, total - urgent],
        themes: themes.into_iter().map(|t| (t.theme_id, t.count as u64)).collect(),
        months,
    })
}

/// Both periods of one breakdown, suppressed, as report lines.
fn lines(keys: &[String], label: impl Fn(&str) -> String, now: &[Shown], before: &[Shown], t: Threshold) -> Vec<Line> {
    keys.iter()
        .enumerate()
        .map(|(i, key)| Line {
            key: key.clone(),
            label: label(key),
            this_period: Cell::new(now[i], t),
            previous_period: Cell::new(before[i], t),
            change: suppress::change(now[i], before[i]),
            per_100_children: None,
        })
        .collect()
}

fn average(sum: u64, answers: u64) -> Option<f64> {
    (answers > 0).then(|| (sum as f64 / answers as f64 * 10.0).round() / 10.0)
}

fn minutes(seconds: i64) -> i64 {
    (seconds + 59) / 60
}

/// Builds the report for one organisation and period.
pub async fn board_report(
    db: &Db,
    org: &db::orgs::Org,
    period: Period,
    today: NaiveDate,
) -> Result<BoardReport, sqlx::Error> {
    let t = Threshold::new(org.suppress_threshold as u64).unwrap_or(Threshold::DEFAULT);
    let i18n = I18n::english();
    let (previous, comparison) = period.comparable_previous(today);
    let (from, until) = period.bounds();
    // The two periods are read side by side: each is one index range.
    let mut keys = Keys::new();
    let (mut now, mut before) =
        tokio::try_join!(counts(db, org.id, period, &keys), counts(db, org.id, previous, &keys))?;
    // "Other" kinds only exist in old data; leave the line out when empty.
    if now.by_kind.last() == Some(&0) && before.by_kind.last() == Some(&0) {
        keys.kinds.pop();
        now.by_kind.pop();
        before.by_kind.pop();
    }

    // One total, broken down four ways, suppressed together per period.
    let parts = |c: &Counts| {
        vec![
            c.by_kind.clone(),
            c.by_age_band.clone(),
            c.by_care_status.clone(),
            c.urgency.clone(),
        ]
    };
    let now_s = suppress::breakdowns(now.total, &parts(&now), t);
    let before_s = suppress::breakdowns(before.total, &parts(&before), t);
    let label = |prefix: &str, key: &str| {
        let id = format!("report-{prefix}-{key}");
        let words = i18n.t(&id);
        if words == id {
            key.to_string()
        } else {
            words
        }
    };

    // Themes overlap (a message can have several), so each is on its own.
    let themes = db::report::themes(db, org.id).await?;
    let count_of = |c: &Counts, id: i64| c.themes.iter().find(|(t, _)| *t == id).map_or(0, |(_, n)| *n);
    let by_theme = themes
        .iter()
        .filter(|th| !th.retired || count_of(&now, th.id) + count_of(&before, th.id) > 0)
        .map(|th| {
            let (a, b) = (
                suppress::single(count_of(&now, th.id), t),
                suppress::single(count_of(&before, th.id), t),
            );
            Line {
                key: th.slug.clone(),
                label: th.label.clone(),
                this_period: Cell::new(a, t),
                previous_period: Cell::new(b, t),
                change: suppress::change(a, b),
                per_100_children: None,
            }
        })
        .collect();

    // Mood: answers per month add up to the period's answers.
    let answers = |c: &Counts| c.months.iter().map(|m| m.1).sum::<u64>();
    let mood_sum = |c: &Counts| c.months.iter().map(|m| m.2).sum::<u64>();
    let month_counts: Vec<u64> = now.months.iter().map(|m| m.1).collect();
    let months_s = suppress::breakdowns(answers(&now), &[month_counts], t);
    let shown_average = |c: &Counts| {
        let s = suppress::single(answers(c), t);
        s.count().and_then(|n| average(mood_sum(c), n))
    };
    let mood = MoodTrend {
        average: shown_average(&now),
        previous_average: shown_average(&before),
        months: now
            .months
            .iter()
            .zip(&months_s.parts[0])
            .map(|((month, n, sum), shown)| MoodMonth {
                month: month.clone(),
                answers: Cell::new(*shown, t),
                average: shown.count().and_then(|_| average(*sum, *n)),
            })
            .collect(),
    };

    // Acknowledgement times of the period's alerts.
    let alerts = db::report::alert_times(db, org.id, from, until).await?;
    let mut waits: Vec<i64> = alerts
        .iter()
        .filter_map(|a| a.acknowledged_at.map(|ack| (ack - a.created_at).max(0)))
        .collect();
    waits.sort_unstable();
    let waiting = alerts.iter().filter(|a| a.acknowledged_at.is_none()).count() as u64;
    if !suppress::times_shown(now_s.parts[3][0], waits.len() as u64, t) {
        waits.clear();
    }
    let urgent = Urgent {
        this_period: Cell::new(now_s.parts[3][0], t),
        previous_period: Cell::new(before_s.parts[3][0], t),
        change: suppress::change(now_s.parts[3][0], before_s.parts[3][0]),
        acknowledged_median_minutes: (!waits.is_empty()).then(|| minutes(waits[(waits.len() - 1) / 2])),
        acknowledged_worst_minutes: waits.last().map(|w| minutes(*w)),
        waiting: Cell::new(suppress::single(waiting, t), t),
    };

    let today_s = today.to_string();
    let actions = db::actions::list(db, org.id, false)
        .await?
        .into_iter()
        .map(|a| ActionLine {
            overdue: a.overdue(&today_s),
            you_said: a.you_said,
            we_did: a.we_did,
            status: a.status,
            owner: a.owner_email,
            due_on: a.due_on,
            published: a.published,
        })
        .collect();

    let approved = db::report::quotes(db, org.id, from, until).await?;
    let quotes = themes
        .iter()
        .filter_map(|th| {
            let quotes: Vec<String> = approved
                .iter()
                .filter(|q| q.theme_id == th.id)
                .take(3)
                .map(|q| q.text.clone())
                .collect();
            (!quotes.is_empty()).then(|| ThemeQuotes {
                theme: th.slug.clone(),
                label: th.label.clone(),
                quotes,
            })
        })
        .collect();

    let replies = crate::service::promises_report::replies(db, org.id, period, previous, today, t).await?;
    let cohort = crate::service::promises_report::cohort(db, org.id, period).await?;
    let promises = crate::service::promises_report::promises(db, org.id, period, today, t).await?;
    let group_sessions = crate::service::promises_report::group_sessions(db, org.id, period, previous, t).await?;
    let mut surveys = crate::service::survey_results::closed_between(db, org.id, from, until).await?;
    if let Some(c) = &cohort {
        crate::service::promises_report::response_rates(&mut surveys, c);
    }
    let mut report = BoardReport {
        org: org.slug.clone(),
        org_name: org.name.clone(),
        period: period.wire(),
        previous_period: previous.wire(),
        comparison: comparison.to_string(),
        threshold: t.get(),
        total: Line {
            key: "all".into(),
            label: i18n.t("report-total"),
            this_period: Cell::new(now_s.total, t),
            previous_period: Cell::new(before_s.total, t),
            change: suppress::change(now_s.total, before_s.total),
            per_100_children: None,
        },
        by_kind: lines(
            &keys.kinds,
            |k| label("kind", k),
            &now_s.parts[0],
            &before_s.parts[0],
            t,
        ),
        by_age_band: lines(
            &keys.age_bands,
            |k| label("band", k),
            &now_s.parts[1],
            &before_s.parts[1],
            t,
        ),
        by_care_status: lines(&keys.care, |k| label("care", k), &now_s.parts[2], &before_s.parts[2], t),
        by_theme,
        mood,
        urgent,
        actions,
        quotes,
        surveys,
        replies,
        cohort,
        promises,
        group_sessions,
    };
    if let Some(c) = cohort {
        crate::service::promises_report::add_rates(&mut report, c);
    }
    Ok(report)
}

/// A day `YYYY-MM-DD` as "1 July 2026"; anything else as it is.
pub fn long_date(d: &str) -> String {
    NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .map(|d| d.format("%-d %B %Y").to_string())
        .unwrap_or_else(|_| d.to_string())
}

/// How many board members the report would be emailed to.
pub async fn board_members(db: &Db, org_id: i64) -> Result<usize, sqlx::Error> {
    Ok(db::report::board_emails(db, org_id).await?.len())
}

/// "Email this report to the board": one email per board member with a
/// link to the report for `period` (never figures: email is not a safe
/// channel), queued in the outbox in one transaction with its audit
/// entry. Returns how many were queued.
pub async fn email_board(
    db: &Db,
    link_base: &str,
    staff: &crate::service::staff::Staff,
    period: Period,
    now: i64,
) -> Result<usize, sqlx::Error> {
    let t = I18n::english();
    let org_id = staff.user.org_id;
    let mut tx = db.begin().await?;
    let org = db::orgs::by_id(&mut tx, org_id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    let board = db::report::board_emails(&mut tx, org_id).await?;
    let period_words = format!(
        "{} to {}",
        long_date(&period.from.to_string()),
        long_date(&period.to.to_string())
    );
    let link = format!("{link_base}/staff/report?from={}&to={}", period.from, period.to);
    let subject = t.ts("report-email-subject", &[("org", &org.name), ("period", &period_words)]);
    let body = t.ts(
        "report-email-body",
        &[("org", &org.name), ("period", &period_words), ("link", &link)],
    );
    for to in &board {
        let email = db::outbox::NewEmail {
            feedback_id: None,
            org_id: Some(org_id),
            to,
            subject: &subject,
            body_text: &body,
        };
        db::outbox::enqueue(&mut tx, &email, now).await?;
    }
    db::audit::record(
        &mut tx,
        org_id,
        Some(staff.user.user_id),
        "report.email",
        None,
        &format!("{} to {}, {} board members", period.from, period.to, board.len()),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(board.len())
}

/// The report as CSV: one row per figure, suppressed exactly as on screen.
pub fn csv(report: &BoardReport) -> String {
    let mut out = String::from("section,key,label,this_period,previous_period,change\n");
    let mut row = |cells: [String; 6]| {
        out.push_str(&cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    };
    let line = |section: &str, l: &Line| {
        [
            section.to_string(),
            l.key.clone(),
            l.label.clone(),
            l.this_period.shown.clone(),
            l.previous_period.shown.clone(),
            l.change.map(|c| c.to_string()).unwrap_or_default(),
        ]
    };
    row(line("total", &report.total));
    for (section, lines) in [
        ("kind", &report.by_kind),
        ("theme", &report.by_theme),
        ("age_band", &report.by_age_band),
        ("care_status", &report.by_care_status),
    ] {
        for l in lines {
            row(line(section, l));
        }
    }
    let u = &report.urgent;
    row([
        "urgent".into(),
        "urgent".into(),
        "Urgent messages".into(),
        u.this_period.shown.clone(),
        u.previous_period.shown.clone(),
        u.change.map(|c| c.to_string()).unwrap_or_default(),
    ]);
    let opt = |m: Option<i64>| m.map(|m| m.to_string()).unwrap_or_default();
    row([
        "urgent".into(),
        "ack_median_minutes".into(),
        "Minutes to acknowledge (median)".into(),
        opt(u.acknowledged_median_minutes),
        String::new(),
        String::new(),
    ]);
    row([
        "urgent".into(),
        "ack_worst_minutes".into(),
        "Minutes to acknowledge (longest)".into(),
        opt(u.acknowledged_worst_minutes),
        String::new(),
        String::new(),
    ]);
    row([
        "urgent".into(),
        "waiting".into(),
        "Alerts still waiting".into(),
        u.waiting.shown.clone(),
        String::new(),
        String::new(),
    ]);
    let r = &report.replies;
    for (key, label, now, before) in [
        ("due", "Replies due", &r.due, &r.previous_period.due),
        ("on_time", "Replied on time", &r.on_time, &r.previous_period.on_time),
        ("late", "Replied late", &r.late, &r.previous_period.late),
        (
            "overdue_now",
            "Still waiting, date passed",
            &r.overdue_now,
            &r.previous_period.overdue_now,
        ),
    ] {
        row([
            "replies".into(),
            key.into(),
            label.into(),
            now.shown.clone(),
            before.shown.clone(),
            String::new(),
        ]);
    }
    if let (Some(c), Some(rate)) = (&report.cohort, report.total.per_100_children) {
        row([
            "cohort".into(),
            "per_100_children".into(),
            format!(
                "Messages per 100 children ({} in care, {} care leavers)",
                c.in_care, c.care_leavers
            ),
            format!("{rate:.1}"),
            String::new(),
            String::new(),
        ]);
    }
    let avg = |a: Option<f64>| a.map(|a| format!("{a:.1}")).unwrap_or_default();
    row([
        "mood".into(),
        "average".into(),
        "Average mood (1-5)".into(),
        avg(report.mood.average),
        avg(report.mood.previous_average),
        String::new(),
    ]);
    for m in &report.mood.months {
        row([
            "mood_month".into(),
            m.month.clone(),
            "Mood answers".into(),
            m.answers.shown.clone(),
            String::new(),
            String::new(),
        ]);
        row([
            "mood_month_average".into(),
            m.month.clone(),
            "Average mood (1-5)".into(),
            avg(m.average),
            String::new(),
            String::new(),
        ]);
    }
    for a in &report.actions {
        row([
            "action".into(),
            a.status.clone(),
            a.you_said.clone(),
            a.owner.clone().unwrap_or_default(),
            a.due_on.clone().unwrap_or_default(),
            if a.overdue { "overdue".into() } else { String::new() },
        ]);
    }
    for s in &report.surveys {
        row([
            "survey".into(),
            s.slug.clone(),
            s.title.clone(),
            s.responses.shown.clone(),
            String::new(),
            String::new(),
        ]);
        for q in &s.questions {
            for a in &q.answers {
                let percent = a.percent.map(|p| format!("{p:.1}%")).unwrap_or_else(|| "-".into());
                row([
                    "survey_answer".into(),
                    format!("{}/{}/{}", s.slug, q.id, a.answer),
                    format!("{}: {} ({percent})", q.text, a.label),
                    a.count.shown.clone(),
                    String::new(),
                    String::new(),
                ]);
            }
        }
    }
    for q in &report.quotes {
        for text in &q.quotes {
            row([
                "quote".into(),
                q.theme.clone(),
                text.clone(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_default_period_is_this_quarter_and_its_previous_is_the_quarter_before() {
        let p = Period::parse(None, Some(""), day("2026-11-23")).unwrap();
        assert_eq!((p.from, p.to), (day("2026-10-01"), day("2026-12-31")));
        let q = p.previous();
        assert_eq!((q.from, q.to), (day("2026-07-01"), day("2026-09-30")));
        let first = Period::quarter_of(day("2026-02-10")).previous();
        assert_eq!((first.from, first.to), (day("2025-10-01"), day("2025-12-31")));
    }

    #[test]
    fn a_given_quarter_is_compared_with_the_quarter_before_and_nothing_else_is_allowed() {
        let p = Period::parse(Some("2026-04-01"), Some("2026-06-30"), day("2026-11-23")).unwrap();
        let q = p.previous();
        assert_eq!((q.from, q.to), (day("2026-01-01"), day("2026-03-31")));
        // Days inside one quarter are read as that whole quarter, so two
        // reports never subtract to a few days; days across quarters are refused.
        let q1 = Period::parse(Some("2026-03-10"), Some("2026-03-19"), day("2026-11-23")).unwrap();
        assert_eq!((q1.from, q1.to), (day("2026-01-01"), day("2026-03-31")));
        let q3 = Period::parse(Some("2026-07-02"), Some("2026-09-30"), day("2026-11-23")).unwrap();
        assert_eq!((q3.from, q3.to), (day("2026-07-01"), day("2026-09-30")));
        assert!(Period::parse(Some("2026-06-01"), Some("2026-07-31"), day("2026-11-23")).is_err());
    }

    #[test]
    fn a_running_period_is_compared_with_as_many_days_of_the_one_before() {
        // 30 November: 61 days of the fourth quarter against 1 July to 30 August.
        let q4 = Period::quarter_of(day("2026-11-30"));
        let (before, how) = q4.comparable_previous(day("2026-11-30"));
        assert_eq!((before.from, before.to), (day("2026-07-01"), day("2026-08-30")));
        assert_eq!(how, "same_days_so_far");
        // On its first day, one day against one day.
        let (before, _) = q4.comparable_previous(day("2026-10-01"));
        assert_eq!((before.from, before.to), (day("2026-07-01"), day("2026-07-01")));
        // Once it is over (or on its last day), whole periods.
        let (before, how) = q4.comparable_previous(day("2026-12-31"));
        assert_eq!((before.from, before.to), (day("2026-07-01"), day("2026-09-30")));
        assert_eq!(how, "whole_periods");
        let (_, how) = q4.comparable_previous(day("2027-02-01"));
        assert_eq!(how, "whole_periods");
        // 89 days of the first quarter against 89 days of the fourth.
        let q1 = Period::quarter_of(day("2027-03-30"));
        let (before, _) = q1.comparable_previous(day("2027-03-30"));
        assert_eq!((before.from, before.to), (day("2026-10-01"), day("2026-12-28")));
    }

    #[test]
    fn bad_periods_say_what_is_wrong() {
        let today = day("2026-11-23");
        assert!(Period::parse(Some("2026-01-01"), None, today).is_err());
        assert!(Period::parse(Some("2026-13-01"), Some("2026-12-01"), today).is_err());
        assert!(Period::parse(Some("2026-05-01"), Some("2026-04-01"), today).is_err());
        assert!(Period::parse(Some("2000-01-01"), Some("2026-01-01"), today).is_err());
    }

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-3"), "-3");
        assert_eq!(csv_field("-cmd"), "'-cmd");
    }
}
