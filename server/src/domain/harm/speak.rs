//! Text-speak and common misspellings, written out before either layer of
//! the harm check reads a message: "no1 cares bout me" becomes "no one
//! cares about me", "kms" becomes "kill myself", "cuttin" becomes
//! "cutting". Both layers then see the words they were written for.
//!
//! Only whole words are replaced, and only words whose everyday meaning is
//! not in doubt. A word that could be ordinary ("sh" is also "shh") is in
//! when missing a disclosure would cost more than a false alarm.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Word → what it stands for. Keys are lower-case, without apostrophes
/// (as [`super::phrases::words`] leaves them).
const WORDS: &[(&str, &str)] = &[
    // people and pronouns
    ("u", "you"),
    ("ya", "you"),
    ("yu", "you"),
    ("ur", "your"),
    ("yr", "your"),
    ("r", "are"),
    ("no1", "no one"),
    ("noone", "no one"),
    ("nobdy", "nobody"),
    ("sum1", "someone"),
    ("some1", "someone"),
    ("smone", "someone"),
    ("any1", "anyone"),
    ("every1", "everyone"),
    ("evry1", "everyone"),
    ("evryone", "everyone"),
    ("ppl", "people"),
    ("bf", "boyfriend"),
    ("gf", "girlfriend"),
    ("bfs", "boyfriends"),
    ("m8", "mate"),
    ("m8s", "mates"),
    ("mam", "mum"),
    ("mom", "mum"),
    ("myslef", "myself"),
    ("myselfe", "myself"),
    ("meself", "myself"),
    ("mself", "myself"),
    ("mysef", "myself"),
    // little words
    ("n", "and"),
    ("an", "an"),
    ("da", "the"),
    ("tha", "the"),
    ("dat", "that"),
    ("dis", "this"),
    ("wat", "what"),
    ("wot", "what"),
    ("wht", "what"),
    ("wen", "when"),
    ("wiv", "with"),
    ("wid", "with"),
    ("w", "with"),
    ("bout", "about"),
    ("abt", "about"),
    ("cos", "because"),
    ("coz", "because"),
    ("cuz", "because"),
    ("bc", "because"),
    ("bcos", "because"),
    ("cause", "because"),
    ("tho", "though"),
    ("thru", "through"),
    ("alot", "a lot"),
    ("pls", "please"),
    ("plz", "please"),
    ("plez", "please"),
    ("pleas", "please"),
    ("plss", "please"),
    ("thx", "thanks"),
    ("ty", "thank you"),
    ("rn", "right now"),
    ("atm", "at the moment"),
    ("idk", "i dont know"),
    ("dunno", "dont know"),
    ("ngl", "not going to lie"),
    ("tbh", "to be honest"),
    ("fr", "for real"),
    ("ik", "i know"),
    ("b", "be"),
    ("bn", "been"),
    ("c", "see"),
    ("hav", "have"),
    ("av", "have"),
    ("ave", "have"),
    ("gt", "got"),
    ("dnt", "dont"),
    ("dont", "dont"),
    ("cnt", "cant"),
    ("carnt", "cant"),
    ("wnt", "want"),
    ("wna", "want to"),
    ("wanna", "want to"),
    ("wana", "want to"),
    ("wannna", "want to"),
    ("gonna", "going to"),
    ("gna", "going to"),
    ("gunna", "going to"),
    ("gona", "going to"),
    ("finna", "going to"),
    ("gotta", "got to"),
    ("shud", "should"),
    ("wud", "would"),
    ("cud", "could"),
    ("wont", "wont"),
    ("aint", "aint"),
    ("nt", "not"),
    ("nuthin", "nothing"),
    ("nothin", "nothing"),
    ("nufin", "nothing"),
    ("sumthin", "something"),
    ("somethin", "something"),
    ("anythin", "anything"),
    ("everythin", "everything"),
    ("evry", "every"),
    ("evrything", "everything"),
    ("agen", "again"),
    ("agn", "again"),
    ("agin", "again"),
    ("nite", "night"),
    ("nyt", "night"),
    ("2nite", "tonight"),
    ("2nyt", "tonight"),
    ("tonite", "tonight"),
    ("2day", "today"),
    ("2moro", "tomorrow"),
    ("2morrow", "tomorrow"),
    ("tmrw", "tomorrow"),
    ("tmr", "tomorrow"),
    ("tmoz", "tomorrow"),
    ("l8r", "later"),
    ("gr8", "great"),
    ("h8", "hate"),
    ("h8s", "hates"),
    ("luv", "love"),
    ("gud", "good"),
    ("skool", "school"),
    ("skl", "school"),
    ("ded", "dead"),
    ("lyf", "life"),
    ("lyfe", "life"),
    ("hom", "home"),
    ("hse", "house"),
    ("msg", "message"),
    ("msgs", "messages"),
    ("txt", "text"),
    ("txts", "texts"),
    ("nxt", "next"),
    ("mins", "minutes"),
    ("rly", "really"),
    ("realy", "really"),
    ("sooo", "so"),
    ("soo", "so"),
    ("ok", "ok"),
    // harm words
    ("kms", "kill myself"),
    ("kmsf", "kill myself"),
    ("kys", "kill yourself"),
    ("sh", "self harm"),
    ("shing", "self harming"),
    ("od", "overdose"),
    ("oded", "overdosed"),
    ("sui", "suicide"),
    ("suicde", "suicide"),
    ("sucide", "suicide"),
    ("suiside", "suicide"),
    ("sucidal", "suicidal"),
    ("suicdal", "suicidal"),
    ("hert", "hurt"),
    ("herts", "hurts"),
    ("herting", "hurting"),
    ("hurted", "hurt"),
    ("tuched", "touched"),
    ("tutched", "touched"),
    ("tuches", "touches"),
    ("tuch", "touch"),
    ("hitted", "hit"),
    ("beated", "beat"),
    ("scard", "scared"),
    ("skared", "scared"),
    ("scaird", "scared"),
    ("scairt", "scared"),
    ("frighted", "frightened"),
    ("abuesd", "abused"),
    ("abusd", "abused"),
    ("rapd", "raped"),
    ("stabed", "stabbed"),
    ("hungy", "hungry"),
    ("fud", "food"),
    ("heatin", "heating"),
    ("alone", "alone"),
    ("safe", "safe"),
    ("saf", "safe"),
    ("helpp", "help"),
    ("helppp", "help"),
    ("halp", "help"),
    ("hlp", "help"),
    ("hepl", "help"),
    ("dosent", "doesnt"),
    ("doesent", "doesnt"),
    ("didnt", "didnt"),
    ("were", "were"),
    ("shudnt", "shouldnt"),
];

/// Words ending in "-in" for "-ing" ("cuttin", "goin"). A closed list:
/// many words really end in "in" ("again", "cousin", "within").
const DROPPED_G: &[&str] = &[
    "killin",
    "cuttin",
    "goin",
    "doin",
    "hittin",
    "sleepin",
    "freezin",
    "eatin",
    "feelin",
    "thinkin",
    "runnin",
    "livin",
    "hurtin",
    "cryin",
    "gettin",
    "leavin",
    "comin",
    "sayin",
    "tellin",
    "beatin",
    "touchin",
    "textin",
    "sendin",
    "askin",
    "lookin",
    "hidin",
    "watchin",
    "workin",
    "evenin",
    "mornin",
    "meetin",
    "bowlin",
    "listenin",
    "amazin",
    "stealin",
    "sellin",
    "dealin",
    "shoutin",
    "screamin",
    "fightin",
    "smokin",
    "drinkin",
    "starvin",
    "dyin",
    "dieing",
    "cheatin",
    "followin",
    "waitin",
    "stayin",
    "talkin",
    "walkin",
    "bleedin",
    "burnin",
    "scratchin",
    "punchin",
    "kickin",
    "slappin",
    "chokin",
    "threatenin",
    "harmin",
    "messin",
    "chattin",
    "playin",
    "shakin",
    "hangin",
    "kiddin",
    "lyin",
    "tryin",
    "carryin",
    "holdin",
    "movin",
    "usin",
    "takin",
    "makin",
    "givin",
    "havin",
    "bein",
    "missin",
    "rapin",
    "groomin",
    "stabbin",
    "shootin",
    "lockin",
    "sufferin",
    "breathin",
    "losin",
];

/// Digits used as words ("want 2 die", "4 days"): "2" is "to" and "4" is
/// "for", unless a count is plainly meant ("2 days", "4 of them").
fn digit_word(word: &str, next: Option<&str>) -> Option<&'static str> {
    const COUNTED: &[&str] = &[
        "days", "day", "weeks", "week", "hours", "hour", "mins", "minutes", "years", "year", "months", "month", "of",
        "or", "and", "times", "nights", "people", "kids", "men", "boys", "girls", "x",
    ];
    let counted = next.is_some_and(|n| COUNTED.contains(&n) || n.chars().all(|c| c.is_ascii_digit()));
    match word {
        "2" if !counted && next.is_some() => Some("to"),
        "4" if !counted && next.is_some() => Some("for"),
        _ => None,
    }
}

static TABLE: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| WORDS.iter().copied().collect());

/// Writes out text-speak in already split, lower-cased words.
pub fn expand(words: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len() + 4);
    for (i, word) in words.iter().enumerate() {
        let next = words.get(i + 1).map(String::as_str);
        let replacement = TABLE.get(word.as_str()).copied().or_else(|| digit_word(word, next));
        match replacement {
            Some(r) => out.extend(r.split(' ').map(String::from)),
            None if DROPPED_G.contains(&word.as_str()) => out.push(match word.as_str() {
                "dieing" => "dying".to_string(),
                w => format!("{w}g"),
            }),
            None => out.push(squeeze(word)),
        }
    }
    out
}

/// "sooooo" → "so", "helppppp" → "help", "pleaseeee" → "please": a letter
/// repeated three or more times stands for one.
fn squeeze(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    let mut run = 0;
    for c in word.chars() {
        if Some(c) == last {
            run += 1;
        } else {
            run = 1;
            last = Some(c);
        }
        if run <= 2 {
            out.push(c);
        }
    }
    if out != word {
        if let Some(r) = TABLE.get(out.as_str()) {
            return r.to_string();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn say(s: &str) -> String {
        expand(s.split_whitespace().map(String::from).collect()).join(" ")
    }

    #[test]
    fn writes_out_text_speak() {
        assert_eq!(say("no1 cares bout me anyway"), "no one cares about me anyway");
        assert_eq!(say("kms"), "kill myself");
        assert_eq!(say("i wanna die"), "i want to die");
        assert_eq!(say("i want 2 die"), "i want to die");
        assert_eq!(say("been cuttin agen"), "been cutting again");
        assert_eq!(say("im gna end it 2nite"), "im going to end it tonight");
        assert_eq!(say("helppppp"), "help");
    }

    #[test]
    fn keeps_counts_and_real_words() {
        assert_eq!(say("no food for 2 days"), "no food for 2 days");
        assert_eq!(say("my cousin came again"), "my cousin came again");
        assert_eq!(say("4 of them"), "4 of them");
    }
}
