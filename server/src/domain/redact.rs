//! Redaction suggestions: details that could identify a young person or
//! someone else (names, phone numbers, emails, street addresses, postcodes,
//! schools). The officer confirms each one; the original is kept for staff
//! who may read it, and the redacted text is what travels beyond the team.

/// `text` with every email address in it replaced by `[address]`: SMTP
/// servers quote the recipient in their errors, and those are logged and
/// kept in the outbox, where a young person's address must not be.
pub fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let is_part = |c: char| !(c.is_whitespace() || "<>()[]\",;:'`".contains(c));
        let start = rest[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| !is_part(*c))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let end = rest[at + 1..]
            .char_indices()
            .find(|(_, c)| !is_part(*c))
            .map(|(i, _)| at + 1 + i)
            .unwrap_or(rest.len());
        out.push_str(&rest[..start]);
        out.push_str("[address]");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Name,
    Phone,
    Email,
    Address,
    School,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Address => "address",
            Kind::School => "school",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        [Kind::Name, Kind::Phone, Kind::Email, Kind::Address, Kind::School]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: Kind,
    pub text: String,
}

const STREET_WORDS: &[&str] = &[
    "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive", "way", "court", "crescent", "place",
    "gardens", "terrace", "grove", "walk", "hill", "park", "square", "mews", "row",
];
const SCHOOL_WORDS: &[&str] = &[
    "school", "academy", "college", "primary", "high", "grammar", "infants", "juniors",
];
/// Capitalised words that are not names.
const NOT_NAMES: &[&str] = &[
    "i",
    "im",
    "i'm",
    "my",
    "mum",
    "dad",
    "the",
    "a",
    "and",
    "but",
    "so",
    "we",
    "they",
    "he",
    "she",
    "it",
    "you",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "christmas",
    "easter",
    "please",
    "can",
    "could",
    "when",
    "why",
    "what",
    "how",
    "if",
    "there",
    "this",
    "that",
    "nan",
    "grandad",
    "social",
    "worker",
    "school",
    "college",
    "ok",
    "yes",
    "no",
    "hi",
    "hello",
    "thanks",
    "sorry",
    "english",
    "maths",
    "council",
    "iro",
    "camhs",
    "xbox",
    "playstation",
    "ps5",
    "youtube",
    "tiktok",
    "instagram",
    // Words that often start a sentence.
    "sometimes",
    "today",
    "yesterday",
    "tomorrow",
    "everyone",
    "nobody",
    "also",
    "then",
    "last",
    "next",
    "our",
    "me",
    "us",
    "is",
    "are",
    "do",
    "does",
    "did",
    "will",
    "would",
    "should",
    "its",
    "it's",
    "thank",
    "just",
    "not",
    "all",
    "some",
    "one",
    "two",
    "three",
    "after",
    "before",
    "because",
    "maybe",
    "every",
    "since",
    "at",
    "in",
    "on",
    "for",
    "with",
    "from",
    "to",
    "of",
    "as",
    "be",
    "have",
    "has",
    "had",
    "want",
    "need",
    "love",
    "like",
    "hate",
    "happy",
    "sad",
    "good",
    "bad",
    "great",
    "new",
    "old",
    "more",
    "less",
    "most",
    "other",
    "another",
    "where",
    "who",
    "which",
    "dear",
    "ring",
    "call",
    "text",
    "email",
    "hey",
    "lots",
    "really",
    "very",
    "even",
    "still",
];

fn trim_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '+' && c != '\'')
}

fn is_capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    matches!(chars.next(), Some(c) if c.is_uppercase()) && chars.all(|c| c.is_lowercase() || c == '\'' || c == '-')
}

fn push(out: &mut Vec<Suggestion>, kind: Kind, text: String) {
    if !text.is_empty() && !out.iter().any(|s| s.text == text) {
        out.push(Suggestion { kind, text });
    }
}

/// A UK postcode such as `SW1A 1AA` or `M1 1AE` across two words.
fn is_postcode(outward: &str, inward: &str) -> bool {
    let out_ok = (2..=4).contains(&outward.len())
        && outward.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && outward.chars().any(|c| c.is_ascii_digit())
        && outward.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let inward: Vec<char> = inward.chars().collect();
    out_ok
        && inward.len() == 3
        && inward[0].is_ascii_digit()
        && inward[1].is_ascii_uppercase()
        && inward[2].is_ascii_uppercase()
}

pub fn suggest(text: &str) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();

    // Emails.
    for w in &words {
        let w = trim_word(w);
        if crate::domain::Email::parse(w).is_some() {
            push(&mut out, Kind::Email, w.to_string());
        }
    }

    // Phone numbers: runs of digits, spaces, dashes and a leading + with at
    // least ten digits.
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() || (chars[i] == '+' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())) {
            let start = i;
            let mut end = i;
            let mut digits = 0;
            while end < chars.len() && (chars[end].is_ascii_digit() || " -+()".contains(chars[end])) {
                if chars[end].is_ascii_digit() {
                    digits += 1;
                }
                end += 1;
            }
            if digits >= 10 {
                let found: String = chars[start..end].iter().collect();
                push(&mut out, Kind::Phone, found.trim().to_string());
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }

    for (n, raw) in words.iter().enumerate() {
        let w = trim_word(raw);
        let lower = w.to_lowercase();
        // Street addresses: "12 Acacia Road", "Flat 3, 4 Mill Lane".
        if STREET_WORDS.contains(&lower.as_str()) && n >= 1 && is_capitalised(trim_word(words[n - 1])) {
            let mut start = n - 1;
            while start > 0 && is_capitalised(trim_word(words[start - 1])) {
                start -= 1;
            }
            if start > 0 && trim_word(words[start - 1]).chars().all(|c| c.is_ascii_digit()) {
                start -= 1;
            }
            let found: Vec<&str> = words[start..=n].iter().map(|w| trim_word(w)).collect();
            push(&mut out, Kind::Address, found.join(" "));
        }
        // Schools: "Oakfield Primary", "St Mary's High School".
        if SCHOOL_WORDS.contains(&lower.as_str())
            && n >= 1
            && is_capitalised(trim_word(words[n - 1]))
            && is_capitalised(w)
        {
            let mut start = n - 1;
            while start > 0 && is_capitalised(trim_word(words[start - 1])) {
                start -= 1;
            }
            let found: Vec<&str> = words[start..=n].iter().map(|w| trim_word(w)).collect();
            push(&mut out, Kind::School, found.join(" "));
        }
        if n + 1 < words.len() && is_postcode(w, trim_word(words[n + 1])) {
            push(&mut out, Kind::Address, format!("{w} {}", trim_word(words[n + 1])));
        }
    }

    // Names: capitalised words that are not common words and not already
    // part of an address or school. Erring towards suggesting: the officer
    // confirms each one.
    for raw in &words {
        let w = trim_word(raw);
        let covered = out.iter().any(|s| s.text.split(' ').any(|part| part == w));
        if is_capitalised(w) && w.chars().count() > 1 && !NOT_NAMES.contains(&w.to_lowercase().as_str()) && !covered {
            push(&mut out, Kind::Name, w.to_string());
        }
    }
    out
}

/// Replaces every chosen detail with a marker such as `[name]`.
pub fn apply(text: &str, chosen: &[Suggestion]) -> String {
    let mut result = text.to_string();
    let mut chosen: Vec<&Suggestion> = chosen.iter().filter(|s| !s.text.trim().is_empty()).collect();
    // Longest first, so "12 Mill Lane" goes before "Mill".
    chosen.sort_by_key(|s| std::cmp::Reverse(s.text.len()));
    for s in chosen {
        result = result.replace(&s.text, &format!("[{}]", s.kind.as_str()));
    }
    result
}

/// True when a quote for the board uses only words of the confirmed
/// redacted text: up to 600 characters, each part between "..." (or "…")
/// found in it as written, whole words only, in the text's order and
/// without overlapping, and (when there are several parts) each of at
/// least three words. Without those rules, parts of a letter or two ("S…am")
/// could spell out a redacted name from other words; as it is, nothing
/// from the original can slip into a board pack.
pub fn quote_is_from(quote: &str, redacted: &str) -> bool {
    const MIN_WORDS_PER_PART: usize = 3;
    let quote = quote.trim();
    if quote.is_empty() || quote.chars().count() > 600 {
        return false;
    }
    let parts: Vec<&str> = quote
        .split('…')
        .flat_map(|part| part.split("..."))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    if parts.is_empty() {
        return false;
    }
    let several = parts.len() > 1;
    let mut from = 0;
    for part in parts {
        if several && part.split_whitespace().count() < MIN_WORDS_PER_PART {
            return false;
        }
        match find_whole(redacted, part, from) {
            Some(end) => from = end,
            None => return false,
        }
    }
    true
}

/// The end of the first occurrence of `part` in `text` at or after `from`
/// that neither starts nor ends inside a word.
fn find_whole(text: &str, part: &str, from: usize) -> Option<usize> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut search = from;
    while search <= text.len() {
        let start = search + text[search..].find(part)?;
        let end = start + part.len();
        let starts_clean = !word(part.chars().next()) || !word(text[..start].chars().next_back());
        let ends_clean = !word(part.chars().next_back()) || !word(text[end..].chars().next());
        if starts_clean && ends_clean {
            return Some(end);
        }
        search = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(Kind, String)> {
        suggest(text).into_iter().map(|s| (s.kind, s.text)).collect()
    }

    #[test]
    fn finds_the_details_that_identify_people() {
        let text = "My worker Sarah never calls back. Ring me on 07700 900 123 or jo.b@example.org. \
                    I live at 12 Acacia Road, LS1 4AB and go to Oakfield Primary with Kai.";
        let f = found(text);
        assert!(f.contains(&(Kind::Name, "Sarah".into())), "{f:?}");
        assert!(f.contains(&(Kind::Name, "Kai".into())), "{f:?}");
        assert!(f.contains(&(Kind::Phone, "07700 900 123".into())), "{f:?}");
        assert!(f.contains(&(Kind::Email, "jo.b@example.org".into())), "{f:?}");
        assert!(f.contains(&(Kind::Address, "12 Acacia Road".into())), "{f:?}");
        assert!(f.contains(&(Kind::Address, "LS1 4AB".into())), "{f:?}");
        assert!(f.contains(&(Kind::School, "Oakfield Primary".into())), "{f:?}");
        assert!(!f.iter().any(|(_, t)| t == "My" || t == "I" || t == "Ring"), "{f:?}");
        assert_eq!(f.iter().filter(|(k, _)| *k == Kind::Name).count(), 2, "{f:?}");
    }

    #[test]
    fn ordinary_messages_have_nothing_to_hide() {
        assert!(suggest("Can we have more trips in the summer holidays please").is_empty());
        assert!(suggest("I scored 3 goals on Saturday").is_empty());
    }

    #[test]
    fn applying_replaces_each_chosen_detail_with_a_marker() {
        let text = "Kai lives at 4 Mill Lane, ring 07700 900123";
        let chosen = suggest(text);
        assert_eq!(apply(text, &chosen), "[name] lives at [address], ring [phone]");
        assert_eq!(apply(text, &[]), text);
    }

    #[test]
    fn a_quote_may_only_use_the_redacted_words() {
        let redacted = "I live at [address] and my carer never listens to me about school.";
        assert!(quote_is_from("my carer never listens to me", redacted));
        assert!(quote_is_from(
            "I live at [address] ... never listens to me about school.",
            redacted
        ));
        assert!(!quote_is_from("I live at 12 Oak Road", redacted));
        assert!(!quote_is_from("  ", redacted));
        assert!(!quote_is_from(&"a".repeat(601), &"a".repeat(700)));
    }

    #[test]
    fn a_quote_cannot_be_spelt_out_of_fragments() {
        let redacted = "[name] said Sam the cat sleeps at home and my worker is late again";
        // "Sam" is in the text only as part of other words' letters here:
        let redacted_without = "[name] said Sa and am the cat sleeps at home";
        assert!(!quote_is_from("Sa…am", redacted_without), "tiny parts");
        assert!(!quote_is_from("S...am", redacted_without));
        assert!(
            !quote_is_from("my worker is late ... said Sam the", redacted),
            "out of order"
        );
        assert!(!quote_is_from("orker is late", redacted), "not a whole word");
        assert!(quote_is_from("said Sam the cat ... my worker is late", redacted));
        assert!(
            !quote_is_from("the cat sleeps ... the cat sleeps", redacted),
            "a part used twice"
        );
    }
}

#[cfg(test)]
mod address_tests {
    use super::without_addresses;

    #[test]
    fn smtp_errors_lose_every_address() {
        let e = "permanent error (550): 5.1.1 <jo.bloggs+x@mail.example.org>: Recipient address rejected";
        assert_eq!(
            without_addresses(e),
            "permanent error (550): 5.1.1 <[address]>: Recipient address rejected"
        );
        assert_eq!(without_addresses("a@b, c@d"), "[address], [address]");
        assert_eq!(without_addresses("no address here"), "no address here");
        assert_eq!(without_addresses("trailing @"), "trailing [address]");
    }
}
