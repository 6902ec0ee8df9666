//! The harm check: do a young person's words suggest they may be at risk?
//! One check, in one place, used by feedback, the help form, survey
//! answers and `sayso harm-check` alike.
//!
//! It reads a message in layers, each after text-speak and common
//! misspellings are written out ([`speak`]):
//!
//! 1. **Phrases** ([`phrases`]): a reviewed list, fast, and its hits are
//!    easy to explain ("phrase: hits me"). Short lists in other languages
//!    ([`languages`]) too.
//! 2. **Meaning** ([`meaning`]): for English, a small sentence-embedding
//!    model compares the message with written examples of each kind of
//!    concern and with ordinary messages ("close in meaning to: …").
//!
//! A message in another language that no phrase matches is "not checked":
//! staff see that and read it soon. The check never decides anything on
//! its own: it puts a message at the top of the pile and alerts a lead.

pub mod languages;
pub mod meaning;
pub mod phrases;
pub mod speak;

use std::sync::LazyLock;

/// The kinds of concern a designated safeguarding lead uses, as stored and
/// as the API names them, with the words staff see.
pub const CATEGORIES: &[(&str, &str)] = &[
    ("physical_abuse", "physical abuse"),
    ("sexual_abuse", "sexual abuse"),
    ("emotional_abuse", "emotional abuse"),
    ("grooming", "grooming or sexual exploitation"),
    ("exploitation", "criminal exploitation, county lines or debt"),
    ("neglect", "neglect"),
    ("domestic_abuse", "domestic abuse"),
    ("self_harm", "self-harm"),
    ("suicidal_thoughts", "suicidal thoughts"),
    ("eating_problems", "eating problems"),
    ("missing", "going missing"),
    ("homeless", "homeless tonight"),
    ("trafficking", "trafficking or modern slavery"),
    ("forced_marriage", "forced marriage"),
    ("fgm", "FGM"),
    ("honour_abuse", "honour-based abuse"),
    ("radicalisation", "radicalisation"),
    ("serious_violence", "serious violence or knives"),
    ("staff_misconduct", "carer or staff misconduct"),
    ("unsafe_now", "scared or unsafe right now"),
    ("cry_for_help", "a cry for help"),
];

/// The words staff see for a category.
pub fn label(category: &str) -> &str {
    CATEGORIES
        .iter()
        .find(|(c, _)| *c == category)
        .map(|(_, l)| *l)
        .unwrap_or(category)
}

/// How a concern was found.
#[derive(Clone, Debug, PartialEq)]
pub enum How {
    /// A listed phrase matched these words of the message.
    Phrase(String),
    /// Close in meaning to this written example.
    Meaning(String),
    /// The young person pressed "I don't feel safe".
    Reported,
    /// In a language the check cannot fully read, and no phrase matched.
    NotChecked,
    None,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub urgent: bool,
    pub category: Option<&'static str>,
    pub how: How,
}

impl Verdict {
    pub fn none() -> Verdict {
        Verdict {
            urgent: false,
            category: None,
            how: How::None,
        }
    }

    /// The young person said they do not feel safe (whatever the words).
    pub fn reported() -> Verdict {
        Verdict {
            urgent: true,
            category: Some("unsafe_now"),
            how: How::Reported,
        }
    }

    /// `phrase`, `meaning`, `reported`, `not_checked` or `None`: as stored.
    pub fn how_name(&self) -> Option<&'static str> {
        match self.how {
            How::Phrase(_) => Some("phrase"),
            How::Meaning(_) => Some("meaning"),
            How::Reported => Some("reported"),
            How::NotChecked => Some("not_checked"),
            How::None => None,
        }
    }

    /// The matched words or the nearest example.
    pub fn detail(&self) -> Option<&str> {
        match &self.how {
            How::Phrase(w) | How::Meaning(w) => Some(w),
            _ => None,
        }
    }

    /// `reported` wins over what the words say, but keeps their category
    /// when they named one.
    pub fn with_report(self, reported: bool) -> Verdict {
        match (reported, self.urgent) {
            (false, _) => self,
            (true, true) => Verdict {
                how: How::Reported,
                ..self
            },
            (true, false) => Verdict::reported(),
        }
    }
}

/// The words of a message as both layers read them: lower case, no
/// punctuation, text-speak written out.
pub fn prepare(text: &str) -> String {
    speak::expand(phrases::words(text)).join(" ")
}

/// Checks one message (`language`: the code it was written in, e.g. `en`).
/// May wait for the meaning layer: call it off the async runtime.
pub fn check(text: &str, language: &str) -> Verdict {
    check_many(&[(text, language)]).pop().unwrap_or_else(Verdict::none)
}

/// Checks several messages at once (the meaning layer embeds them as one
/// batch); the verdicts come back in order.
pub fn check_many(messages: &[(&str, &str)]) -> Vec<Verdict> {
    static OTHER: LazyLock<Vec<(&'static str, phrases::PhraseList)>> = LazyLock::new(|| {
        languages::LISTS
            .iter()
            .map(|(code, list)| (*code, phrases::PhraseList::new(list, &[], &[])))
            .collect()
    });
    let mut verdicts = Vec::with_capacity(messages.len());
    // Messages the meaning layer must read: (index, words, weak phrase hit).
    let mut pending: Vec<(usize, String, Option<phrases::Hit>)> = Vec::new();
    for (i, (text, language)) in messages.iter().enumerate() {
        let words = phrases::words(text);
        if words.is_empty() {
            verdicts.push(Verdict::none());
            continue;
        }
        let english = speak::expand(words.clone());
        // A bare cry for help ("help me pls") is never second-guessed.
        if let Some(cry) = bare_cry(&english) {
            verdicts.push(by_phrase(cry));
            continue;
        }
        let hit = phrases::english().find(&english).or_else(|| {
            OTHER
                .iter()
                .find(|(code, _)| code == language)
                .and_then(|(_, list)| list.find(&words))
        });
        match hit {
            // An English phrase hit is read for meaning too: a phrase in
            // words that clearly mean something ordinary ("i want to dye my
            // hair", "we had a talk about county lines") is not a concern.
            Some(hit) if *language == "en" && meaning::is_on() => {
                verdicts.push(Verdict::none());
                pending.push((i, english.join(" "), Some(hit)));
            }
            Some(hit) => verdicts.push(by_phrase(hit)),
            None if *language != "en" => verdicts.push(Verdict {
                urgent: false,
                category: None,
                how: How::NotChecked,
            }),
            None => {
                verdicts.push(Verdict::none());
                pending.push((i, english.join(" "), None));
            }
        }
    }
    if pending.is_empty() {
        return verdicts;
    }
    let texts: Vec<String> = pending.iter().map(|(_, t, _)| t.clone()).collect();
    // With the layer off (SAYSO_HARM_MODEL=off) only phrases decide: no
    // phrase hit waits here then, and the rest are simply not flagged.
    let Some(judged) = meaning::judge_all(&texts) else {
        return verdicts;
    };
    for (n, (i, _, phrase_hit)) in pending.into_iter().enumerate() {
        let judgement = judged
            .get(n)
            .cloned()
            .unwrap_or_else(|| Err("the meaning layer is off".into()));
        if let Err(e) = &judgement {
            tracing::error!(error = %e, "harm check: the meaning layer could not read a message");
        }
        verdicts[i] = match (phrase_hit, judgement) {
            // A phrase stands unless the meaning is clearly ordinary: a weak
            // one ("hurt", "kill") at a small margin, any other only at a
            // wide one (when in doubt, flag).
            (Some(hit), Ok(j))
                if j.margin
                    < if hit.weak {
                        meaning::WEAK_VETO
                    } else {
                        meaning::PHRASE_VETO
                    } =>
            {
                Verdict::none()
            }
            (Some(hit), _) => by_phrase(hit),
            (None, Ok(j)) if j.concern => Verdict {
                urgent: true,
                category: Some(j.category),
                how: How::Meaning(j.example.to_string()),
            },
            (None, _) => Verdict::none(),
        };
    }
    verdicts
}

/// A message that is only a cry for help ("help", "help me pls", "sos",
/// "please someone"): words that alone mean nothing else.
fn bare_cry(words: &[String]) -> Option<phrases::Hit> {
    const ONLY: &[&str] = &[
        "help", "helps", "please", "me", "someone", "somebody", "anyone", "anybody", "sos", "now", "urgent", "i",
        "need", "us", "quick", "asap", "plz", "pls", "someone", "can", "you", "hello",
    ];
    const CRY: &[&str] = &["help", "sos", "please", "someone", "somebody"];
    let all = words.iter().all(|w| ONLY.contains(&w.as_str()));
    (all && words.iter().any(|w| CRY.contains(&w.as_str()))).then(|| phrases::Hit {
        category: "cry_for_help",
        words: words.join(" "),
        weak: false,
    })
}

fn by_phrase(hit: phrases::Hit) -> Verdict {
    Verdict {
        urgent: true,
        category: Some(hit.category),
        how: How::Phrase(hit.words),
    }
}

/// Asks [`check`] from async code, on a blocking thread.
pub async fn check_async(text: String, language: String) -> Verdict {
    // The phrase list alone takes microseconds: with the meaning layer off
    // there is nothing to wait for, so no thread to hop to.
    if !meaning::is_on() {
        return check(&text, &language);
    }
    match tokio::task::spawn_blocking(move || check(&text, &language)).await {
        Ok(v) => v,
        Err(e) => {
            tracing::error!(error = %e, "harm check: the check panicked; flagging the message to be safe");
            Verdict {
                urgent: true,
                category: Some("cry_for_help"),
                how: How::None,
            }
        }
    }
}

/// [`check_many`] from async code, on a blocking thread.
pub async fn check_many_async(messages: Vec<(String, String)>) -> Vec<Verdict> {
    let n = messages.len();
    let run = move || {
        let refs: Vec<(&str, &str)> = messages.iter().map(|(t, l)| (t.as_str(), l.as_str())).collect();
        check_many(&refs)
    };
    match tokio::task::spawn_blocking(run).await {
        Ok(v) => v,
        Err(e) => {
            tracing::error!(error = %e, "harm check: the check panicked; flagging the messages to be safe");
            vec![
                Verdict {
                    urgent: true,
                    category: Some("cry_for_help"),
                    how: How::None,
                };
                n
            ]
        }
    }
}

/// The phrase list alone: true if it flags `text` (English).
pub fn suggests_harm(text: &str) -> bool {
    phrases::suggests_harm(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_has_meaning_examples_and_a_label() {
        for (category, _) in CATEGORIES {
            let n = meaning::examples().iter().filter(|(c, _)| c == category).count();
            assert!(n >= 10, "{category} has only {n} examples");
            assert!(!label(category).is_empty());
        }
        let phrase_categories = phrases::PHRASES
            .iter()
            .map(|(c, _)| c)
            .chain(languages::LISTS.iter().flat_map(|(_, l)| l.iter().map(|(c, _)| c)));
        for c in phrase_categories {
            assert!(CATEGORIES.iter().any(|(k, _)| k == c), "unknown category {c}");
        }
    }

    #[test]
    fn phrases_name_the_category_and_the_words() {
        let v = check("My dad hits me when he is angry", "en");
        assert!(v.urgent);
        assert_eq!(v.category, Some("physical_abuse"));
        assert_eq!(v.how, How::Phrase("hits me".into()));
        let v = check("no1 cares bout me anyway", "en");
        assert!(v.urgent);
        assert_eq!(v.category, Some("suicidal_thoughts"));
    }

    #[test]
    fn other_languages_by_phrase_or_not_checked() {
        let v = check("ሓግዙኒ", "ti");
        assert!(v.urgent);
        assert_eq!(v.category, Some("cry_for_help"));
        let v = check("ሰላም ከመይ ኣለኹም", "ti");
        assert!(!v.urgent);
        assert_eq!(v.how, How::NotChecked);
        assert!(check("أبي يضربني كل يوم", "ar").urgent);
        assert!(check("بابام کتکم میزنه", "fa").urgent);
        assert!(check("dw i eisiau lladd fy hun", "cy").urgent);
        assert!(check("bố đánh em", "vi").urgent);
        assert!(check("babai më rrah", "sq").urgent);
        assert!(check("زۆر دەترسم", "ckb").urgent);
        assert!(check("ډارېږم", "ps").urgent);
        // English words in another language's message are still read.
        assert!(check("i want to kill myself", "cy").urgent);
        assert!(!check("diolch am wrando", "cy").urgent);
    }

    /// Each kind of concern, found by the phrase list alone (the meaning
    /// layer is not started in unit tests; `tests/api/harm.rs` covers it).
    const BY_CATEGORY: &[(&str, &str)] = &[
        ("physical_abuse", "my stepdad punched me in the face"),
        ("physical_abuse", "she slapped me cos i was late"),
        ("sexual_abuse", "my uncle touched my privates"),
        ("sexual_abuse", "he raped me"),
        ("emotional_abuse", "they lock me in the shed"),
        ("emotional_abuse", "my carer shouts at me all day"),
        ("grooming", "a man keeps asking me to send him pics"),
        ("grooming", "he says im mature for my age and to delete our chats"),
        ("exploitation", "they got me going country n i cant say no"),
        ("exploitation", "i owe them money for the weed they gave me"),
        ("neglect", "no adults been home since monday"),
        ("neglect", "the fridge is empty and im hungry all the time"),
        ("domestic_abuse", "my dads hitting my mum again and the police came"),
        ("self_harm", "i cut my wrists last night"),
        ("self_harm", "been self harming again"),
        ("suicidal_thoughts", "im gonna end it tonight"),
        ("suicidal_thoughts", "ive been saving up my tablets"),
        ("eating_problems", "i make myself sick after tea"),
        ("eating_problems", "i take laxatives every day"),
        ("missing", "im gonna run away from my placement"),
        ("homeless", "i got evicted today"),
        ("homeless", "i have nowhere to sleep tonight"),
        ("trafficking", "they took my passport and dont pay me"),
        ("trafficking", "i was trafficked here"),
        ("forced_marriage", "they want me to marry my cousin back home"),
        ("forced_marriage", "im being forced to get married"),
        ("fgm", "they want to do fgm on me"),
        ("fgm", "my aunt says i will be cut down there"),
        ("honour_abuse", "my brothers say i brought shame on the family"),
        ("radicalisation", "they want me to join isis"),
        ("radicalisation", "someone online is teaching me to make a bomb"),
        ("serious_violence", "i carry a knife now"),
        ("serious_violence", "they pulled a machete on me"),
        ("staff_misconduct", "the staff restrained me and hurt my arm"),
        ("unsafe_now", "im not safe here"),
        ("unsafe_now", "someone is banging on my door"),
        ("cry_for_help", "help"),
        ("cry_for_help", "help me pls"),
        ("cry_for_help", "sos"),
    ];

    #[test]
    fn every_category_is_found_by_a_phrase() {
        for (category, text) in BY_CATEGORY {
            let v = check(text, "en");
            assert!(v.urgent, "not flagged: {text:?}");
            assert_eq!(v.category, Some(*category), "{text:?}: {v:?}");
        }
        for (category, _) in CATEGORIES {
            assert!(BY_CATEGORY.iter().any(|(c, _)| c == category), "no case for {category}");
        }
    }

    #[test]
    fn a_plain_request_for_help_with_something_else_is_not_a_bare_cry() {
        assert!(bare_cry(&speak::expand(phrases::words("help me pls"))).is_some());
        assert!(bare_cry(&speak::expand(phrases::words("help with my homework"))).is_none());
    }

    #[test]
    fn reported_wins_and_keeps_a_named_category() {
        assert_eq!(Verdict::none().with_report(true), Verdict::reported());
        let v = check("he hits me", "en").with_report(true);
        assert_eq!((v.category, v.how), (Some("physical_abuse"), How::Reported));
        assert_eq!(check("", "en"), Verdict::none());
    }
}
