//! Theme suggestions: words that hint at each default theme. The officer
//! always decides; a suggestion only saves a click.

const KEYWORDS: &[(&str, &[&str])] = &[
    (
        "where-i-live",
        &[
            "home",
            "house",
            "room",
            "placement",
            "carer",
            "foster",
            "bedroom",
            "move",
            "moving",
        ],
    ),
    (
        "family-friends",
        &[
            "mum", "dad", "brother", "sister", "nan", "grandad", "family", "friend", "contact", "visit",
        ],
    ),
    (
        "my-worker",
        &[
            "social worker",
            "worker",
            "listen",
            "iro",
            "review",
            "pa ",
            "personal adviser",
        ],
    ),
    (
        "school-work",
        &[
            "school",
            "college",
            "teacher",
            "class",
            "exam",
            "job",
            "work",
            "apprentice",
            "uni",
        ],
    ),
    (
        "health-feelings",
        &[
            "sad", "anxious", "worried", "doctor", "dentist", "health", "sleep", "feel", "lonely", "camhs",
        ],
    ),
    (
        "money",
        &[
            "money",
            "pocket",
            "allowance",
            "bills",
            "cash",
            "pay",
            "benefit",
            "budget",
            "grant",
        ],
    ),
    (
        "leaving-care",
        &["flat", "tenancy", "leaving care", "independen", "rent", "housing", "18"],
    ),
    (
        "being-safe",
        &["safe", "scared", "hurt", "bully", "bullied", "police", "danger"],
    ),
    (
        "fun",
        &[
            "football", "trip", "club", "hobby", "holiday", "cinema", "game", "swim", "fun", "activity",
        ],
    ),
    (
        "who-i-am",
        &[
            "culture",
            "religion",
            "faith",
            "language",
            "identity",
            "hair",
            "food from",
            "mosque",
            "church",
        ],
    ),
];

/// Slugs of the themes whose words appear in `text`, among `available`.
pub fn suggest<'a>(text: &str, available: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let lower = format!(" {} ", text.to_lowercase());
    available
        .into_iter()
        .filter(|slug| {
            KEYWORDS
                .iter()
                .any(|(s, words)| s == slug && words.iter().any(|w| lower.contains(w)))
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggests_themes_from_the_words() {
        let all = ["money", "fun", "where-i-live"];
        assert_eq!(
            super::suggest("I need more pocket money for the football club", all),
            ["money", "fun"]
        );
        assert!(super::suggest("hello", all).is_empty());
    }
}
