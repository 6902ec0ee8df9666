//! Reply codes: three easy words, like `apple-river-tiger`, that are the
//! only link between an anonymous message and the team's reply.
//!
//! With 2,048 words a code is one of 2,048³ ≈ 8.6 billion (33 bits). The
//! README works through what that means with lookups rate limited.

use super::reply_code_words::{is_word, WORDS};
use rand::Rng;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ReplyCode(String);

impl ReplyCode {
    pub const WORD_COUNT: usize = 3;

    /// A fresh code from the operating system's secure random source.
    pub fn generate() -> ReplyCode {
        let mut rng = rand::rngs::OsRng;
        let words: Vec<&str> = (0..Self::WORD_COUNT)
            .map(|_| WORDS[rng.gen_range(0..WORDS.len())])
            .collect();
        ReplyCode(words.join("-"))
    }

    /// Reads a code as a young person might type it: any case, with spaces,
    /// dashes, dots or commas between the words.
    pub fn parse(input: &str) -> Option<ReplyCode> {
        let lower = input.trim().to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        if words.len() != Self::WORD_COUNT || !words.iter().all(|w| is_word(w)) {
            return None;
        }
        Some(ReplyCode(words.join("-")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_are_three_listed_words() {
        for _ in 0..1_000 {
            let code = ReplyCode::generate();
            let words: Vec<&str> = code.as_str().split('-').collect();
            assert_eq!(words.len(), 3);
            assert!(words.iter().all(|w| is_word(w)), "{code}");
        }
    }

    #[test]
    fn codes_round_trip_however_they_are_typed() {
        let code = ReplyCode::generate();
        let spaced = code.as_str().replace('-', " ").to_uppercase();
        assert_eq!(ReplyCode::parse(&format!("  {spaced} ")), Some(code.clone()));
        assert_eq!(ReplyCode::parse(&code.as_str().replace('-', ", ")), Some(code));
    }

    #[test]
    fn anything_else_is_not_a_code() {
        for bad in ["", "apple", "zzzzzq-zzzzzq-zzzzzq", "a-b-c-d", "💥", "' OR 1=1 --"] {
            assert_eq!(ReplyCode::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_thousand_codes_do_not_repeat() {
        let codes: std::collections::HashSet<_> = (0..1_000).map(|_| ReplyCode::generate()).collect();
        assert_eq!(codes.len(), 1_000);
    }
}
