//! Survey results: counting answers overall, by age band and by care
//! status, and suppressing small numbers with the Board report's rules
//! (`suppress`), so a count from 1 to the threshold less one never shows
//! and no hidden cell can be worked out from the ones shown. Pure: the
//! service reads the answers and hands them here as a [`Tally`].

use super::suppress::{self, Cell, Shown, Threshold};
use super::survey::{self, Definition, QuestionKind};
use app::i18n::I18n;
use app::model::{AgeBand, CareStatus};
use serde::Serialize;
use std::collections::HashMap;

/// While a survey is open its results change as people answer, so staff
/// polling them could read each new respondent's answers off the change.
/// Until it closes, results count only the first whole batches of this many
/// responses (in the order they started): a change is always at least this
/// many people at once. After closing, every response counts.
pub const OPEN_RESULTS_BATCH: usize = 10;

/// How many of `started` responses an open survey's results include.
pub fn responses_counted_while_open(started: usize) -> usize {
    started - started % OPEN_RESULTS_BATCH
}

/// The groups results are broken down by; answers with no age band or care
/// status fall in `not_given`, so every breakdown adds up.
pub const NOT_GIVEN: &str = "not_given";

pub fn band_groups() -> Vec<&'static str> {
    AgeBand::ALL.iter().map(|b| b.as_str()).chain([NOT_GIVEN]).collect()
}

pub fn care_groups() -> Vec<&'static str> {
    CareStatus::ALL.iter().map(|c| c.as_str()).chain([NOT_GIVEN]).collect()
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct AnswerCount {
    /// The answer: a face 1-5, `yes`/`no`/`not_sure`, or an option id.
    pub answer: String,
    pub label: String,
    pub count: Cell,
    /// Of those who answered the question (in this group); null when hidden.
    pub percent: Option<f64>,
    /// The same answer in the previous round, when there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<Cell>,
    /// The change in count since the previous round, when both are shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<i64>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct GroupResults {
    /// An age band, a care status, or `not_given`.
    pub group: String,
    pub answered: Cell,
    pub answers: Vec<AnswerCount>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct QuestionResults {
    pub id: String,
    pub kind: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// How many responses answered this question.
    pub answered: Cell,
    pub answers: Vec<AnswerCount>,
    pub by_age_band: Vec<GroupResults>,
    pub by_care_status: Vec<GroupResults>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct GroupCount {
    pub group: String,
    pub count: Cell,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct PreviousRound {
    pub slug: String,
    pub title: String,
    pub responses: Cell,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct SurveyResults {
    pub slug: String,
    pub title: String,
    pub status: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    /// Counts from 1 to threshold - 1 are never shown.
    pub threshold: u64,
    /// Responses with at least one answer.
    pub responses: Cell,
    pub responses_by_age_band: Vec<GroupCount>,
    pub responses_by_care_status: Vec<GroupCount>,
    pub previous: Option<PreviousRound>,
    pub questions: Vec<QuestionResults>,
}

/// Headline results of a survey for the Board report.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct SurveyHeadline {
    pub slug: String,
    pub title: String,
    pub closes_on: Option<String>,
    pub responses: Cell,
    /// Per question, everyone's answers (free text is never included).
    pub questions: Vec<HeadlineQuestion>,
    /// How many children the survey was for, from the cohort recorded for
    /// the report's quarter; `null` when unknown (no cohort, or a survey
    /// for some age bands only: the cohort is not counted by age).
    pub audience_size: Option<u64>,
    /// Responses out of `audience_size`, in percent, when both are known.
    pub response_rate_percent: Option<f64>,
    /// Who the survey was for (to work out `audience_size`).
    #[serde(skip)]
    pub audience: crate::domain::survey::Audience,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct HeadlineQuestion {
    pub id: String,
    pub text: String,
    pub answered: Cell,
    pub answers: Vec<AnswerCount>,
}

/// Raw counts of one survey.
pub struct Tally {
    /// (band group, care group) per response with at least one answer.
    pub responses: Vec<(usize, usize)>,
    /// question id -> list of (band group, care group, keys).
    pub answers: HashMap<String, Vec<(usize, usize, Vec<String>)>>,
}

pub fn percent(part: Shown, whole: Shown) -> Option<f64> {
    match (part.count(), whole.count()) {
        (Some(p), Some(w)) if w > 0 => Some((p as f64 * 1000.0 / w as f64).round() / 10.0),
        _ => None,
    }
}

/// Hidden in either pass is hidden; the strongest reason wins.
pub fn merge(a: Shown, b: Shown) -> Shown {
    use Shown::*;
    match (a, b) {
        (Withheld, _) | (_, Withheld) => Withheld,
        (Small, _) | (_, Small) => Small,
        (Hidden, _) | (_, Hidden) => Hidden,
        (x, _) => x,
    }
}

/// A group-by-answer table suppressed with the Board report's rules: each
/// row against its shown total, each column against its shown total (the
/// overall count of that answer), hidden where either hides it. A row or
/// column whose own total is not shown is withheld whole.
pub fn cross_table(
    cells: &[Vec<u64>],
    rows: &[Shown],
    cols: &[Shown],
    rows_partition: bool,
    threshold: Threshold,
) -> Vec<Vec<Shown>> {
    let n_cols = cols.len();
    let mut out: Vec<Vec<Shown>> = cells
        .iter()
        .map(|row| row.iter().map(|&n| suppress::single(n, threshold)).collect())
        .collect();
    for (r, row) in out.iter_mut().enumerate() {
        match rows[r] {
            Shown::Count(total) if rows_partition => {
                let b = suppress::breakdowns(total, &[cells[r].clone()], threshold);
                for (cell, pass) in row.iter_mut().zip(&b.parts[0]) {
                    *cell = merge(*cell, *pass);
                }
            }
            Shown::Count(_) => {}
            _ => row.iter_mut().for_each(|s| *s = Shown::Withheld),
        }
    }
    for (c, col) in cols.iter().enumerate().take(n_cols) {
        match *col {
            Shown::Count(total) => {
                let column: Vec<u64> = cells.iter().map(|row| row[c]).collect();
                let b = suppress::breakdowns(total, &[column], threshold);
                for (row, pass) in out.iter_mut().zip(&b.parts[0]) {
                    row[c] = merge(row[c], *pass);
                }
            }
            _ => out.iter_mut().for_each(|row| row[c] = Shown::Withheld),
        }
    }
    out
}

/// What results computes before turning counts into cells.
pub struct Computed {
    pub responses: Shown,
    pub overall: HashMap<String, (Shown, Vec<Shown>)>,
    pub results: SurveyResults,
}

/// Which survey the results are of, as the results name it.
pub struct About {
    pub slug: String,
    pub title: String,
    /// `draft`, `open` or `closed` today.
    pub status: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
}

/// Counts every answer of `def` in `t` and suppresses them.
pub fn compute(def: &Definition, about: About, t: &Tally, threshold: Threshold) -> Computed {
    let english = I18n::english();
    let bands = band_groups();
    let cares = care_groups();
    let cell = |s: Shown| Cell::new(s, threshold);

    // Responses, by age band and by care status.
    let total = t.responses.len() as u64;
    let mut by_band = vec![0u64; bands.len()];
    let mut by_care = vec![0u64; cares.len()];
    for (b, c) in &t.responses {
        by_band[*b] += 1;
        by_care[*c] += 1;
    }
    let resp = suppress::breakdowns(total, &[by_band, by_care], threshold);
    let group_counts = |groups: &[&str], shown: &[Shown]| {
        groups
            .iter()
            .zip(shown)
            .map(|(g, s)| GroupCount {
                group: g.to_string(),
                count: cell(*s),
            })
            .collect::<Vec<_>>()
    };

    let mut overall = HashMap::new();
    let mut questions = Vec::new();
    for q in &def.questions {
        let empty = Vec::new();
        let list = t.answers.get(&q.id).unwrap_or(&empty);
        let keys = survey::answer_keys(q);
        let answered = list.len() as u64;
        let mut counts = vec![0u64; keys.len()];
        let mut band_answered = vec![0u64; bands.len()];
        let mut care_answered = vec![0u64; cares.len()];
        let mut band_cells = vec![vec![0u64; keys.len()]; bands.len()];
        let mut care_cells = vec![vec![0u64; keys.len()]; cares.len()];
        for (b, c, chosen) in list {
            band_answered[*b] += 1;
            care_answered[*c] += 1;
            for k in chosen {
                if let Some(i) = keys.iter().position(|key| key == k) {
                    counts[i] += 1;
                    band_cells[*b][i] += 1;
                    care_cells[*c][i] += 1;
                }
            }
        }
        // Single-answer kinds split the answered count; multiple choice does not.
        let partition = !matches!(q.kind, QuestionKind::Multiple | QuestionKind::Text);
        let mut parts = vec![band_answered.clone(), care_answered.clone()];
        if partition {
            parts.push(counts.clone());
        }
        let b = suppress::breakdowns(answered, &parts, threshold);
        let answered_shown = b.total;
        let count_shown: Vec<Shown> = if partition {
            b.parts[2].clone()
        } else {
            counts.iter().map(|&n| suppress::single(n, threshold)).collect()
        };
        let answer_counts = |shown: &[Shown], base: Shown| -> Vec<AnswerCount> {
            keys.iter()
                .zip(shown)
                .map(|(k, s)| AnswerCount {
                    answer: k.clone(),
                    label: survey::answer_label(q, k, &english),
                    count: cell(*s),
                    percent: percent(*s, base),
                    previous: None,
                    change: None,
                })
                .collect()
        };
        let groups = |names: &[&str], totals: &[Shown], cells: &[Vec<u64>]| -> Vec<GroupResults> {
            let table = cross_table(cells, totals, &count_shown, partition, threshold);
            names
                .iter()
                .enumerate()
                .map(|(i, g)| GroupResults {
                    group: g.to_string(),
                    answered: cell(totals[i]),
                    answers: answer_counts(&table[i], totals[i]),
                })
                .collect()
        };
        questions.push(QuestionResults {
            id: q.id.clone(),
            kind: q.kind.as_str().to_string(),
            text: q.wording.text.clone(),
            part: q.part.clone(),
            answered: cell(answered_shown),
            answers: answer_counts(&count_shown, answered_shown),
            by_age_band: groups(&bands, &b.parts[0], &band_cells),
            by_care_status: groups(&cares, &b.parts[1], &care_cells),
        });
        overall.insert(q.id.clone(), (answered_shown, count_shown));
    }
    Computed {
        responses: resp.total,
        overall,
        results: SurveyResults {
            slug: about.slug,
            title: about.title,
            status: about.status,
            opens_on: about.opens_on,
            closes_on: about.closes_on,
            threshold: threshold.get(),
            responses: cell(resp.total),
            responses_by_age_band: group_counts(&bands, &resp.parts[0]),
            responses_by_care_status: group_counts(&cares, &resp.parts[1]),
            previous: None,
            questions,
        },
    }
}
