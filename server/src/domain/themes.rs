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

/// The built-in keywords of a default theme, as a comma-separated list.
pub fn default_keywords(slug: &str) -> String {
    KEYWORDS
        .iter()
        .find(|(s, _)| *s == slug)
        .map(|(_, words)| words.join(","))
        .unwrap_or_default()
}

/// Slugs of the themes whose keywords appear in `text`. `themes` gives each
/// theme's slug and its comma-separated keywords; a theme with none set
/// uses the built-in ones for its slug.
pub fn suggest<'a>(text: &str, themes: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<String> {
    let lower = format!(" {} ", text.to_lowercase());
    themes
        .into_iter()
        .filter(|(slug, keywords)| {
            let own: Vec<String> = keywords
                .split(',')
                .map(|k| k.trim().to_lowercase())
                .filter(|k| !k.is_empty())
                .collect();
            if own.is_empty() {
                KEYWORDS
                    .iter()
                    .any(|(s, words)| s == slug && words.iter().any(|w| lower.contains(w)))
            } else {
                own.iter().any(|w| lower.contains(w.as_str()))
            }
        })
        .map(|(slug, _)| slug.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggests_themes_from_the_words() {
        let all = [("money", ""), ("fun", ""), ("where-i-live", "")];
        assert_eq!(
            super::suggest("I need more pocket money for the football club", all),
            ["money", "fun"]
        );
        assert!(super::suggest("hello", all).is_empty());
    }

    #[test]
    fn an_organisations_own_keywords_replace_the_built_in_ones() {
        let themes = [("money", "cash, quid"), ("pets", "dog,cat")];
        assert_eq!(
            super::suggest("Can I get a dog? I have 20 quid", themes),
            ["money", "pets"]
        );
        assert!(super::suggest("pocket money", [("money", "cash")]).is_empty());
    }
}
