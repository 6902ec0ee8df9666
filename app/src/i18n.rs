//! The one translation layer: every user-facing word goes through `I18n::t`.
//!
//! Messages are Fluent files compiled into the binary (and the WebAssembly
//! bundle), one per language. Wording that changes with age selects on the
//! `$band` variable, so a page only has to know who it is talking to.

use crate::model::AgeBand;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// (language tag, its Fluent files). Add a language by adding a line here and
/// its files; each part of the service keeps its words in its own file.
const LANGUAGES: &[(&str, &[&str])] = &[(
    "en",
    &[
        include_str!("../locales/en/sayso.ftl"),
        include_str!("../locales/en/report.ftl"),
        include_str!("../locales/en/surveys.ftl"),
        include_str!("../locales/en/lifecycle.ftl"),
        include_str!("../locales/en/council.ftl"),
    ],
)];

/// Languages written right to left, for the `dir` attribute.
const RIGHT_TO_LEFT: &[&str] = &["ar", "fa", "he", "ps", "ur", "ku"];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [(String, Bundle)] {
    static BUNDLES: OnceLock<Vec<(String, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|(tag, sources)| {
                let lang: LanguageIdentifier = tag.parse().expect("valid language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![lang]);
                // Our pages set `dir` themselves; isolation marks would leak
                // into copied reply codes and phone numbers.
                bundle.set_use_isolating(false);
                for source in *sources {
                    let resource = FluentResource::try_new(source.to_string())
                        .unwrap_or_else(|(_, errors)| panic!("a {tag} Fluent file does not parse: {errors:?}"));
                    bundle.add_resource(resource).expect("no duplicate message ids");
                }
                (tag.to_string(), bundle)
            })
            .collect()
    })
}

/// The words for one page: a language and, once known, the reader's age band.
#[derive(Clone, Debug, PartialEq)]
pub struct I18n {
    pub lang: &'static str,
    pub band: Option<AgeBand>,
}

impl I18n {
    pub fn new(lang: &str, band: Option<AgeBand>) -> Self {
        let lang = LANGUAGES
            .iter()
            .map(|(tag, _)| *tag)
            .find(|tag| *tag == lang)
            .unwrap_or(LANGUAGES[0].0);
        I18n { lang, band }
    }

    pub fn english() -> Self {
        I18n::new("en", None)
    }

    pub fn dir(&self) -> &'static str {
        if RIGHT_TO_LEFT.contains(&self.lang) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A message with no arguments of its own.
    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    /// A message with named arguments. A missing message shows its id, so a
    /// gap is visible in review rather than a blank.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let bundle = &bundles()
            .iter()
            .find(|(tag, _)| tag == self.lang)
            .unwrap_or(&bundles()[0])
            .1;
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("band", self.band.map(AgeBand::wording).unwrap_or("other"));
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses_and_has_the_english_messages() {
        let english = &bundles()[0].1;
        for (tag, bundle) in bundles() {
            for id in ["home-title", "say-title", "help-title", "reply-title"] {
                assert!(bundle.has_message(id), "{tag} lacks {id}");
            }
        }
        assert!(english.has_message("unsafe-button"));
    }

    #[test]
    fn wording_follows_the_age_band() {
        let early = I18n::new("en", Some(AgeBand::Early)).t("say-title");
        let adult = I18n::new("en", Some(AgeBand::Adult)).t("say-title");
        assert_eq!(early, "Tell us!");
        assert_eq!(adult, "Have your say");
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
    }
}
