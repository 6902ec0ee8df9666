//! The harm check: does a young person's message suggest they may be at
//! risk? A message that does is flagged so an officer reads it first.
//!
//! # Policy: err towards flagging
//!
//! A false alarm costs an officer a minute; a miss can cost a child. So the
//! lists below are deliberately broad: when a phrase *might* mean harm, it
//! is in. Only a short list of everyday idioms ("I hit a home run", "my team
//! beat them", "killing it at school", "this game is killer", "I'm dying to
//! go to the cinema") is taken out before matching, and only when the idiom
//! is cheap to recognise exactly. This check never decides anything on its
//! own: it only puts a message at the top of the pile.
//!
//! # How matching works
//!
//! 1. The text is lower-cased. Apostrophes (straight `'` or curly `’`) are
//!    dropped, so "don't" and "don’t" both become `dont` and "I'm" becomes
//!    `im`. Every other character that is not a letter or digit (spaces,
//!    punctuation, emoji, dashes) becomes a word break, so "self-harm"
//!    reads as `self harm` and "hurt😢" as `hurt`.
//! 2. Every [`SAFE_IDIOMS`] match is blanked out (its words can then match
//!    nothing).
//! 3. The message is flagged if any [`PHRASES`] entry matches consecutive
//!    words.
//!
//! A phrase is a space-separated list of tokens, one per word. A token is
//! one or more alternatives separated by `|`; an alternative matches a word
//! exactly, or, when it ends in `*`, any word starting with it. So
//! `hurt*` matches "hurt", "hurts", "hurting"; `hit* me|us` matches "hit me",
//! "hits us", "hitting me"; a lone `*` matches any one word. An alternative
//! is always one word: a phrase with a different number of words (say
//! "cannot" against "can not") needs its own entry. Child spellings
//! and text-speak ("kms", "sucide", "hert", "wanna die", "dont feel safe")
//! are written out as alternatives.
//!
//! Changing these lists changes who gets help first: add a test case with
//! every change, and have a safeguarding lead review it.

// ---------------------------------------------------------------------------
// THE REVIEWED LISTS
// ---------------------------------------------------------------------------

/// Phrases that suggest a young person may be at risk. Broad on purpose.
pub const PHRASES: &[&str] = &[
    // --- Suicide, wanting to die, not wanting to live ---------------------
    "suicid*|sucid*|suisid*|suicd*|suecid*|suiced*|sucicid*|suiscid*|soocid*",
    "kill*", // kill, kills, killed, killing, killer (idioms removed first)
    "kms|kys|unalive*",
    "want*|wnt|wish|ready|deserve|going to|2 die|dye",
    "wanna|wana|gonna|gunna|gona die|dye",
    "let me die|dye",
    "want* to be dead|gone",
    "wanna|rather be dead|gone",
    "wish i was|were dead|gone|never",
    "wish i wasnt|werent born|here|alive",
    "better off dead|without",
    "never been born",
    "end*|ending it all",
    "gonna|wanna|to|going end* it|myself|me",
    "end*|take*|taking my life",
    "end*|take*|taking my own life",
    "dont|not|never want*|wanna to live|exist",
    "dont|not|never wanna live|exist",
    "dont|not|never wanna be here|alive",
    "dont|not|never want* to be here|alive",
    "no point living",
    "no point in|to living|life|being",
    "no reason to live",
    "nothing to live for",
    "tired|sick of living|life|being",
    "hate my life|self",
    "hate myself",
    "hate being alive|me|here",
    "cant|cannot|cnt go on",
    "cant|cannot|cnt cope",
    "cant|cannot|cnt take it|this|anymore|any",
    "cant do this|it anymore|any",
    "want*|wanna|could|just|to disappear*",
    "never|dont wake up",
    "not to wake up",
    "overdos*|od",
    "took|take*|swallow*|many tablets|pills",
    "hang* myself|me",
    "noose",
    "jump* off",
    "jump* in front",
    "worthless",
    "lonely",
    "all alone",
    "depress*",
    "no one cares|loves|likes|wants",
    "nobody|noone|no1 cares|loves|likes|wants",
    // --- Self-harm ---------------------------------------------------------
    "self harm*|hurt*|injur*",
    "selfharm*",
    "cut* myself|me|my|wrist*",
    "harm*|hurt*|hert*|burn*|scratch*|bang* myself",
    "blade*|razor*",
    "scars|scarring",
    "blood|bleed*|bled",
    // --- Hurt, hit, physical abuse, violence ------------------------------
    "hurt*",
    "hert|herts|herting|herted|hurted",
    "hit* me|us|my|him|her|them|u|ya|you|mum|mam|mom|dad|nan|brother|sister",
    "got|get|gets|getting|been|was|were|being|be hit*|beat*|punch*|kick*|slap*|hurt*|smack*|attack*|stabbed|bullied|abused|raped|touched|groomed|threatened|choked|strangled|pushed|shoved|burnt|burned|locked|battered|jumped",
    "beat*|beet|beets me|us|my|him|her|them|u|mum|mam|mom|dad|up",
    "beaten",
    "punch*|slap*|smack*|whack*|thump*|strangl*|throttl*|chok*",
    "kick*|kik* me|us|my|him|her|them|u|mum|mam|mom|out|in",
    "push*|shov* me|us|my|him|her|down",
    "bite*|bit me|us",
    "pinch* me|us",
    "pull* my hair",
    "pull* me by|around|along",
    "throw*|threw * at me|us",
    "throw*|threw things|stuff|plates",
    "bruis*",
    "black eye*",
    "attack*|assault*|violen*",
    "batter* me|us|my|him|her",
    "knife|knifed|knives|stab|stabs|stabbed|stabbing",
    "gun|guns|gunpoint|weapon*",
    "shoot*|shot me|us|him|her|at",
    "fight*|fite*",
    "domestic*",
    "police came|round|were|was|took",
    "call*|ring*|rang the police|cops",
    "shout*|scream*|yell*|swear* at me|us",
    "call* me names|fat|ugly|stupid|thick|useless",
    // --- Abuse, sexual abuse, grooming ------------------------------------
    "abus*|abbus*|abuce*|abuz*",
    "rape*|raping|rapist*",
    "molest*",
    "sex*",
    "touch*|tuch*|tutch* me|my|us|him|her|myself|private*|down|there",
    "privates",
    "private part*|area*|place*",
    "in my pants|knickers",
    "inappropriat*",
    "in appropriat*",
    "nude*|naked|porn*",
    "send*|sent me|him|her pics|pictures|photos|nudes",
    "send*|sent pics|pictures|photos|nudes|selfies|vids|videos",
    "pics|pictures|photos|videos of me",
    "groom*",
    "paedo*|pedo|pedos|pedophil*|pervert*|perv|pervs|pervy|creep*",
    "older man|men|boy|boys|guy|guys|boyfriend|girlfriend",
    "our secret",
    "keep* it|a secret",
    "keep* it a secret",
    "dont tell",
    "not to tell",
    "not tell anyone|anybody|nobody|no",
    "made|make|makes|making|force*|forced me kiss|touch*|watch|send|drink|smoke|undress|strip|sleep",
    "forc* me|us|to",
    "come*|came|comes into|in my room|bed|bedroom",
    "in bed with",
    "get*|got into my bed",
    // --- Exploitation, drugs, alcohol, debt -------------------------------
    "exploit*|traffick*",
    "county lines",
    "drug*|dealer*|cocaine|coke|cannabis|weed|heroin|ketamine",
    "drunk*|alcohol*",
    "drinks|drinking too much",
    "drinks|drinking again|all|every|loads",
    "owe* them|him|her|money",
    "in debt",
    "gang*",
    "stash*",
    "hold*|carry*|keep*|stash*|deliver* stuff|things|packages|parcels|bags|drugs for",
    // --- Threats, stalking, bullying --------------------------------------
    "threat*|thret*|thretten*",
    "blackmail*",
    "stalk*",
    "follow* me|us home|around|everywhere|to|from",
    "bully|bullys|bullies|bullied|bullying|bulling|buly*|bulli*",
    "pick* on me|us",
    "jump* me|us",
    "leave me alone",
    // --- Running away, nowhere safe to live -------------------------------
    "run*|ran|rann away|off",
    "runaway*",
    "go|went|gone|goes|going missing",
    "leav*|left home",
    "kicked|thrown|threw|chucked out",
    "thrown|threw|throw*|chuck*|kick* me|us out",
    "nowhere to go|sleep|live|stay",
    "homeless*",
    "sleep*|slept rough|outside|street*",
    "sofa surf*",
    "dont|not|never want* to go home|back",
    "dont|not|never wanna go home|back",
    // --- Not safe, scared -------------------------------------------------
    "not|isnt|aint|never safe",
    "unsafe",
    "dont|doesnt|didnt|never|not|dnt|cant|no feel*|felt safe|save|saf",
    "scared|scard|skared|scaired|scarred|frightened|frightening|afraid|terrified|petrified",
    "frighten*|terrifies",
    "scares me|us",
    "im|so|really|very|too sacred",
    "fear|fears|fearful|feared",
    // --- Neglect ----------------------------------------------------------
    "starv*",
    "no food|dinner|tea|breakfast|lunch|meals",
    "not enough food|to",
    "nothing to eat",
    "dont|doesnt|didnt|wont|never feed* me|us",
    "havent|hasnt|hadnt|not eaten|fed",
    "always|still hungry",
    "hungry all",
    "bed hungry",
    "no heating|electric*|gas|hot|water|clean|bed|shoes|coat",
    "left alone",
    "left on my own",
    "home alone",
    "lock*|lok* me|us|in|out",
    "shut* me|us in|out",
    "not|never|aint allowed|aloud|alowed out|food|outside",
    "not|never|aint allowed|aloud|alowed to eat|leave|see|talk|tell|wash|sleep|phone|speak",
    // --- Asking for help --------------------------------------------------
    "help|save|rescue me|us",
    "need* help",
    "please help",
    "get me out",
    "sos",
];

/// Everyday idioms that would otherwise look like harm. Their words are
/// blanked before [`PHRASES`] are matched. Keep this list SHORT and exact:
/// every entry is a way a real disclosure could be missed.
pub const SAFE_IDIOMS: &[&str] = &[
    "hit* a home run",
    "home run*",
    "hit* the ball",
    "big hit",
    "hit song|songs|single|record",
    "team|we beat|beaten them|you|the",
    "beat* them|you at",
    "beat* my|your|the high|best|score|record|time|level|game|boss",
    "beaten at",
    "killing|killed|smashed it",
    "is|so|was killer",
    "killer whale*|game|games|app|sudoku|bees|move|moves|tune|tunes",
    "dying|dieing to",
    "to die for",
    "die*|dying laughing",
    "died|dying of laughter|laughing",
    "punchline*",
    "fruit punch",
    "slapstick",
    "pillow|food|water|snowball|nerf fight*",
    "dog|horse|pony|pet grooming|groomer*|groomed",
    "bride and groom",
    "cut* my|your|her|his hair|fringe",
    "sex ed|education",
];

// ---------------------------------------------------------------------------
// THE MATCHER
// ---------------------------------------------------------------------------

/// True if `text` suggests the young person may be at risk (see the module
/// documentation for the policy and how matching works).
pub fn suggests_harm(text: &str) -> bool {
    // Parsed once: this runs on every message sent.
    static IDIOMS: LazyLock<Vec<Phrase>> = LazyLock::new(|| SAFE_IDIOMS.iter().map(|e| parse(e)).collect());
    static HARM: LazyLock<Vec<Phrase>> = LazyLock::new(|| PHRASES.iter().map(|e| parse(e)).collect());
    let mut words = normalise(text);
    for idiom in IDIOMS.iter() {
        for start in 0..words.len() {
            if matches_at(&words, start, idiom) {
                for word in &mut words[start..start + idiom.len()] {
                    word.clear();
                }
            }
        }
    }
    // Only the phrases whose first token can match a word are tried there.
    static FIRST: LazyLock<FirstTokens> = LazyLock::new(|| FirstTokens::of(&HARM));
    (0..words.len()).any(|start| {
        let word = words[start].as_str();
        !word.is_empty() && FIRST.candidates(word).any(|i| matches_at(&words, start, &HARM[i]))
    })
}

/// The phrases by their first token: exact words in a map, prefixes in a list.
struct FirstTokens {
    exact: std::collections::HashMap<&'static str, Vec<usize>>,
    prefixes: Vec<(&'static str, usize)>,
}

impl FirstTokens {
    fn of(phrases: &[Phrase]) -> FirstTokens {
        let mut first = FirstTokens {
            exact: std::collections::HashMap::new(),
            prefixes: Vec::new(),
        };
        for (i, phrase) in phrases.iter().enumerate() {
            for alt in phrase.first().into_iter().flatten() {
                match alt.strip_suffix('*') {
                    Some(prefix) => first.prefixes.push((prefix, i)),
                    None => first.exact.entry(*alt).or_default().push(i),
                }
            }
        }
        first
    }

    /// Indexes of the phrases whose first token matches `word`.
    fn candidates<'a>(&'a self, word: &'a str) -> impl Iterator<Item = usize> + 'a {
        let exact = self.exact.get(word).into_iter().flatten().copied();
        let prefixed = self
            .prefixes
            .iter()
            .filter(move |(prefix, _)| word.starts_with(prefix))
            .map(|(_, i)| *i);
        exact.chain(prefixed)
    }
}

use std::sync::LazyLock;

/// One phrase as tokens, each token as its alternatives.
type Phrase = Vec<Vec<&'static str>>;

fn parse(entry: &'static str) -> Phrase {
    entry
        .split_whitespace()
        .map(|token| token.split('|').collect())
        .collect()
}

/// Lower-cases, drops apostrophes and splits on anything that is not a
/// letter or a digit.
fn normalise(text: &str) -> Vec<String> {
    let mut clean = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => {}
            c if c.is_alphanumeric() => clean.push(c),
            _ => clean.push(' '),
        }
    }
    clean.split_whitespace().map(String::from).collect()
}

/// Does `phrase` match the words starting at `start`, one token per word?
fn matches_at(words: &[String], start: usize, phrase: &Phrase) -> bool {
    !phrase.is_empty()
        && start + phrase.len() <= words.len()
        && phrase
            .iter()
            .zip(&words[start..])
            .all(|(alternatives, word)| token_matches(alternatives, word))
}

/// Does one token match one word? An alternative ending in `*` is a
/// prefix; blanked words (removed idioms) match nothing.
fn token_matches(alternatives: &[&str], word: &str) -> bool {
    !word.is_empty()
        && alternatives.iter().any(|alt| match alt.strip_suffix('*') {
            Some(prefix) => word.starts_with(prefix),
            None => word == *alt,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHOULD_FLAG: &[&str] = &[
        "My dad hits me when he is angry",
        "he hit me again last night",
        "mum's boyfriend beat me up",
        "She beats my little brother",
        "I got beaten by my step dad",
        "I want to kill myself",
        "i wanna die",
        "i want 2 die tbh",
        "kms",
        "honestly kys is what they keep saying to me",
        "I have been thinking about sucide",
        "I feel suicidal",
        "I want to end it all",
        "i cut myself last week",
        "I have been self-harming again",
        "I self harm",
        "i'm going to run away",
        "I ran away from my placement",
        "thinking about running away",
        "I don't feel safe at home",
        "i dont feel safe",
        "I don\u{2019}t feel safe here",
        "It's not safe at my house",
        "im scared to go home",
        "I'm scared of him",
        "im scared",
        "my uncle touched me",
        "Someone abused me when I was little",
        "he was abusing my sister",
        "she raped me",
        "he kicks me",
        "they punched me at school",
        "my carer slapped me",
        "there is no food in the house",
        "I'm starving and theres nothing to eat",
        "they locked me in my room",
        "I think I'm being groomed",
        "he threatened to hurt my mum",
        "a man asked me to send pics",
        "they make me carry drugs for them",
        "i owe them money and they said they would get me",
        "HE HURTS ME",
        "he hurt me \u{1F622}\u{1F622}",
        "\u{1F62D}my brother hert me\u{1F62D}",
        "please help me",
        "he said it's our secret",
        "i get bullied every day and they jumped me",
        "there's no heating and no food",
        "I am frightened of my foster dad",
        "they threw plates at me",
        "I wish I was dead",
        "I can't cope anymore",
        "i hate myself",
        "my mum is drunk all the time",
        "he follows me home",
    ];

    const SHOULD_NOT_FLAG: &[&str] = &[
        "I hit a home run",
        "my team beat them",
        "We beat them 3-0 on Saturday!",
        "I'm killing it at school",
        "this game is killer",
        "I'm dying to go to the cinema",
        "I want more pocket money",
        "My social worker is nice",
        "can we have a trip to the beach",
        "I like my new school and my teacher is kind",
        "Can I have a bike for my birthday?",
        "I beat my high score on my game",
        "Thank you for listening to me",
        "Please can I see my brother more often",
        "I would like to do football after school",
        "I feel safe and happy with my carers",
        "The food here is nice, especially the pasta",
        "I'm learning to play the guitar",
        "we had a pillow fight, it was so funny",
        "the joke had a great punchline",
        "I want to cut my hair short",
        "That cake was to die for",
        "",
        "\u{1F600}\u{1F44D}",
    ];

    #[test]
    fn flags_messages_that_suggest_harm() {
        for msg in SHOULD_FLAG {
            assert!(suggests_harm(msg), "should be flagged: {msg:?}");
        }
        assert!(SHOULD_FLAG.len() >= 30);
    }

    #[test]
    fn does_not_flag_everyday_messages() {
        for msg in SHOULD_NOT_FLAG {
            assert!(!suggests_harm(msg), "should not be flagged: {msg:?}");
        }
        assert!(SHOULD_NOT_FLAG.len() >= 12);
    }

    #[test]
    fn idioms_do_not_hide_real_harm_in_the_same_message() {
        assert!(suggests_harm("I hit a home run but then my dad hit me"));
        assert!(suggests_harm("I'm killing it at school but I want to kill myself"));
        assert!(suggests_harm("my team beat them and after that he beat me up"));
    }

    #[test]
    fn normalises_case_apostrophes_and_punctuation() {
        assert_eq!(normalise("Don\u{2019}t TOUCH-me!!"), vec!["dont", "touch", "me"]);
        assert_eq!(normalise("I'm ok\u{1F642}yes"), vec!["im", "ok", "yes"]);
    }

    #[test]
    fn prefix_and_exact_tokens() {
        assert!(token_matches(&["hurt*"], "hurting"));
        assert!(token_matches(&["hit*", "beat*"], "beats"));
        assert!(token_matches(&["*"], "anything"));
        assert!(!token_matches(&["me"], "meat"));
        assert!(!token_matches(&["hurt*"], ""));
    }

    /// Builds a message from the first alternative of every token.
    fn example(entry: &'static str) -> String {
        let first = |alts: Vec<&str>| alts[0].trim_end_matches('*').to_string();
        parse(entry)
            .into_iter()
            .map(|alts| {
                if alts[0] == "*" {
                    "things".to_string()
                } else {
                    first(alts)
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn every_phrase_flags_its_own_words() {
        for entry in PHRASES {
            assert!(suggests_harm(&example(entry)), "phrase never matches: {entry:?}");
        }
    }

    #[test]
    fn every_idiom_alone_is_not_flagged() {
        for entry in SAFE_IDIOMS {
            assert!(!suggests_harm(&example(entry)), "idiom is still flagged: {entry:?}");
        }
    }

    #[test]
    fn lists_are_well_formed() {
        for entry in PHRASES.iter().chain(SAFE_IDIOMS) {
            assert!(!entry.trim().is_empty());
            for token in entry.split_whitespace() {
                for alt in token.split('|') {
                    let core = alt.strip_suffix('*').unwrap_or(alt);
                    assert!(alt == "*" || !core.is_empty(), "empty alternative in {entry:?}");
                    assert!(
                        core.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                        "alternatives must be lower-case letters or digits (as normalised text is): {entry:?}"
                    );
                }
            }
        }
    }
}
