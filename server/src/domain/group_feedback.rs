//! What a group said: a Children in Care Council meeting, an event, or a
//! bundle of paper forms, recorded by a participation officer.
//!
//! What it protects: the children in the room. The group's words are
//! redacted like any message (every suggested name, number, address and
//! school is taken out at once, since no single child checks them), they
//! stay with the team, and the Board report counts sessions and
//! participants only, never the words. What it cannot do: know whether the
//! officer wrote down a child's words faithfully.

use app::model::AgeBand;
use chrono::NaiveDate;

pub const MAX_OCCASION_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 20_000;
pub const MAX_PARTICIPANTS: i64 = 10_000;

/// As sent, before checking.
#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct GroupFeedbackInput {
    /// What it was, in the team's words: "Children in Care Council", "summer
    /// fun day", "paper forms from the review clinic".
    pub occasion: Option<String>,
    /// The day it was held, `YYYY-MM-DD` (not in the future).
    pub held_on: Option<String>,
    /// How many young people took part (1 to 10,000).
    pub participants: Option<i64>,
    /// The age bands in the group: `4-7`, `8-11`, `12-17`, `16-25`.
    #[serde(default)]
    pub age_bands: Vec<String>,
    /// What the group said.
    pub text: Option<String>,
    /// Theme slugs of the organisation.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Promise slugs of the organisation.
    #[serde(default)]
    pub promises: Vec<String>,
}

/// Checked: every field as the rest of the program may rely on it.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupFeedback {
    pub occasion: String,
    pub held_on: NaiveDate,
    pub participants: i64,
    pub age_bands: Vec<AgeBand>,
    pub text: String,
    pub theme_slugs: Vec<String>,
    pub promise_slugs: Vec<String>,
}

impl GroupFeedbackInput {
    /// Checks every field; the error names each problem in plain words.
    pub fn parse(self, today: NaiveDate) -> Result<GroupFeedback, String> {
        let mut problems = Vec::new();
        let clean = |s: Option<String>| s.unwrap_or_default().replace('\0', "").trim().to_string();
        let occasion = clean(self.occasion);
        if occasion.is_empty() || occasion.chars().count() > MAX_OCCASION_CHARS {
            problems.push(format!(
                "Say what the occasion was (up to {MAX_OCCASION_CHARS} characters)."
            ));
        }
        let held_on = NaiveDate::parse_from_str(self.held_on.as_deref().unwrap_or("").trim(), "%Y-%m-%d").ok();
        match held_on {
            None => problems.push("Give the day it was held as YYYY-MM-DD.".to_string()),
            Some(d) if d > today => problems.push("The day it was held cannot be in the future.".to_string()),
            Some(_) => {}
        }
        let participants = self.participants.unwrap_or(0);
        if !(1..=MAX_PARTICIPANTS).contains(&participants) {
            problems.push(format!(
                "Give how many young people took part (1 to {MAX_PARTICIPANTS})."
            ));
        }
        let mut age_bands = Vec::new();
        for b in &self.age_bands {
            match AgeBand::parse(b) {
                Some(band) if !age_bands.contains(&band) => age_bands.push(band),
                Some(_) => {}
                None => problems.push(format!("\"{b}\" is not an age band: use 4-7, 8-11, 12-17 or 16-25.")),
            }
        }
        let text = self.text.unwrap_or_default().replace('\0', "");
        let text = text.trim().to_string();
        if text.is_empty() || text.chars().count() > MAX_TEXT_CHARS {
            problems.push(format!(
                "Write what the group said (up to {MAX_TEXT_CHARS} characters)."
            ));
        }
        let dedup = |v: Vec<String>| {
            let mut out: Vec<String> = Vec::new();
            for s in v.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
            out
        };
        let (theme_slugs, promise_slugs) = (dedup(self.themes), dedup(self.promises));
        if theme_slugs.len() > 20 || promise_slugs.len() > 20 {
            problems.push("Choose at most 20 themes and 20 promises.".to_string());
        }
        match (held_on, problems.is_empty()) {
            (Some(held_on), true) => Ok(GroupFeedback {
                occasion,
                held_on,
                participants,
                age_bands,
                text,
                theme_slugs,
                promise_slugs,
            }),
            _ => Err(problems.join(" ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    fn good() -> GroupFeedbackInput {
        GroupFeedbackInput {
            occasion: Some("Children in Care Council".into()),
            held_on: Some("2026-11-26".into()),
            participants: Some(8),
            age_bands: vec!["12-17".into(), "12-17".into(), "16-25".into()],
            text: Some("  We want a say in who our social worker is.  ".into()),
            themes: vec!["my-worker".into()],
            promises: vec!["listen".into(), "listen".into()],
        }
    }

    #[test]
    fn a_meeting_is_recorded_with_its_fields_checked() {
        let g = good().parse(today()).unwrap();
        assert_eq!(g.participants, 8);
        assert_eq!(g.age_bands, vec![AgeBand::Teen, AgeBand::Adult]);
        assert_eq!(g.text, "We want a say in who our social worker is.");
        assert_eq!(g.promise_slugs, vec!["listen".to_string()]);
    }

    #[test]
    fn each_problem_is_named() {
        let future = GroupFeedbackInput {
            held_on: Some("2026-12-02".into()),
            ..good()
        };
        assert!(future.parse(today()).unwrap_err().contains("future"));
        let nobody = GroupFeedbackInput {
            participants: Some(0),
            ..good()
        };
        assert!(nobody.parse(today()).unwrap_err().contains("how many"));
        let band = GroupFeedbackInput {
            age_bands: vec!["13".into()],
            ..good()
        };
        assert!(band.parse(today()).unwrap_err().contains("age band"));
        let empty = GroupFeedbackInput::default().parse(today()).unwrap_err();
        assert!(empty.contains("occasion") && empty.contains("YYYY-MM-DD") && empty.contains("said"));
    }
}
