//! Survey results for staff, the API and the Board report: reads the
//! answers, hands them to `domain::survey_results` to count and suppress,
//! compares with the previous round, and writes the CSV.

use super::csv_field;
use super::surveys::{list, threshold, today, Survey};
use crate::db::{self, orgs::Org, Db};
use crate::domain::status::SurveyStatus;
use crate::domain::suppress::{self, Cell, Shown};
use crate::domain::survey;
use crate::domain::survey_results::{
    band_groups, care_groups, compute, About, HeadlineQuestion, PreviousRound, SurveyHeadline, SurveyResults, Tally,
};
use std::collections::HashMap;

fn about(survey: &Survey, today: &str) -> About {
    About {
        slug: survey.row.slug.clone(),
        title: survey.row.title.clone(),
        status: survey.status(today).as_str().to_string(),
        opens_on: survey.row.opens_on.clone(),
        closes_on: survey.row.closes_on.clone(),
    }
}

async fn tally(db: &Db, survey: &Survey, today: &str) -> Result<Tally, sqlx::Error> {
    let mut rows = db::surveys::answers(db, survey.row.id).await?;
    if survey.status(today) == SurveyStatus::Open {
        // Whole batches only (rows come ordered by response).
        let mut started: Vec<i64> = rows.iter().map(|r| r.response_id).collect();
        started.dedup();
        let kept = crate::domain::survey_results::responses_counted_while_open(started.len());
        if let Some(&first_left_out) = started.get(kept) {
            rows.retain(|r| r.response_id < first_left_out);
        }
    }
    let bands = band_groups();
    let cares = care_groups();
    let group = |v: &Option<String>, groups: &[&str]| {
        v.as_deref()
            .and_then(|v| groups.iter().position(|g| *g == v))
            .unwrap_or(groups.len() - 1)
    };
    let mut seen = Vec::new();
    let mut t = Tally {
        responses: Vec::new(),
        answers: HashMap::new(),
    };
    for r in rows {
        let b = group(&r.age_band, &bands);
        let c = group(&r.care_status, &cares);
        if seen.last() != Some(&r.response_id) {
            seen.push(r.response_id);
            t.responses.push((b, c));
        }
        let keys = r
            .value
            .split(',')
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect();
        t.answers.entry(r.question_id).or_default().push((b, c, keys));
    }
    Ok(t)
}

/// Results of a survey, compared with its previous round when it has one.
pub async fn results(db: &Db, org: &Org, survey: &Survey, now: i64) -> Result<SurveyResults, sqlx::Error> {
    let threshold = threshold(org);
    let today = today(now);
    let mut current = compute(
        &survey.def,
        about(survey, &today),
        &tally(db, survey, &today).await?,
        threshold,
    )
    .results;
    let previous = match survey.row.previous_id {
        Some(id) => db::surveys::by_id(db, org.id, id).await?,
        None => None,
    };
    if let Some(row) = previous {
        let prev_survey = Survey::from_row(row)?;
        let prev = compute(
            &prev_survey.def,
            about(&prev_survey, &today),
            &tally(db, &prev_survey, &today).await?,
            threshold,
        );
        for q in &mut current.questions {
            let Some((_, prev_counts)) = prev.overall.get(&q.id) else {
                continue;
            };
            let Some(pq) = prev_survey.def.question(&q.id) else {
                continue;
            };
            let prev_keys = survey::answer_keys(pq);
            for a in &mut q.answers {
                if let Some(i) = prev_keys.iter().position(|k| *k == a.answer) {
                    let before = prev_counts[i];
                    a.previous = Some(Cell::new(before, threshold));
                    let now_shown = match a.count.count {
                        Some(n) => Shown::Count(n),
                        None => Shown::Hidden,
                    };
                    a.change = suppress::change(now_shown, before);
                }
            }
        }
        current.previous = Some(PreviousRound {
            slug: prev_survey.row.slug.clone(),
            title: prev_survey.row.title.clone(),
            responses: Cell::new(prev.responses, threshold),
        });
    }
    Ok(current)
}

/// Headline results of the surveys that closed in `[from_unix, to_unix)`
/// (their closing day falls in the period), for the Board report, with the
/// organisation's suppression. Free text is never included.
pub async fn closed_between(
    db: &Db,
    org_id: i64,
    from_unix: i64,
    to_unix: i64,
) -> Result<Vec<SurveyHeadline>, sqlx::Error> {
    let Some(org) = db::orgs::by_id(db, org_id).await? else {
        return Ok(Vec::new());
    };
    let from = today(from_unix);
    let to = today(to_unix - 1);
    let now = crate::now();
    let today = today(now);
    let mut out = Vec::new();
    for s in list(db, &org).await? {
        let closes = s.row.closes_on.clone().unwrap_or_default();
        if s.status(&today) != SurveyStatus::Closed || closes < from || closes > to {
            continue;
        }
        let r = results(db, &org, &s, now).await?;
        out.push(SurveyHeadline {
            audience_size: None,
            response_rate_percent: None,
            audience: s.def.audience.clone(),
            slug: r.slug,
            title: r.title,
            closes_on: r.closes_on,
            responses: r.responses,
            questions: r
                .questions
                .into_iter()
                .filter(|q| q.kind != "text")
                .map(|q| HeadlineQuestion {
                    id: q.id,
                    text: q.text,
                    answered: q.answered,
                    answers: q.answers,
                })
                .collect(),
        });
    }
    out.reverse();
    Ok(out)
}

/// The results as CSV: one row per question, group and answer.
pub fn results_csv(r: &SurveyResults) -> String {
    let mut out = String::from("question_id,question,group_by,group,answer,label,count,percent,previous,change\n");
    let mut row = |cells: [&str; 10]| {
        out.push_str(&cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    };
    row(["", "responses", "all", "all", "", "", &r.responses.shown, "", "", ""]);
    for g in &r.responses_by_age_band {
        row([
            "",
            "responses",
            "age_band",
            &g.group,
            "",
            "",
            &g.count.shown,
            "",
            "",
            "",
        ]);
    }
    for g in &r.responses_by_care_status {
        row([
            "",
            "responses",
            "care_status",
            &g.group,
            "",
            "",
            &g.count.shown,
            "",
            "",
            "",
        ]);
    }
    let pct = |p: Option<f64>| p.map(|p| format!("{p:.1}")).unwrap_or_default();
    for q in &r.questions {
        row([
            &q.id,
            &q.text,
            "all",
            "all",
            "",
            "answered",
            &q.answered.shown,
            "",
            "",
            "",
        ]);
        for a in &q.answers {
            let previous = a.previous.as_ref().map(|p| p.shown.clone()).unwrap_or_default();
            let change = a.change.map(|c| c.to_string()).unwrap_or_default();
            row([
                &q.id,
                &q.text,
                "all",
                "all",
                &a.answer,
                &a.label,
                &a.count.shown,
                &pct(a.percent),
                &previous,
                &change,
            ]);
        }
        for (by, groups) in [("age_band", &q.by_age_band), ("care_status", &q.by_care_status)] {
            for g in groups {
                row([
                    &q.id,
                    &q.text,
                    by,
                    &g.group,
                    "",
                    "answered",
                    &g.answered.shown,
                    "",
                    "",
                    "",
                ]);
                for a in &g.answers {
                    row([
                        &q.id,
                        &q.text,
                        by,
                        &g.group,
                        &a.answer,
                        &a.label,
                        &a.count.shown,
                        &pct(a.percent),
                        "",
                        "",
                    ]);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::survey::WELLBEING_SLUG;
    use crate::service::surveys::{close, find, publish, respond};
    use serde_json::json;

    async fn demo_db() -> (Db, Org, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!("sayso-surveys-{}.db", uuid::Uuid::new_v4()));
        let db = Db::connect(&format!("sqlite:{}", path.display())).await.unwrap();
        db.migrate().await.unwrap();
        let details = crate::demo::OrgDetails {
            slug: "testshire",
            name: "Testshire",
            term_in_care: "children in care",
            out_of_hours_phone: "",
            advocacy_contact: "",
            complaints_contact: "",
        };
        crate::demo::create_org(&db, &details).await.unwrap();
        let org = db::orgs::by_slug(&db, "testshire").await.unwrap().unwrap();
        (db, org, path)
    }

    #[tokio::test]
    async fn the_board_report_gets_suppressed_headlines_of_surveys_closed_in_its_period() {
        let (db, org, path) = demo_db().await;
        let now = 1_780_000_000; // 2026-05-28
        let survey = find(&db, &org, WELLBEING_SLUG).await.unwrap();
        publish(&db, &survey, now).await.unwrap();
        let survey = find(&db, &org, WELLBEING_SLUG).await.unwrap();
        for i in 0..7 {
            let answers = json!({"trusted-adult": if i < 2 { "no" } else { "yes" }, "anything-else": "fine"});
            respond(
                &db,
                &org,
                &survey,
                Some("12-17"),
                None,
                answers.as_object().unwrap(),
                "en",
                now,
            )
            .await
            .unwrap();
        }
        close(&db, &survey, now).await.unwrap();
        let day = 86_400;
        let found = closed_between(&db, org.id, now - 30 * day, now + day).await.unwrap();
        assert_eq!(found.len(), 1);
        let headline = &found[0];
        assert_eq!(headline.slug, "wellbeing");
        assert_eq!(headline.closes_on.as_deref(), Some("2026-05-28"));
        assert_eq!(headline.responses.count, Some(7));
        let q = headline.questions.iter().find(|q| q.id == "trusted-adult").unwrap();
        let no = q.answers.iter().find(|a| a.answer == "no").unwrap();
        assert_eq!(no.count.shown, "fewer than 5");
        assert!(
            headline.questions.iter().all(|q| q.id != "anything-else"),
            "no free text"
        );
        let later = closed_between(&db, org.id, now + day, now + 60 * day).await.unwrap();
        assert!(later.is_empty(), "closed before the period");
        db.close().await;
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
}
