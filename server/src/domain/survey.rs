//! Surveys: what a survey is (questions, wording per age band, audience),
//! and parsing what a young person answers into checked values.

use app::i18n::I18n;
use app::model::{AgeBand, CareStatus, MAX_TEXT_CHARS};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

pub const MAX_QUESTIONS: usize = 60;
pub const MAX_OPTIONS: usize = 20;
pub const WELLBEING_SLUG: &str = "wellbeing";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// The five-face scale: 1 (very unhappy) to 5 (very happy).
    Faces,
    /// `yes`, `no` or `not_sure`.
    YesNo,
    /// One option id.
    Single,
    /// A list of option ids.
    Multiple,
    /// Free text, through the harm check.
    Text,
}

impl QuestionKind {
    pub fn parse(s: &str) -> Option<QuestionKind> {
        serde_json::from_value(Value::String(s.to_string())).ok()
    }

    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Faces => "faces",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::Text => "text",
        }
    }
}

pub const YES_NO: [&str; 3] = ["yes", "no", "not_sure"];
pub const FACES: [&str; 5] = ["1", "2", "3", "4", "5"];

/// Words with optional different wording per age band (`4-7` ...).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Wording {
    pub text: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_band: BTreeMap<String, String>,
}

impl Wording {
    pub fn plain(text: &str) -> Wording {
        Wording {
            text: text.to_string(),
            by_band: BTreeMap::new(),
        }
    }

    pub fn for_band(&self, band: Option<AgeBand>) -> &str {
        band.and_then(|b| self.by_band.get(b.as_str()))
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(&self.text)
    }

    /// The words for a reader in `t`'s language and age band. While these
    /// are still the words Sayso wrote for the ready-made well-being survey
    /// (`stock` names that message: `wb-title`, `wb-<question>`,
    /// `wb-<question>-<option>`), they come in the reader's language; words
    /// an officer wrote or changed are shown exactly as written.
    pub fn for_reader(&self, stock: &str, t: &I18n) -> String {
        let written = self.for_band(t.band);
        if t.lang != "en" && t.has(stock) && I18n::new("en", t.band).t(stock) == written {
            return t.t(stock);
        }
        written.to_string()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub wording: Wording,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub wording: Wording,
    /// Only for `single` and `multiple`.
    #[serde(default)]
    pub options: Vec<Choice>,
    /// A heading the question sits under (the well-being survey's four parts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}

/// Who the survey is for; empty lists mean everyone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Audience {
    #[serde(default)]
    pub age_bands: Vec<AgeBand>,
    #[serde(default)]
    pub care_statuses: Vec<CareStatus>,
}

impl Audience {
    pub fn bands(&self) -> Vec<AgeBand> {
        if self.age_bands.is_empty() {
            AgeBand::ALL.to_vec()
        } else {
            AgeBand::ALL
                .iter()
                .copied()
                .filter(|b| self.age_bands.contains(b))
                .collect()
        }
    }

    pub fn statuses(&self) -> Vec<CareStatus> {
        if self.care_statuses.is_empty() {
            CareStatus::ALL.to_vec()
        } else {
            CareStatus::ALL
                .iter()
                .copied()
                .filter(|c| self.care_statuses.contains(c))
                .collect()
        }
    }
}

/// Everything about a survey that its results depend on, stored as one
/// JSON document so a published round can be compared as a whole.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    pub title: Wording,
    pub intro: Wording,
    pub questions: Vec<Question>,
    #[serde(default)]
    pub audience: Audience,
}

impl Definition {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// The answer keys of a question, in order: face numbers, yes/no/not sure,
/// or option ids. Empty for text.
pub fn answer_keys(q: &Question) -> Vec<String> {
    match q.kind {
        QuestionKind::Faces => FACES.iter().map(|s| s.to_string()).collect(),
        QuestionKind::YesNo => YES_NO.iter().map(|s| s.to_string()).collect(),
        QuestionKind::Single | QuestionKind::Multiple => q.options.iter().map(|o| o.id.clone()).collect(),
        QuestionKind::Text => Vec::new(),
    }
}

/// The words for one answer key in an age band's wording.
pub fn answer_label(q: &Question, key: &str, t: &I18n) -> String {
    match q.kind {
        QuestionKind::Faces => t.t(&format!("survey-face-{key}")),
        QuestionKind::YesNo => t.t(&format!("survey-answer-{key}")),
        _ => q
            .options
            .iter()
            .find(|o| o.id == key)
            .map(|o| o.wording.for_reader(&format!("wb-{}-{}", q.id, o.id), t))
            .unwrap_or_else(|| key.to_string()),
    }
}

/// One checked answer, as stored: keys for choices, words for text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Keys(Vec<String>),
    Text(String),
}

impl Answer {
    /// The stored form: keys joined by commas (ids never hold commas).
    pub fn stored(&self) -> String {
        match self {
            Answer::Keys(keys) => keys.join(","),
            Answer::Text(_) => String::new(),
        }
    }
}

/// Why an answer was refused, in words for an API caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerProblem {
    pub question: String,
    pub message: String,
}

/// Parses answers to checked values. `null` means "skipped" and is left
/// out; an empty text is a skip too.
pub fn parse_answers(
    def: &Definition,
    answers: &serde_json::Map<String, Value>,
) -> Result<Vec<(String, Answer)>, AnswerProblem> {
    let mut out = Vec::new();
    for (id, value) in answers {
        let problem = |message: &str| AnswerProblem {
            question: id.clone(),
            message: format!("Question \"{id}\": {message}"),
        };
        let q = def
            .question(id)
            .ok_or_else(|| problem("there is no question with this id in the survey."))?;
        if value.is_null() {
            continue;
        }
        let answer = match q.kind {
            QuestionKind::Faces => {
                let n = value
                    .as_i64()
                    .or_else(|| value.as_str().and_then(|s| s.trim().parse().ok()))
                    .filter(|n| (1..=5).contains(n))
                    .ok_or_else(|| problem("choose a face from 1 (very unhappy) to 5 (very happy)."))?;
                Answer::Keys(vec![n.to_string()])
            }
            QuestionKind::YesNo => {
                let s = value
                    .as_str()
                    .filter(|s| YES_NO.contains(s))
                    .ok_or_else(|| problem("answer \"yes\", \"no\" or \"not_sure\"."))?;
                Answer::Keys(vec![s.to_string()])
            }
            QuestionKind::Single => {
                let s = value
                    .as_str()
                    .filter(|s| q.options.iter().any(|o| o.id == *s))
                    .ok_or_else(|| problem("answer with one of the question's option ids."))?;
                Answer::Keys(vec![s.to_string()])
            }
            QuestionKind::Multiple => {
                let list = value
                    .as_array()
                    .ok_or_else(|| problem("answer with a list of the question's option ids."))?;
                let mut keys = Vec::new();
                for item in list {
                    let s = item
                        .as_str()
                        .filter(|s| q.options.iter().any(|o| o.id == *s))
                        .ok_or_else(|| problem("answer with a list of the question's option ids."))?;
                    if !keys.iter().any(|k| k == s) {
                        keys.push(s.to_string());
                    }
                }
                // Keep the question's order so stored answers compare.
                keys.sort_by_key(|k| q.options.iter().position(|o| &o.id == k));
                Answer::Keys(keys)
            }
            QuestionKind::Text => {
                let s = value.as_str().ok_or_else(|| problem("answer with words (a string)."))?;
                if s.trim().is_empty() {
                    continue;
                }
                if s.chars().count() > MAX_TEXT_CHARS {
                    return Err(problem(&format!("please keep it under {MAX_TEXT_CHARS} characters.")));
                }
                Answer::Text(s.to_string())
            }
        };
        out.push((id.clone(), answer));
    }
    Ok(out)
}

/// A slug from a title: lowercase letters, digits and dashes.
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(|c| c.to_lowercase()) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-')
        .chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

pub fn valid_slug(slug: &str) -> bool {
    (2..=40).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !["new", "responses"].contains(&slug)
}

pub fn valid_id(id: &str) -> bool {
    (1..=40).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Checks a definition an officer built: ids unique and well formed,
/// options where they are needed, words present.
pub fn check(def: &Definition) -> Result<(), String> {
    if def.title.text.trim().is_empty() {
        return Err("Give the survey a title.".into());
    }
    if def.questions.len() > MAX_QUESTIONS {
        return Err(format!("A survey can have up to {MAX_QUESTIONS} questions."));
    }
    let bands_ok = |w: &Wording| w.by_band.keys().all(|k| AgeBand::parse(k).is_some());
    if !bands_ok(&def.title) || !bands_ok(&def.intro) {
        return Err("Wording per age band uses the bands 4-7, 8-11, 12-17 and 16-25.".into());
    }
    for (i, q) in def.questions.iter().enumerate() {
        let n = i + 1;
        if !valid_id(&q.id) {
            return Err(format!(
                "Question {n}: its id must be 1-40 letters, digits, dashes or underscores."
            ));
        }
        if def.questions[..i].iter().any(|p| p.id == q.id) {
            return Err(format!("Question {n}: the id \"{}\" is used twice.", q.id));
        }
        if q.wording.text.trim().is_empty() {
            return Err(format!("Question {n}: write the question."));
        }
        if !bands_ok(&q.wording) {
            return Err(format!(
                "Question {n}: wording per age band uses the bands 4-7, 8-11, 12-17 and 16-25."
            ));
        }
        let needs_options = matches!(q.kind, QuestionKind::Single | QuestionKind::Multiple);
        if needs_options && q.options.len() < 2 {
            return Err(format!("Question {n}: give at least two options to choose from."));
        }
        if !needs_options && !q.options.is_empty() {
            return Err(format!(
                "Question {n}: only single and multiple choice questions have options."
            ));
        }
        if q.options.len() > MAX_OPTIONS {
            return Err(format!("Question {n}: up to {MAX_OPTIONS} options."));
        }
        for (j, o) in q.options.iter().enumerate() {
            if !valid_id(&o.id) || q.options[..j].iter().any(|p| p.id == o.id) {
                return Err(format!(
                    "Question {n}: each option needs its own id (letters, digits, dashes)."
                ));
            }
            if o.wording.text.trim().is_empty() || !bands_ok(&o.wording) {
                return Err(format!("Question {n}: every option needs words."));
            }
        }
    }
    Ok(())
}

/// Whether results of `old` still mean the same under `new`: the same
/// questions, kinds and answer keys in any order, only wording changed.
pub fn same_meaning(old: &Definition, new: &Definition) -> bool {
    old.questions.len() == new.questions.len()
        && old.questions.iter().all(|q| {
            new.question(&q.id).is_some_and(|n| {
                n.kind == q.kind && {
                    let mut a = answer_keys(q);
                    let mut b = answer_keys(n);
                    a.sort();
                    b.sort();
                    a == b
                }
            })
        })
        && old.audience == new.audience
}

/// The ready-made well-being survey, in four parts, worded for each age
/// band from the `wb-` messages of surveys.ftl.
pub fn wellbeing() -> Definition {
    let wording = |id: &str| {
        let mut by_band = BTreeMap::new();
        let text = I18n::english().t(id);
        for band in AgeBand::ALL {
            let worded = I18n::new("en", Some(*band)).t(id);
            if worded != text {
                by_band.insert(band.as_str().to_string(), worded);
            }
        }
        Wording { text, by_band }
    };
    let question = |part: &str, id: &str, kind: QuestionKind, options: &[&str]| Question {
        id: id.to_string(),
        kind,
        wording: wording(&format!("wb-{id}")),
        options: options
            .iter()
            .map(|o| Choice {
                id: o.to_string(),
                wording: wording(&format!("wb-{id}-{o}")),
            })
            .collect(),
        part: Some(part.to_string()),
    };
    use QuestionKind::*;
    Definition {
        title: wording("wb-title"),
        intro: wording("wb-intro"),
        questions: vec![
            question("relationships", "people-home", Faces, &[]),
            question("relationships", "trusted-adult", YesNo, &[]),
            question(
                "relationships",
                "family-contact",
                Single,
                &["enough", "more", "less", "not-wanted"],
            ),
            question("rights", "listened-to", Faces, &[]),
            question("rights", "know-rights", YesNo, &[]),
            question(
                "resilience",
                "feel-good",
                Multiple,
                &[
                    "friends", "sport", "creative", "learning", "animals", "outdoors", "faith",
                ],
            ),
            question("resilience", "hard-times", Faces, &[]),
            question("recovery", "feel-safe", Faces, &[]),
            question("recovery", "future", Faces, &[]),
            question("recovery", "anything-else", Text, &[]),
        ],
        audience: Audience::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn answers(v: Value) -> serde_json::Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn the_wellbeing_survey_comes_in_the_readers_language_until_an_officer_changes_it() {
        let def = wellbeing();
        let q = def.questions.iter().find(|q| q.id == "feel-safe").unwrap();
        let early_ar = I18n::new("ar", Some(AgeBand::Early));
        let arabic = q.wording.for_reader("wb-feel-safe", &early_ar);
        assert_eq!(arabic, early_ar.t("wb-feel-safe"));
        assert_ne!(arabic, q.wording.for_band(Some(AgeBand::Early)));
        let english = I18n::new("en", Some(AgeBand::Early));
        assert_eq!(
            q.wording.for_reader("wb-feel-safe", &english),
            "Do you feel safe at home?"
        );
        // An officer's own words are shown as written, in any language.
        let mut changed = q.wording.clone();
        changed.by_band.insert("4-7".into(), "Is home OK?".into());
        assert_eq!(changed.for_reader("wb-feel-safe", &early_ar), "Is home OK?");
    }

    #[test]
    fn the_wellbeing_survey_is_valid_and_worded_for_every_band() {
        let def = wellbeing();
        check(&def).unwrap();
        let parts: Vec<_> = def.questions.iter().filter_map(|q| q.part.clone()).collect();
        for part in ["relationships", "rights", "resilience", "recovery"] {
            assert!(parts.iter().any(|p| p == part), "{part} is missing");
        }
        for q in &def.questions {
            assert!(!q.wording.text.starts_with("wb-"), "{} has no words", q.id);
        }
        // The youngest get fewer words; care leavers read about home and money.
        let early = def
            .questions
            .iter()
            .map(|q| q.wording.for_band(Some(AgeBand::Early)).len())
            .sum::<usize>();
        let other = def.questions.iter().map(|q| q.wording.text.len()).sum::<usize>();
        assert!(early < other);
        let adult: String = def
            .questions
            .iter()
            .map(|q| q.wording.for_band(Some(AgeBand::Adult)))
            .collect();
        assert!(adult.contains("money") && adult.contains("home"));
    }

    #[test]
    fn answers_are_checked_against_their_question() {
        let def = wellbeing();
        let ok = parse_answers(
            &def,
            &answers(
                json!({"people-home": 4, "trusted-adult": "not_sure", "family-contact": "more",
                            "feel-good": ["sport", "friends", "sport"], "anything-else": "  ", "future": null}),
            ),
        )
        .unwrap();
        assert_eq!(ok.len(), 4);
        assert!(ok.contains(&("feel-good".into(), Answer::Keys(vec!["friends".into(), "sport".into()]))));
        for bad in [
            json!({"people-home": 6}),
            json!({"trusted-adult": "maybe"}),
            json!({"family-contact": ["more"]}),
            json!({"feel-good": ["flying"]}),
            json!({"nope": 1}),
            json!({"anything-else": 3}),
        ] {
            assert!(
                parse_answers(&def, &answers(bad.clone())).is_err(),
                "{bad} was accepted"
            );
        }
    }

    #[test]
    fn changing_only_wording_keeps_the_meaning() {
        let old = wellbeing();
        let mut new = old.clone();
        new.questions[0].wording.text = "Other words".into();
        new.questions.swap(1, 2);
        assert!(same_meaning(&old, &new));
        new.questions[1].options.pop();
        assert!(!same_meaning(&old, &new));
    }

    #[test]
    fn slugs_come_from_titles() {
        assert_eq!(slugify("Your Home, 2026!"), "your-home-2026");
        assert!(valid_slug("your-home-2026"));
        assert!(!valid_slug("-x"));
    }
}
