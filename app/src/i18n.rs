//! The one translation layer: every user-facing word goes through `I18n::t`.
//!
//! Messages are Fluent files compiled into the binary, one set per
//! language. Wording that changes with age selects on the `$band`
//! variable, so a page only has to know who it is talking to.
//!
//! English is complete (staff pages included). Every other language
//! carries the young people's words; a message it lacks falls back to
//! English rather than showing an id, and a unit test lists any young
//! person's message missing from a language.
//!
//! Which language a request gets is decided once, from `?lang=`, the
//! remembered choice and `Accept-Language` ([`accepted`], [`language_code`]);
//! the server does that in `http::language` and hands the handler an
//! [`I18n`].

use crate::model::AgeBand;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// A language young people can read Sayso in.
#[derive(Debug)]
pub struct Language {
    /// The code used in `?lang=`, the cookie, `<html lang>` and the stored
    /// `language` of a message.
    pub code: &'static str,
    /// Its name in its own script, for the language picker.
    pub name: &'static str,
    /// Its name in English, for staff pages.
    pub english_name: &'static str,
    pub rtl: bool,
    files: &'static [&'static str],
}

impl Language {
    /// Who checked the words, from the `# review:` line at the top of the
    /// language's file; `None` while no fluent speaker has checked them.
    pub fn checked_by(&self) -> Option<String> {
        let review = self
            .files
            .iter()
            .flat_map(|f| f.lines().take_while(|l| l.starts_with('#') || l.trim().is_empty()))
            .find_map(|l| l.strip_prefix("# review:"))?
            .trim();
        review.strip_prefix("checked by ").map(|who| who.trim().to_string())
    }
}

/// English first: it is the fallback for every other language and the
/// language of staff pages. Add a language with a line here and its file
/// (see docs/languages.md).
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        name: "English",
        english_name: "English",
        rtl: false,
        files: &[
            include_str!("../locales/en/sayso.ftl"),
            include_str!("../locales/en/child.ftl"),
            include_str!("../locales/en/surveys.ftl"),
            include_str!("../locales/en/staff.ftl"),
            include_str!("../locales/en/report.ftl"),
            include_str!("../locales/en/lifecycle.ftl"),
            include_str!("../locales/en/council.ftl"),
            include_str!("../locales/en/promises.ftl"),
            include_str!("../locales/en/alerts.ftl"),
            include_str!("../locales/en/harden.ftl"),
            include_str!("../locales/en/harm.ftl"),
        ],
    },
    Language {
        code: "cy",
        name: "Cymraeg",
        english_name: "Welsh",
        rtl: false,
        files: &[include_str!("../locales/cy/sayso.ftl")],
    },
    Language {
        code: "ar",
        name: "العربية",
        english_name: "Arabic",
        rtl: true,
        files: &[include_str!("../locales/ar/sayso.ftl")],
    },
    Language {
        code: "fa",
        name: "فارسی / دری",
        english_name: "Persian (Farsi and Dari)",
        rtl: true,
        files: &[include_str!("../locales/fa/sayso.ftl")],
    },
    Language {
        code: "ps",
        name: "پښتو",
        english_name: "Pashto",
        rtl: true,
        files: &[include_str!("../locales/ps/sayso.ftl")],
    },
    Language {
        code: "ckb",
        name: "کوردی سۆرانی",
        english_name: "Kurdish (Sorani)",
        rtl: true,
        files: &[include_str!("../locales/ckb/sayso.ftl")],
    },
    Language {
        code: "ti",
        name: "ትግርኛ",
        english_name: "Tigrinya",
        rtl: false,
        files: &[include_str!("../locales/ti/sayso.ftl")],
    },
    Language {
        code: "vi",
        name: "Tiếng Việt",
        english_name: "Vietnamese",
        rtl: false,
        files: &[include_str!("../locales/vi/sayso.ftl")],
    },
    Language {
        code: "sq",
        name: "Shqip",
        english_name: "Albanian",
        rtl: false,
        files: &[include_str!("../locales/sq/sayso.ftl")],
    },
];

pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// The language a tag from a browser, a link or the API means, if we have
/// it: case and region do not matter (`fa-AF` and `FA` are Persian), and a
/// few tags that name the same written language are folded together:
/// Dari (`prs`) is written Persian; Kurdish (`ku`) in Arabic script, or from
/// Iraq or Iran, is Sorani (`ckb`), the Kurdish most young people arriving
/// from there read, while `ku-Latn`/`ku-TR` (Kurmanji, Latin script) is not;
/// the Pashto and Albanian varieties (`pbt`, `pbu`, `als`, `aln`) are Pashto
/// and Albanian.
pub fn language_code(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    if tag.is_empty() || tag.len() > 35 || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    let code = match primary {
        "prs" => "fa",
        "pbt" | "pbu" | "pst" => "ps",
        "als" | "aln" => "sq",
        "kmr" => return None,
        "ku" => {
            let latin = rest
                .iter()
                .any(|p| *p == "latn" || *p == "tr" || *p == "sy" || *p == "am");
            if latin {
                return None;
            }
            "ckb"
        }
        other => other,
    };
    language(code).map(|l| l.code)
}

/// The languages an `Accept-Language` header asks for that we have, best
/// first: ordered by quality (`q`), ties in the order written, `q=0` and
/// malformed entries dropped, each language once.
pub fn accepted(header: &str) -> Vec<&'static str> {
    let mut wanted: Vec<(u16, usize, &'static str)> = Vec::new();
    for (position, entry) in header.split(',').take(40).enumerate() {
        let mut pieces = entry.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let mut quality = Some(1000u16);
        for param in pieces {
            let (key, value) = param.split_once('=').unwrap_or((param, ""));
            if key.trim().eq_ignore_ascii_case("q") {
                quality = parse_quality(value.trim());
            }
        }
        let (Some(q), Some(code)) = (quality, language_code(tag)) else {
            continue;
        };
        if q == 0 {
            continue;
        }
        match wanted.iter_mut().find(|(_, _, c)| *c == code) {
            Some(seen) if seen.0 < q => seen.0 = q,
            Some(_) => {}
            None => wanted.push((q, position, code)),
        }
    }
    wanted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    wanted.into_iter().map(|(_, _, code)| code).collect()
}

/// A quality value (RFC 9110: `0` to `1` with up to three decimals) in
/// thousandths; `None` when it is not one.
fn parse_quality(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|language| {
                let tag: LanguageIdentifier = language.code.parse().expect("valid language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // Placeables are isolated by us, only where it matters (see
                // `t_with`): Fluent's marks would leak into copied text.
                bundle.set_use_isolating(false);
                for source in language.files {
                    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(_, errors)| {
                        panic!("a {} Fluent file does not parse: {errors:?}", language.code)
                    });
                    bundle.add_resource(resource).expect("no duplicate message ids");
                }
                bundle
            })
            .collect()
    })
}

fn bundle_for(code: &str) -> &'static Bundle {
    let index = LANGUAGES.iter().position(|l| l.code == code).unwrap_or(0);
    &bundles()[index]
}

/// A piece of a translated sentence: words, or a value (a phone number, a
/// reply code, an email address) that must read left to right even inside
/// right-to-left text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    LeftToRight(String),
}

// Private-use characters mark where a left-to-right value goes in a
// formatted sentence; nobody types them, and they never leave this module.
const OPEN: char = '\u{F8F0}';
const CLOSE: char = '\u{F8F1}';

/// The words for one page: a language and, once known, the reader's age band.
#[derive(Clone, Debug, PartialEq)]
pub struct I18n {
    pub lang: &'static str,
    pub band: Option<AgeBand>,
}

impl I18n {
    /// An unknown code gives English.
    pub fn new(lang: &str, band: Option<AgeBand>) -> Self {
        let lang = language(lang).map(|l| l.code).unwrap_or(LANGUAGES[0].code);
        I18n { lang, band }
    }

    /// For staff pages and logs, which are in English.
    pub fn english() -> Self {
        I18n::new("en", None)
    }

    /// The same language, worded for an age band.
    pub fn with_band(&self, band: Option<AgeBand>) -> Self {
        I18n { lang: self.lang, band }
    }

    pub fn language(&self) -> &'static Language {
        language(self.lang).unwrap_or(&LANGUAGES[0])
    }

    pub fn rtl(&self) -> bool {
        self.language().rtl
    }

    pub fn dir(&self) -> &'static str {
        if self.rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A message with no arguments of its own.
    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// Whether this language has its own words for a message (rather than
    /// falling back to English).
    pub fn has(&self, id: &str) -> bool {
        bundle_for(self.lang).has_message(id)
    }

    /// A message with named arguments. A message this language lacks is
    /// taken from English; one English lacks too shows its id, so a gap is
    /// visible in review rather than a blank. In right-to-left languages
    /// each text argument is isolated (U+2068 … U+2069), so an English
    /// organisation name or an address keeps its own direction.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let rtl = self.rtl();
        let own = bundle_for(self.lang);
        let (bundle, pattern) = match own.get_message(id).and_then(|m| m.value()) {
            Some(p) => (own, p),
            None => {
                let english = bundle_for("en");
                match english.get_message(id).and_then(|m| m.value()) {
                    Some(p) => (english, p),
                    None => return id.to_string(),
                }
            }
        };
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("band", self.band.map(AgeBand::wording).unwrap_or("other"));
        for (name, value) in args {
            let value = match value {
                FluentValue::String(s) if rtl && !s.contains(OPEN) => FluentValue::from(format!("\u{2068}{s}\u{2069}")),
                other => other.clone(),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// Shorthand for the common case of string arguments.
    pub fn ts(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = args.iter().map(|(k, v)| (*k, FluentValue::from(*v))).collect();
        self.t_with(id, &args)
    }

    /// A message whose arguments named in `left_to_right` (phone numbers,
    /// codes, email addresses) come back as their own pieces, for the page
    /// to wrap in `<bdi dir="ltr">`.
    pub fn pieces(&self, id: &str, args: &[(&str, &str)], left_to_right: &[&str]) -> Vec<Piece> {
        let marked: Vec<(&str, String)> = args
            .iter()
            .map(|(name, value)| {
                if left_to_right.contains(name) {
                    (*name, format!("{OPEN}{value}{CLOSE}"))
                } else {
                    (*name, value.to_string())
                }
            })
            .collect();
        let marked: Vec<(&str, &str)> = marked.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let text = self.ts(id, &marked);
        let mut pieces = Vec::new();
        let mut rest = text.as_str();
        while let Some(start) = rest.find(OPEN) {
            if start > 0 {
                pieces.push(Piece::Text(rest[..start].to_string()));
            }
            let after = &rest[start + OPEN.len_utf8()..];
            let end = after.find(CLOSE).unwrap_or(after.len());
            pieces.push(Piece::LeftToRight(after[..end].to_string()));
            rest = after.get(end + CLOSE.len_utf8()..).unwrap_or("");
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        pieces
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Message ids of one Fluent source.
    fn ids(source: &str) -> BTreeSet<String> {
        let resource = FluentResource::try_new(source.to_string()).expect("parses");
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Every message a young person can meet: the English files for young
    /// people's pages (staff words live in staff.ftl, report.ftl and
    /// lifecycle.ftl, and the `staff-` messages of surveys.ftl).
    fn young_ids() -> BTreeSet<String> {
        let en = &LANGUAGES[0];
        let mut all = BTreeSet::new();
        for source in &en.files[..3] {
            all.extend(ids(source).into_iter().filter(|id| !id.starts_with("staff-")));
        }
        all.remove("kind-survey");
        all
    }

    #[test]
    fn every_language_file_parses_and_has_every_young_persons_message() {
        let young = young_ids();
        assert!(young.contains("unsafe-button") && young.contains("wb-title") && young.contains("exit-page"));
        let english: BTreeSet<String> = LANGUAGES[0].files.iter().flat_map(|f| ids(f)).collect();
        let mut gaps = Vec::new();
        for language in &LANGUAGES[1..] {
            let own: BTreeSet<String> = language.files.iter().flat_map(|f| ids(f)).collect();
            for id in young.difference(&own) {
                gaps.push(format!("{} lacks {id}", language.code));
            }
            for id in own.difference(&english) {
                gaps.push(format!("{} has {id}, which English does not (a typo?)", language.code));
            }
        }
        assert!(gaps.is_empty(), "{}", gaps.join("\n"));
    }

    #[test]
    fn every_translation_keeps_the_variables_of_the_english() {
        // A translation that drops `{ $phone }` would hide a phone number.
        // (A missing message is the other test's to report.)
        let variables = |language: &Language, id: &str| -> Option<BTreeSet<String>> {
            let source = language.files.iter().find(|f| ids(f).contains(id))?;
            let start = source.find(&format!("\n{id} =")).map(|i| i + 1).unwrap_or(0);
            let body: String = source[start..]
                .lines()
                .enumerate()
                .take_while(|(i, l)| *i == 0 || l.starts_with(' ') || l.is_empty())
                .map(|(_, l)| l)
                .collect::<Vec<_>>()
                .join("\n");
            Some(
                body.split("{ $")
                    .skip(1)
                    .filter_map(|s| s.split([' ', '}', '\n']).next())
                    .filter(|v| *v != "band" && *v != "count" && *v != "email")
                    .map(str::to_string)
                    .collect(),
            )
        };
        let mut problems = Vec::new();
        for id in young_ids() {
            let english = variables(&LANGUAGES[0], &id);
            for language in &LANGUAGES[1..] {
                let own = variables(language, &id);
                if own.is_some() && own != english {
                    problems.push(format!("{} {id}: {own:?}, English has {english:?}", language.code));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn each_language_file_says_who_checked_it() {
        for language in LANGUAGES {
            let top: String = language.files[0].lines().take(12).collect::<Vec<_>>().join("\n");
            assert!(
                top.contains("# review:"),
                "{} does not say who checked it",
                language.code
            );
        }
        // Honest: the drafts are not checked yet.
        assert_eq!(language("ar").unwrap().checked_by(), None);
    }

    #[test]
    fn wording_follows_the_age_band() {
        let early = I18n::new("en", Some(AgeBand::Early)).t("say-title");
        let adult = I18n::new("en", Some(AgeBand::Adult)).t("say-title");
        assert_eq!(early, "Tell us!");
        assert_eq!(adult, "Have your say");
        for language in LANGUAGES {
            let early = I18n::new(language.code, Some(AgeBand::Early)).t("kind-worry");
            let teen = I18n::new(language.code, Some(AgeBand::Teen)).t("kind-worry");
            assert_ne!(early, teen, "{}: 4-7 get their own words", language.code);
        }
    }

    #[test]
    fn plural_counts_read_naturally() {
        let i = I18n::english();
        let one = i.t_with("error-summary", &[("count", 1.into())]);
        let two = i.t_with("error-summary", &[("count", 2.into())]);
        assert!(one.contains("one thing"), "{one}");
        assert!(two.contains("2 things"), "{two}");
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        assert_eq!(I18n::new("xx", None).lang, "en");
        // A staff message asked for in Arabic comes in English, not as an id.
        assert_eq!(I18n::new("ar", None).t("queue-title"), "Feedback queue");
    }

    #[test]
    fn right_to_left_languages_say_so() {
        for code in ["ar", "fa", "ps", "ckb"] {
            assert_eq!(I18n::new(code, None).dir(), "rtl", "{code}");
        }
        for code in ["en", "cy", "ti", "vi", "sq"] {
            assert_eq!(I18n::new(code, None).dir(), "ltr", "{code}");
        }
    }

    #[test]
    fn tags_from_phones_and_links_find_the_language() {
        let cases = [
            ("fa-AF", Some("fa")),
            ("prs", Some("fa")),
            ("prs-AF", Some("fa")),
            ("FA", Some("fa")),
            ("ckb", Some("ckb")),
            ("ckb-IQ", Some("ckb")),
            ("ku", Some("ckb")),
            ("ku-Arab-IQ", Some("ckb")),
            ("ku-IQ", Some("ckb")),
            ("ku-Latn-TR", None),
            ("ku-TR", None),
            ("kmr", None),
            ("ps-AF", Some("ps")),
            ("pbu", Some("ps")),
            ("ar-SA", Some("ar")),
            ("ti-ER", Some("ti")),
            ("sq-XK", Some("sq")),
            ("vi-VN", Some("vi")),
            ("cy-GB", Some("cy")),
            ("en_GB", Some("en")),
            ("de", None),
            ("", None),
            ("*", None),
            ("en;drop table", None),
        ];
        for (tag, want) in cases {
            assert_eq!(language_code(tag), want, "{tag}");
        }
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        assert_eq!(accepted("fa-AF;q=0.9, en;q=0.8"), ["fa", "en"]);
        assert_eq!(accepted("en;q=0.5, ar;q=0.9"), ["ar", "en"]);
        assert_eq!(accepted("de-DE, ti;q=0.7, en;q=0.3"), ["ti", "en"]);
        // Equal quality keeps the order written; q=0 means "not this".
        assert_eq!(accepted("vi, sq"), ["vi", "sq"]);
        assert_eq!(accepted("ar;q=0, en"), ["en"]);
        // The best quality a language is asked for counts, once.
        assert_eq!(accepted("en;q=0.2, fa;q=0.5, prs;q=0.9"), ["fa", "en"]);
        // Malformed qualities drop that entry only.
        assert_eq!(accepted("ar;q=2, ps;q=abc, cy;q=0.25"), ["cy"]);
        assert_eq!(accepted("ckb;Q=1.000, en;q=1.0001"), ["ckb"]);
        assert!(accepted("").is_empty());
        assert!(accepted("*").is_empty());
        assert!(accepted(";;;,,,=").is_empty());
    }

    #[test]
    fn values_that_read_left_to_right_come_apart() {
        let t = I18n::new("ar", None);
        let pieces = t.pieces("help-childline", &[("phone", "0800 1111")], &["phone"]);
        assert!(pieces.contains(&Piece::LeftToRight("0800 1111".into())), "{pieces:?}");
        assert!(pieces.iter().any(|p| matches!(p, Piece::Text(_))));
        let joined: String = pieces
            .iter()
            .map(|p| match p {
                Piece::Text(s) | Piece::LeftToRight(s) => s.as_str(),
            })
            .collect();
        assert!(!joined.contains(OPEN) && !joined.contains(CLOSE));
    }

    #[test]
    fn text_arguments_are_isolated_in_right_to_left_languages_only() {
        let ar = I18n::new("ar", None).ts("home-intro", &[("org", "Demo Council")]);
        assert!(ar.contains("\u{2068}Demo Council\u{2069}"), "{ar}");
        let en = I18n::english().ts("home-intro", &[("org", "Demo Council")]);
        assert!(!en.contains('\u{2068}'));
    }
}
