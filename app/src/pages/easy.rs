//! Easy read: "say it" one question per screen, for 4-7-year-olds and for
//! anyone who picks it. Big labelled pictures, read aloud on every screen,
//! and nothing to read or type to send: a picture and a face are a message.
//!
//! Every screen is a plain GET form, so it works with JavaScript off and
//! the browser's Back button simply shows the screen before. What was
//! chosen travels in the address (never words: those are only ever sent
//! by POST from the last screen), so going back and forward loses nothing.

use crate::i18n::I18n;
use crate::model::{AgeBand, Kind, OrgPublic, ThemeChoice, MAX_TEXT_CHARS, MOOD_FACES};
use leptos::prelude::*;

/// The screens, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EasyStep {
    Age,
    Who,
    Kind,
    Themes,
    Mood,
    Send,
}

impl EasyStep {
    pub const ALL: [EasyStep; 6] = [
        EasyStep::Age,
        EasyStep::Who,
        EasyStep::Kind,
        EasyStep::Themes,
        EasyStep::Mood,
        EasyStep::Send,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EasyStep::Age => "age",
            EasyStep::Who => "who",
            EasyStep::Kind => "kind",
            EasyStep::Themes => "themes",
            EasyStep::Mood => "mood",
            EasyStep::Send => "send",
        }
    }

    pub fn parse(s: &str) -> Option<EasyStep> {
        EasyStep::ALL.into_iter().find(|step| step.as_str() == s)
    }

    fn number(self) -> usize {
        EasyStep::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// What has been chosen so far. `None` means "not asked yet"; themes can be
/// answered with none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EasyState {
    pub age: Option<AgeBand>,
    /// `Some(true)`: "a grown-up is helping me".
    pub helper: Option<bool>,
    pub kind: Option<Kind>,
    pub themes: Option<Vec<String>>,
    pub mood: Option<u8>,
}

impl EasyState {
    /// Reads the address's query pairs; anything unknown or malformed is
    /// simply not chosen yet.
    pub fn from_pairs(pairs: &[(String, String)]) -> EasyState {
        let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        let themes: Vec<String> = pairs
            .iter()
            .filter(|(k, v)| k == "theme" && !v.is_empty() && v.len() <= 60)
            .map(|(_, v)| v.clone())
            .take(20)
            .collect();
        EasyState {
            age: get("age").and_then(AgeBand::parse),
            helper: match get("who") {
                Some("helper") => Some(true),
                Some("me") => Some(false),
                _ => None,
            },
            kind: get("kind").and_then(Kind::parse),
            themes: (get("themes_done") == Some("1") || !themes.is_empty()).then_some(themes),
            mood: get("mood")
                .and_then(|m| m.parse::<u8>().ok())
                .filter(|m| (1..=5).contains(m)),
        }
    }

    /// The first screen still to answer.
    pub fn next_step(&self) -> EasyStep {
        if self.age.is_none() {
            EasyStep::Age
        } else if self.helper.is_none() {
            EasyStep::Who
        } else if self.kind.is_none() {
            EasyStep::Kind
        } else if self.themes.is_none() {
            EasyStep::Themes
        } else if self.mood.is_none() {
            EasyStep::Mood
        } else {
            EasyStep::Send
        }
    }

    /// The state as query pairs, leaving out what `step` asks (its own
    /// inputs send that).
    pub fn pairs(&self, except: Option<EasyStep>) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let keep = |step: EasyStep| except != Some(step);
        if let (Some(age), true) = (self.age, keep(EasyStep::Age)) {
            out.push(("age", age.as_str().to_string()));
        }
        if let (Some(helper), true) = (self.helper, keep(EasyStep::Who)) {
            out.push(("who", if helper { "helper" } else { "me" }.to_string()));
        }
        if let (Some(kind), true) = (self.kind, keep(EasyStep::Kind)) {
            out.push(("kind", kind.as_str().to_string()));
        }
        if let (Some(themes), true) = (&self.themes, keep(EasyStep::Themes)) {
            out.push(("themes_done", "1".to_string()));
            for theme in themes {
                out.push(("theme", theme.clone()));
            }
        }
        if let (Some(mood), true) = (self.mood, keep(EasyStep::Mood)) {
            out.push(("mood", mood.to_string()));
        }
        out
    }

    /// The address of `step` with this state.
    pub fn href(&self, org: &str, step: EasyStep) -> String {
        let mut query = form_urlencoded_pairs(&self.pairs(None));
        if step != self.next_step() {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str("step=");
            query.push_str(step.as_str());
        }
        if query.is_empty() {
            format!("/{org}/say/easy")
        } else {
            format!("/{org}/say/easy?{query}")
        }
    }
}

/// `a=b&c=d`, percent-encoding what needs it (theme slugs are plain, but
/// an address is never built from unchecked text).
fn form_urlencoded_pairs(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            let v: String = v
                .bytes()
                .map(|b| match b {
                    b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
                    _ => format!("%{b:02X}"),
                })
                .collect();
            format!("{k}={v}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// One screen of the easy-read path, ready to draw.
#[derive(Clone, Debug)]
pub struct EasyView {
    pub state: EasyState,
    pub step: EasyStep,
    /// The organisation's themes, in young people's words.
    pub themes: Vec<ThemeChoice>,
    /// For the last screen: sent back with the form so a retry stores one message.
    pub idempotency_key: String,
    /// Words typed on the last screen, kept when it comes back with a problem.
    pub text: String,
    /// Problems, already in words.
    pub errors: Vec<String>,
}

impl EasyView {
    pub fn number(&self) -> usize {
        self.step.number()
    }

    pub fn total(&self) -> usize {
        EasyStep::ALL.len()
    }
}

const AGES: [(AgeBand, &str); 4] = [
    (AgeBand::Early, "🧸"),
    (AgeBand::Middle, "🎒"),
    (AgeBand::Teen, "🎧"),
    (AgeBand::Adult, "🔑"),
];

fn face(mood: u8) -> &'static str {
    MOOD_FACES
        .iter()
        .find(|(v, _)| *v == mood)
        .map(|(_, f)| *f)
        .unwrap_or("")
}

/// A big picture button that answers the screen's question at once.
fn picture(name: &'static str, value: String, icon: String, words: String, chosen: bool) -> impl IntoView {
    view! {
        <button type="submit" class="picture" name=name value=value aria-current=chosen.then_some("true")>
            <span class="icon" aria-hidden="true">{icon}</span>
            <span class="picture-label">{words}</span>
        </button>
    }
}

/// The hidden inputs that carry what was chosen on other screens.
fn carried(state: &EasyState, except: EasyStep, lang: &str) -> impl IntoView {
    let mut pairs = state.pairs(Some(except));
    pairs.push(("lang", lang.to_string()));
    pairs
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view()
}

pub(super) fn screen(t: &I18n, org: Option<&OrgPublic>, v: EasyView) -> impl IntoView {
    let org = org.expect("easy read needs an organisation");
    let slug = org.slug.clone();
    let action = format!("/{slug}/say/easy");
    let state = v.state.clone();
    let step = v.step;
    // The screen before, with everything chosen so far.
    let back = EasyStep::ALL
        .iter()
        .take_while(|s| **s != step)
        .last()
        .map(|before| state.href(&slug, *before))
        .unwrap_or_else(|| format!("/{slug}/say"));
    let dots = EasyStep::ALL
        .iter()
        .map(|s| {
            let class = if s.number() < step.number() {
                "dot done"
            } else if *s == step {
                "dot now"
            } else {
                "dot"
            };
            view! { <span class=class></span> }
        })
        .collect_view();
    let progress = t.ts(
        "easy-step",
        &[("n", &v.number().to_string()), ("total", &v.total().to_string())],
    );
    let question = match step {
        EasyStep::Age => t.t("easy-age"),
        EasyStep::Who => t.t("easy-who"),
        EasyStep::Kind => t.t("easy-kind"),
        EasyStep::Themes => t.t("easy-themes"),
        EasyStep::Mood => t.t("easy-mood"),
        EasyStep::Send => t.t("easy-check"),
    };
    let errors = (!v.errors.is_empty()).then(|| {
        let items = v
            .errors
            .iter()
            .map(|e| view! { <p><strong>{e.clone()}</strong></p> })
            .collect_view();
        view! { <div class="error-summary" role="alert" id="error-summary" tabindex="-1">{items}</div> }
    });
    let body = match step {
        EasyStep::Age => {
            let choices = AGES
                .iter()
                .map(|(band, icon)| {
                    picture(
                        "age",
                        band.as_str().to_string(),
                        icon.to_string(),
                        t.t(&format!("age-{}", band.wording())),
                        state.age == Some(*band),
                    )
                })
                .collect_view();
            view! {
                <form method="get" action=action.clone() class="easy-form">
                    {carried(&state, step, t.lang)}
                    <div class="pictures">{choices}</div>
                </form>
            }
            .into_any()
        }
        EasyStep::Who => {
            let choices = [
                ("me", "🧒", "easy-who-me", false),
                ("helper", "🤝", "easy-who-helper", true),
            ]
            .into_iter()
            .map(|(value, icon, words, helper)| {
                picture(
                    "who",
                    value.to_string(),
                    icon.to_string(),
                    t.t(words),
                    state.helper == Some(helper),
                )
            })
            .collect_view();
            view! {
                <form method="get" action=action.clone() class="easy-form">
                    {carried(&state, step, t.lang)}
                    <div class="pictures two">{choices}</div>
                </form>
            }
            .into_any()
        }
        EasyStep::Kind => {
            let choices = Kind::ALL
                .iter()
                .map(|kind| {
                    picture(
                        "kind",
                        kind.as_str().to_string(),
                        kind.icon().to_string(),
                        t.t(&format!("kind-{}", kind.as_str())),
                        state.kind == Some(*kind),
                    )
                })
                .collect_view();
            view! {
                <form method="get" action=action.clone() class="easy-form">
                    {carried(&state, step, t.lang)}
                    <div class="pictures">{choices}</div>
                </form>
            }
            .into_any()
        }
        EasyStep::Themes => {
            let chosen = state.themes.clone().unwrap_or_default();
            let choices = v
                .themes
                .iter()
                .map(|theme| {
                    let checked = chosen.contains(&theme.slug);
                    view! {
                        <label class="picture">
                            <input type="checkbox" name="theme" value=theme.slug.clone() checked=checked />
                            <span class="icon" aria-hidden="true">{theme.icon.clone()}</span>
                            <span class="picture-label">{theme.label.clone()}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <form method="get" action=action.clone() class="easy-form">
                    {carried(&state, step, t.lang)}
                    <input type="hidden" name="themes_done" value="1" />
                    <fieldset>
                        <legend class="visually-hidden">{question.clone()}</legend>
                        <p class="hint">{t.t("easy-themes-hint")}</p>
                        <div class="pictures">{choices}</div>
                    </fieldset>
                    <button type="submit" class="button primary next">
                        {t.t("easy-next")}<span class="arrow" aria-hidden="true">" →"</span>
                    </button>
                </form>
            }
            .into_any()
        }
        EasyStep::Mood => {
            let choices = MOOD_FACES
                .iter()
                .map(|(value, face)| {
                    picture(
                        "mood",
                        value.to_string(),
                        face.to_string(),
                        t.t(&format!("mood-{value}")),
                        state.mood == Some(*value),
                    )
                })
                .collect_view();
            view! {
                <form method="get" action=action.clone() class="easy-form">
                    {carried(&state, step, t.lang)}
                    <div class="pictures faces-big">{choices}</div>
                </form>
            }
            .into_any()
        }
        EasyStep::Send => send(t, &slug, &v).into_any(),
    };
    view! {
        <div class="easy">
            <p class="small easy-progress">
                <span id="easy-progress">{progress}</span>
                <span class="dots" aria-hidden="true">{dots}</span>
            </p>
            // Read aloud reads the question and every picture's words.
            {super::read_aloud(t, "easy-screen")}
            <div id="easy-screen">
                <h1 id="easy-question">{question}</h1>
                {errors}
                {body}
            </div>
        </div>
        <p class="easy-back">
            <a class="button secondary" href=back>
                <span class="arrow" aria-hidden="true">"← "</span>{t.t("easy-back")}
            </a>
        </p>
    }
}

/// The last screen: the pictures chosen (each can be changed), words if
/// wanted, and Send. Posts to the say-it form's own address.
fn send(t: &I18n, slug: &str, v: &EasyView) -> impl IntoView {
    let state = &v.state;
    let band = state.age.unwrap_or(AgeBand::Early);
    let change = |step: EasyStep| state.href(slug, step);
    let row = |icon: String, words: String, step: EasyStep| {
        view! {
            <li>
                <span class="icon" aria-hidden="true">{icon}</span>
                <span class="picture-label">{words}</span>
                <a class="change" href=change(step)>{t.t("easy-change")}<span class="visually-hidden">": "{t.t(match step {
                    EasyStep::Kind => "easy-kind",
                    EasyStep::Themes => "easy-themes",
                    _ => "easy-mood",
                })}</span></a>
            </li>
        }
    };
    let kind = match state.kind {
        Some(k) => row(
            k.icon().to_string(),
            t.t(&format!("kind-{}", k.as_str())),
            EasyStep::Kind,
        ),
        None => row("·".into(), t.t("easy-nothing"), EasyStep::Kind),
    };
    let chosen_themes: Vec<&ThemeChoice> = state
        .themes
        .iter()
        .flatten()
        .filter_map(|slug| v.themes.iter().find(|th| &th.slug == slug))
        .collect();
    let themes = if chosen_themes.is_empty() {
        row("·".into(), t.t("easy-nothing"), EasyStep::Themes)
    } else {
        row(
            chosen_themes
                .iter()
                .map(|th| th.icon.clone())
                .collect::<Vec<_>>()
                .join(" "),
            chosen_themes
                .iter()
                .map(|th| th.label.clone())
                .collect::<Vec<_>>()
                .join(", "),
            EasyStep::Themes,
        )
    };
    let mood = match state.mood {
        Some(m) => row(face(m).to_string(), t.t(&format!("mood-{m}")), EasyStep::Mood),
        None => row("·".into(), t.t("easy-nothing"), EasyStep::Mood),
    };
    let hidden: Vec<(&str, String)> = [
        ("age_band", band.as_str().to_string()),
        ("kind", state.kind.map(|k| k.as_str().to_string()).unwrap_or_default()),
        ("mood", state.mood.map(|m| m.to_string()).unwrap_or_default()),
        ("anonymous", "yes".to_string()),
        ("easy", "1".to_string()),
        ("language", t.lang.to_string()),
        ("idempotency_key", v.idempotency_key.clone()),
    ]
    .into_iter()
    .chain(state.themes.iter().flatten().map(|th| ("themes", th.clone())))
    .chain(state.helper.filter(|h| *h).map(|_| ("helper", "1".to_string())))
    .collect();
    let hidden = hidden
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view();
    let max = MAX_TEXT_CHARS.to_string();
    let action = format!("/{slug}/say");
    view! {
        <ul class="easy-summary" role="list">{kind}{themes}{mood}</ul>
        <form id="say-form" method="post" action=action accept-charset="utf-8" novalidate=true class="easy-form">
            {hidden}
            <h2>{t.t("easy-words")}</h2>
            <p class="hint" id="text-hint">{t.t("easy-words-hint")}</p>
            <div class="field">
                <label for="text">{t.t("easy-words-label")}</label>
                <textarea id="text" name="text" rows="4" maxlength=max aria-describedby="text-hint" dir="auto"
                    inner_html=format!("\n{}", crate::escape_html(&v.text))></textarea>
            </div>
            <button type="submit" class="button primary send">
                <span class="icon" aria-hidden="true">"📨 "</span>{t.t("easy-send")}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(q: &str) -> Vec<(String, String)> {
        q.split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn each_answer_leads_to_the_next_screen() {
        let mut s = EasyState::from_pairs(&pairs("age=4-7"));
        assert_eq!(s.next_step(), EasyStep::Who);
        s = EasyState::from_pairs(&pairs("age=4-7&who=helper&kind=worry"));
        assert_eq!(s.next_step(), EasyStep::Themes);
        s = EasyState::from_pairs(&pairs("age=4-7&who=me&kind=worry&themes_done=1&mood=2"));
        assert_eq!(s.next_step(), EasyStep::Send);
        assert_eq!(s.themes, Some(vec![]));
    }

    #[test]
    fn nonsense_in_the_address_is_just_not_chosen() {
        let s = EasyState::from_pairs(&pairs("age=99&who=cat&kind=bomb&mood=7"));
        assert_eq!(s, EasyState::default());
    }

    #[test]
    fn going_back_keeps_every_answer() {
        let s = EasyState::from_pairs(&pairs("age=4-7&who=me&kind=idea&theme=fun&theme=money&mood=5"));
        let back = s.href("demo", EasyStep::Kind);
        assert_eq!(
            back,
            "/demo/say/easy?age=4-7&who=me&kind=idea&themes_done=1&theme=fun&theme=money&mood=5&step=kind"
        );
    }
}
