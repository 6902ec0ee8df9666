//! The Board report's "promises kept" parts: how reply promises were kept,
//! the cohort that turns counts into rates, and survey response rates.
//! Every count goes through `domain::suppress` like the rest of the report.

use crate::db::{self, Db};
use crate::domain::reply_by::{uk_date, Kept, Promise};
use crate::domain::status::FeedbackStatus;
use crate::domain::suppress::{self, Cell, Threshold};
use crate::domain::survey_results::SurveyHeadline;
use app::model::CareStatus;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use utoipa::ToSchema;

use super::report::Period;

/// How often the organisation kept its promised reply date, for promises
/// that came due in the period (see `domain::reply_by::Kept`).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Replies {
    pub due: Cell,
    pub on_time: Cell,
    pub late: Cell,
    pub overdue_now: Cell,
    /// The same four for the previous period.
    pub previous_period: RepliesBefore,
    /// On time out of due, when both are shown.
    pub on_time_percent: Option<f64>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct RepliesBefore {
    pub due: Cell,
    pub on_time: Cell,
    pub late: Cell,
    pub overdue_now: Cell,
}

/// Children the council looks after and supports, as recorded by an admin
/// for the period's quarter.
#[derive(Clone, Copy, Debug, Serialize, ToSchema)]
pub struct Cohort {
    pub in_care: u64,
    pub care_leavers: u64,
}

impl Cohort {
    pub fn children(&self) -> u64 {
        self.in_care + self.care_leavers
    }
}

/// A quarter's name as recorded: `2026-Q4`.
pub fn quarter_name(day: NaiveDate) -> String {
    format!("{}-Q{}", day.year(), day.month0() / 3 + 1)
}

/// Parses `2026-Q4`.
pub fn parse_quarter(s: &str) -> Option<String> {
    let (year, q) = s.trim().split_once("-Q")?;
    let year: i32 = year.parse().ok().filter(|y| (2000..=2100).contains(y))?;
    let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    Some(format!("{year}-Q{q}"))
}

async fn kept(db: &Db, org_id: i64, period: Period, today: NaiveDate) -> Result<Kept, sqlx::Error> {
    let rows = db::promises::reply_promises(db, org_id, &period.from.to_string(), &period.to.to_string()).await?;
    let promises: Vec<Promise> = rows
        .iter()
        .filter_map(|r| {
            Some(Promise {
                reply_by: NaiveDate::parse_from_str(&r.reply_by, "%Y-%m-%d").ok()?,
                first_reply: r.first_reply_at.map(uk_date),
                closed_unreplied: FeedbackStatus::parse(&r.status) == Some(FeedbackStatus::Closed),
            })
        })
        .collect();
    Ok(Kept::tally(&promises, today))
}

/// The four figures of one period, suppressed together (they add up to
/// `due`, with "due today" as the unshown rest).
fn cells(k: Kept, t: Threshold) -> [Cell; 4] {
    let parts = vec![vec![k.on_time, k.late, k.overdue_now, k.due_today]];
    let s = suppress::breakdowns(k.due(), &parts, t);
    [
        Cell::new(s.total, t),
        Cell::new(s.parts[0][0], t),
        Cell::new(s.parts[0][1], t),
        Cell::new(s.parts[0][2], t),
    ]
}

pub async fn replies(
    db: &Db,
    org_id: i64,
    period: Period,
    previous: Period,
    today: NaiveDate,
    t: Threshold,
) -> Result<Replies, sqlx::Error> {
    let (now, before) = tokio::try_join!(kept(db, org_id, period, today), kept(db, org_id, previous, today))?;
    let [due, on_time, late, overdue_now] = cells(now, t);
    let on_time_percent = match (due.count, on_time.count) {
        (Some(d), Some(o)) if d > 0 => Some((o as f64 * 1000.0 / d as f64).round() / 10.0),
        _ => None,
    };
    let [b_due, b_on_time, b_late, b_overdue] = cells(before, t);
    Ok(Replies {
        due,
        on_time,
        late,
        overdue_now,
        previous_period: RepliesBefore {
            due: b_due,
            on_time: b_on_time,
            late: b_late,
            overdue_now: b_overdue,
        },
        on_time_percent,
    })
}

/// The cohort recorded for the quarter the period starts in.
pub async fn cohort(db: &Db, org_id: i64, period: Period) -> Result<Option<Cohort>, sqlx::Error> {
    Ok(db::promises::cohort(db, org_id, &quarter_name(period.from))
        .await?
        .map(|(in_care, care_leavers)| Cohort {
            in_care: in_care.max(0) as u64,
            care_leavers: care_leavers.max(0) as u64,
        }))
}

/// `count` per 100 of `out_of`, to one decimal place, when both are known.
pub fn per_100(count: Option<u64>, out_of: u64) -> Option<f64> {
    let count = count?;
    (out_of > 0).then(|| (count as f64 * 1000.0 / out_of as f64).round() / 10.0)
}

/// One promise in the Board report: what was tied to it in the period
/// (suppressed) and its actions by status, overdue first.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PromiseLine {
    pub slug: String,
    pub title: String,
    /// Messages received in the period tied to this promise.
    pub feedback: Cell,
    /// Survey responses in the period answering a question tied to it.
    pub survey_answers: Cell,
    /// Group sessions held in the period tied to it.
    pub group_sessions: Cell,
    /// How many of its actions are in each status (`overdue` counts those
    /// past their due date and not done).
    pub actions_by_status: ActionsByStatus,
    /// Its actions, overdue first.
    pub actions: Vec<PromiseAction>,
    /// True when an action under it is overdue, or it has none at all.
    pub at_risk: bool,
}

#[derive(Clone, Debug, Default, Serialize, ToSchema)]
pub struct ActionsByStatus {
    pub heard: u64,
    pub planned: u64,
    pub in_progress: u64,
    pub done: u64,
    pub not_doing: u64,
    pub overdue: u64,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PromiseAction {
    pub you_said: String,
    pub status: String,
    pub due_on: Option<String>,
    pub overdue: bool,
    pub published: bool,
}

/// What groups said in the period, counted apart from single messages:
/// sessions and the young people who took part, never the words.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct GroupSessions {
    pub sessions: Cell,
    pub participants: Cell,
    pub previous_period: GroupSessionsBefore,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct GroupSessionsBefore {
    pub sessions: Cell,
    pub participants: Cell,
}

pub async fn group_sessions(
    db: &Db,
    org_id: i64,
    period: Period,
    previous: Period,
    t: Threshold,
) -> Result<GroupSessions, sqlx::Error> {
    let totals =
        |p: Period| async move { db::group_feedback::totals(db, org_id, &p.from.to_string(), &p.to.to_string()).await };
    let ((s, n), (bs, bn)) = tokio::try_join!(totals(period), totals(previous))?;
    let cell = |c: i64| Cell::new(suppress::single(c.max(0) as u64, t), t);
    Ok(GroupSessions {
        sessions: cell(s),
        participants: cell(n),
        previous_period: GroupSessionsBefore {
            sessions: cell(bs),
            participants: cell(bn),
        },
    })
}

/// Per promise: what was tied to it in the period and its actions.
pub async fn promises(
    db: &Db,
    org_id: i64,
    period: Period,
    today: NaiveDate,
    t: Threshold,
) -> Result<Vec<PromiseLine>, sqlx::Error> {
    let list = db::promises::list(db, org_id, None).await?;
    if list.is_empty() {
        return Ok(Vec::new());
    }
    let (from, until) = period.bounds();
    let (first_day, last_day) = (period.from.to_string(), period.to.to_string());
    let (feedback, answers, groups, ties, actions) = tokio::try_join!(
        db::promises::feedback_counts(db, org_id, from, until),
        db::promises::survey_answer_counts(db, org_id, from, until),
        db::promises::group_counts(db, org_id, &first_day, &last_day),
        db::promises::all_actions(db, org_id),
        db::actions::list(db, org_id, false),
    )?;
    let today = today.to_string();
    let count = |rows: &[(i64, i64)], id: i64| {
        let n = rows
            .iter()
            .find(|(p, _)| *p == id)
            .map_or(0, |(_, n)| (*n).max(0) as u64);
        Cell::new(suppress::single(n, t), t)
    };
    Ok(list
        .into_iter()
        .map(|p| {
            let mut mine: Vec<PromiseAction> = actions
                .iter()
                .filter(|a| ties.iter().any(|(pid, aid)| *pid == p.id && *aid == a.id))
                .map(|a| PromiseAction {
                    overdue: a.overdue(&today),
                    you_said: a.you_said.clone(),
                    status: a.status.clone(),
                    due_on: a.due_on.clone(),
                    published: a.published,
                })
                .collect();
            // Overdue first, then by due date (none last).
            mine.sort_by(|a, b| {
                b.overdue
                    .cmp(&a.overdue)
                    .then_with(|| a.due_on.is_none().cmp(&b.due_on.is_none()))
                    .then_with(|| a.due_on.cmp(&b.due_on))
            });
            let mut by = ActionsByStatus::default();
            for a in &mine {
                use crate::domain::status::ActionStatus;
                match ActionStatus::parse(&a.status) {
                    Some(ActionStatus::Heard) => by.heard += 1,
                    Some(ActionStatus::Planned) => by.planned += 1,
                    Some(ActionStatus::InProgress) => by.in_progress += 1,
                    Some(ActionStatus::Done) => by.done += 1,
                    Some(ActionStatus::NotDoing) => by.not_doing += 1,
                    None => {}
                }
                by.overdue += u64::from(a.overdue);
            }
            PromiseLine {
                feedback: count(&feedback, p.id),
                survey_answers: count(&answers, p.id),
                group_sessions: count(&groups, p.id),
                at_risk: by.overdue > 0 || mine.is_empty(),
                actions_by_status: by,
                actions: mine,
                slug: p.slug,
                title: p.title,
            }
        })
        .collect())
}

/// Rates per 100 children beside the total and each care status.
pub fn add_rates(report: &mut super::report::BoardReport, cohort: Cohort) {
    report.total.per_100_children = per_100(report.total.this_period.count, cohort.children());
    for line in &mut report.by_care_status {
        let out_of = match line.key.as_str() {
            "in_care" => cohort.in_care,
            "care_leaver" => cohort.care_leavers,
            _ => continue,
        };
        line.per_100_children = per_100(line.this_period.count, out_of);
    }
}

/// Each survey's response rate against its audience, as Bright Spots
/// reports it. Only for surveys open to every age band: the cohort is not
/// recorded by age.
pub fn response_rates(surveys: &mut [SurveyHeadline], cohort: &Cohort) {
    for s in surveys {
        if !s.audience.age_bands.is_empty() {
            continue;
        }
        let statuses = s.audience.statuses();
        let size: u64 = statuses
            .iter()
            .map(|c| match c {
                CareStatus::InCare => cohort.in_care,
                CareStatus::CareLeaver => cohort.care_leavers,
            })
            .sum();
        s.audience_size = (size > 0).then_some(size);
        s.response_rate_percent = per_100(s.responses.count, size);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_are_named_and_parsed() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(quarter_name(d), "2026-Q4");
        assert_eq!(parse_quarter(" 2026-Q1 ").as_deref(), Some("2026-Q1"));
        assert_eq!(parse_quarter("2026-Q5"), None);
        assert_eq!(parse_quarter("26-Q1"), None);
        assert_eq!(parse_quarter("2026Q1"), None);
    }

    #[test]
    fn rates_are_per_hundred_children() {
        assert_eq!(per_100(Some(5), 250), Some(2.0));
        assert_eq!(per_100(Some(1), 3), Some(33.3));
        assert_eq!(per_100(None, 250), None);
        assert_eq!(per_100(Some(5), 0), None);
    }

    #[test]
    fn small_reply_figures_are_suppressed_together() {
        let t = Threshold::DEFAULT;
        let k = Kept {
            on_time: 20,
            late: 2,
            overdue_now: 0,
            due_today: 0,
        };
        let [due, on_time, late, _] = cells(k, t);
        assert_eq!(due.count, Some(22));
        assert!(late.suppressed);
        assert!(on_time.suppressed, "else 22 - 20 would reveal the late count");
    }
}
