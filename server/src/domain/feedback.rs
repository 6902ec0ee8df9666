//! Parse, don't validate: what arrives from the JSON API or the HTML form
//! becomes a [`ValidFeedback`] or a list of [`Problem`]s, each tied to the
//! field it concerns and carrying the id of a kind message to show.

use app::model::{AgeBand, CareStatus, Kind, SayField, MAX_NAME_CHARS, MAX_TEXT_CHARS};

/// What was sent, before any checking. Both the API body and the form are
/// read into this shape.
#[derive(Clone, Debug, Default)]
pub struct FeedbackInput {
    pub kind: Option<String>,
    pub text: Option<String>,
    pub mood: Option<i64>,
    pub themes: Vec<String>,
    pub age_band: Option<String>,
    pub care_status: Option<String>,
    pub anonymous: Option<bool>,
    pub name: Option<String>,
    pub contact_email: Option<String>,
    pub email_consent: Option<bool>,
    pub reported_unsafe: bool,
    pub helper: bool,
    /// The language the words are in (a code or a tag such as `fa-AF`);
    /// English when not given.
    pub language: Option<String>,
    /// Sent from the easy-read path: a picture and a face are a message,
    /// so words are optional, as they are for 4-7-year-olds.
    pub easy_read: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: SayField,
    /// A message id in the translation files.
    pub message: &'static str,
}

impl Problem {
    fn new(field: SayField, message: &'static str) -> Problem {
        Problem { field, message }
    }

    /// The API's name for the field.
    pub fn field_name(&self) -> &'static str {
        match self.field {
            SayField::Text => "text",
            SayField::Email => "contact_email",
            other => other.id(),
        }
    }
}

/// A checked email address. Deliberately permissive: the only test that
/// matters is whether mail arrives, and a young person should not be
/// turned away by a pedantic rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Option<Email> {
        let s = input.trim();
        let (local, domain) = s.split_once('@')?;
        let ok = s.len() <= 254
            && !local.is_empty()
            && local.len() <= 64
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && s.chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && !"<>\"(),;:[]\\".contains(c));
        ok.then(|| Email(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Identity {
    /// No name, no contact: the reply code is the only link back.
    Anonymous,
    Named {
        name: String,
        email: Option<Email>,
        email_consent: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct ValidFeedback {
    pub kind: Kind,
    /// Exactly as typed.
    pub text: String,
    pub mood: Option<i64>,
    pub theme_slugs: Vec<String>,
    /// `None` when not given (the say-it form always asks first).
    pub age_band: Option<AgeBand>,
    pub care_status: Option<CareStatus>,
    pub identity: Identity,
    pub reported_unsafe: bool,
    pub helper: bool,
    /// One of the languages Sayso has (`app::i18n::LANGUAGES`).
    pub language: &'static str,
}

/// How long an Idempotency-Key is honoured: a day is far longer than any
/// retry (the offline page keeps a message for days, but sends it under a
/// fresh key when it has not been answered).
pub const IDEMPOTENCY_KEY_SECONDS: i64 = 24 * 3600;

/// The SHA-256 of `value`, in hex.
pub fn sha256_hex(value: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(value).iter().map(|b| format!("{b:02x}")).collect()
}

/// What an Idempotency-Key is stored as: its hash, never the key, so a
/// client's own identifier is never kept in an anonymous row.
pub fn idempotency_key_hash(key: &str) -> String {
    sha256_hex(key.as_bytes())
}

impl ValidFeedback {
    /// A fingerprint of the message, bound to its Idempotency-Key: a retry
    /// of the same message matches it, anything else does not. The
    /// language is left out (a retry may come from a page in another
    /// language), everything the young person chose is in.
    pub fn request_hash(&self) -> String {
        let mut themes = self.theme_slugs.clone();
        themes.sort();
        let identity = match &self.identity {
            Identity::Anonymous => String::from("anonymous"),
            Identity::Named {
                name,
                email,
                email_consent,
            } => format!(
                "named\u{0}{name}\u{0}{}\u{0}{email_consent}",
                email.as_ref().map(|e| e.as_str()).unwrap_or("")
            ),
        };
        let canonical = serde_json::json!([
            self.kind.as_str(),
            self.text,
            self.mood,
            themes,
            self.age_band.map(|b| b.as_str()),
            self.care_status.map(|c| c.as_str()),
            identity,
            self.reported_unsafe,
            self.helper,
        ]);
        sha256_hex(canonical.to_string().as_bytes())
    }
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().map(str::trim).unwrap_or("").is_empty()
}

impl FeedbackInput {
    /// Checks everything that does not need the database. Theme slugs are
    /// checked against the organisation's themes by the service.
    pub fn parse(self) -> Result<ValidFeedback, Vec<Problem>> {
        let mut problems = Vec::new();
        let age_band = match self.age_band.as_deref().filter(|s| !s.is_empty()).map(AgeBand::parse) {
            Some(Some(band)) => Some(Some(band)),
            // Not given: an integration may not know it, and a frightened
            // child is never asked first. An unknown value is still refused.
            None => Some(None),
            _ => {
                problems.push(Problem::new(SayField::Form, "error-age"));
                None
            }
        };
        let care_status = match self.care_status.as_deref().filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => match CareStatus::parse(s) {
                Some(c) => Some(c),
                None => {
                    problems.push(Problem::new(SayField::CareStatus, "error-care"));
                    None
                }
            },
        };
        let kind = match self.kind.as_deref().map(Kind::parse) {
            Some(Some(kind)) => Some(kind),
            _ => {
                problems.push(Problem::new(SayField::Kind, "error-kind"));
                None
            }
        };
        if let Some(mood) = self.mood {
            if !(1..=5).contains(&mood) {
                problems.push(Problem::new(SayField::Mood, "error-mood"));
            }
        }
        let language = match self.language.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            None => Some("en"),
            Some(tag) => app::i18n::language_code(tag),
        };
        if language.is_none() {
            problems.push(Problem::new(SayField::Language, "error-language"));
        }
        let text = self.text.clone().unwrap_or_default();
        // Pictures and a face are a message from the youngest, and from
        // anyone who chose easy read; "I don't feel safe" needs no words.
        let words_optional = self.reported_unsafe || self.easy_read || matches!(age_band, Some(Some(AgeBand::Early)));
        if text.trim().is_empty() && !words_optional {
            problems.push(Problem::new(SayField::Text, "error-text"));
        } else if text.chars().count() > MAX_TEXT_CHARS {
            problems.push(Problem::new(SayField::Text, "error-text-long"));
        }
        // PostgreSQL cannot store NUL, and no keyboard types it.
        let text = text.replace('\0', "");

        let anonymous = self.anonymous.unwrap_or(true);
        let identity = if anonymous {
            Identity::Anonymous
        } else {
            let name = self.name.as_deref().unwrap_or("").trim().replace('\0', "");
            if name.is_empty() {
                problems.push(Problem::new(SayField::Name, "error-name"));
            } else if name.chars().count() > MAX_NAME_CHARS {
                problems.push(Problem::new(SayField::Name, "error-name-long"));
            }
            let email = if blank(&self.contact_email) {
                None
            } else {
                let parsed = Email::parse(self.contact_email.as_deref().unwrap_or(""));
                if parsed.is_none() {
                    problems.push(Problem::new(SayField::Email, "error-email"));
                }
                parsed
            };
            // Giving an email through the API is itself the request to be
            // emailed; the form asks with a separate tick box.
            let email_consent = email.is_some() && self.email_consent.unwrap_or(true);
            Identity::Named {
                name,
                email,
                email_consent,
            }
        };

        let mut theme_slugs: Vec<String> = Vec::new();
        for slug in self.themes {
            if !theme_slugs.contains(&slug) {
                theme_slugs.push(slug);
            }
        }

        match (problems.is_empty(), kind, age_band, language) {
            (true, Some(kind), Some(age_band), Some(language)) => Ok(ValidFeedback {
                kind,
                text,
                mood: self.mood,
                theme_slugs,
                age_band,
                care_status,
                identity,
                reported_unsafe: self.reported_unsafe,
                helper: self.helper,
                language,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> FeedbackInput {
        FeedbackInput {
            kind: Some("idea".into()),
            text: Some("Can we have wifi in the house?".into()),
            mood: Some(4),
            age_band: Some("12-17".into()),
            ..Default::default()
        }
    }

    fn problems(i: FeedbackInput) -> Vec<&'static str> {
        i.parse().unwrap_err().into_iter().map(|p| p.message).collect()
    }

    #[test]
    fn anonymous_is_the_default_and_drops_any_name() {
        let f = FeedbackInput {
            name: Some("Sam".into()),
            contact_email: Some("sam@example.org".into()),
            ..input()
        }
        .parse()
        .unwrap();
        assert_eq!(f.identity, Identity::Anonymous);
    }

    #[test]
    fn text_is_kept_exactly_as_typed() {
        let typed = "  مرحبا 👋 <b>hi</b>\n  ";
        let f = FeedbackInput {
            text: Some(typed.into()),
            ..input()
        }
        .parse()
        .unwrap();
        assert_eq!(f.text, typed);
    }

    #[test]
    fn limits_are_counted_in_characters_not_bytes() {
        let emoji = "😀".repeat(MAX_TEXT_CHARS);
        assert!(FeedbackInput {
            text: Some(emoji.clone()),
            ..input()
        }
        .parse()
        .is_ok());
        assert_eq!(
            problems(FeedbackInput {
                text: Some(emoji + "!"),
                ..input()
            }),
            ["error-text-long"]
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = FeedbackInput {
            kind: Some("rant".into()),
            text: Some("   ".into()),
            mood: Some(9),
            anonymous: Some(false),
            contact_email: Some("not an email".into()),
            ..input()
        };
        assert_eq!(
            problems(bad),
            ["error-kind", "error-mood", "error-text", "error-name", "error-email"]
        );
    }

    #[test]
    fn a_named_young_person_can_leave_email_out() {
        let f = FeedbackInput {
            anonymous: Some(false),
            name: Some(" Jo ".into()),
            ..input()
        }
        .parse()
        .unwrap();
        assert_eq!(
            f.identity,
            Identity::Named {
                name: "Jo".into(),
                email: None,
                email_consent: false
            }
        );
    }

    #[test]
    fn emails_people_really_have_are_accepted() {
        for good in ["a@b.co", "first.last+care@council.gov.uk", "x_y@mail.example.org"] {
            assert!(Email::parse(good).is_some(), "{good}");
        }
        for bad in [
            "",
            "a@",
            "@b.com",
            "a b@c.com",
            "a@b",
            "a@@b.com",
            "a@b..com",
            "<a@b.com>",
        ] {
            assert!(Email::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn the_language_is_checked_and_tags_find_it() {
        assert_eq!(input().parse().unwrap().language, "en");
        for (given, stored) in [
            ("ti", "ti"),
            ("fa-AF", "fa"),
            ("prs", "fa"),
            (" CKB ", "ckb"),
            ("", "en"),
        ] {
            let f = FeedbackInput {
                language: Some(given.into()),
                ..input()
            };
            assert_eq!(f.parse().unwrap().language, stored, "{given}");
        }
        for bad in ["klingon", "xx", "<script>", "en;q=1"] {
            let f = FeedbackInput {
                language: Some(bad.into()),
                ..input()
            };
            assert_eq!(problems(f), ["error-language"], "{bad}");
        }
    }

    #[test]
    fn words_are_optional_for_the_youngest_and_in_easy_read_only() {
        let no_words = || FeedbackInput { text: None, ..input() };
        assert_eq!(problems(no_words()), ["error-text"]);
        let little = FeedbackInput {
            age_band: Some("4-7".into()),
            ..no_words()
        };
        assert_eq!(little.parse().unwrap().text, "");
        let easy = FeedbackInput {
            easy_read: true,
            ..no_words()
        };
        assert!(easy.parse().is_ok());
    }

    #[test]
    fn i_dont_feel_safe_needs_no_words() {
        let pressed = FeedbackInput {
            text: Some("  ".into()),
            reported_unsafe: true,
            ..input()
        };
        assert_eq!(pressed.parse().unwrap().text, "  ");
    }

    #[test]
    fn unknown_age_band_or_care_status_is_a_problem() {
        assert_eq!(
            problems(FeedbackInput {
                age_band: Some("3-5".into()),
                ..input()
            }),
            ["error-age"]
        );
        assert_eq!(
            problems(FeedbackInput {
                care_status: Some("adopted".into()),
                ..input()
            }),
            ["error-care"]
        );
    }
}
