//! The words young people choose from, shared by the server and the pages.
//!
//! Each enum has one spelling on the wire (`as_str`) that is also what the
//! stable API and the HTML forms use, so there is nothing to translate
//! between them.

use serde::{Deserialize, Serialize};

macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $wire)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($wire => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

wire_enum! {
    /// Who is speaking, as an age band. 16-25 overlaps 12-17 on purpose:
    /// a 16-year-old care leaver chooses the band that fits them.
    AgeBand { Early => "4-7", Middle => "8-11", Teen => "12-17", Adult => "16-25" }
}

impl AgeBand {
    /// The Fluent selector key for wording that changes with age.
    pub fn wording(self) -> &'static str {
        match self {
            AgeBand::Early => "early",
            AgeBand::Middle => "middle",
            AgeBand::Teen => "teen",
            AgeBand::Adult => "adult",
        }
    }
}

wire_enum! {
    CareStatus { InCare => "in_care", CareLeaver => "care_leaver" }
}

wire_enum! {
    /// What kind of thing the young person is telling us.
    Kind {
        GoodNews => "good_news",
        Worry => "worry",
        Idea => "idea",
        Meeting => "meeting",
        Feeling => "feeling",
    }
}

impl Kind {
    pub fn icon(self) -> &'static str {
        match self {
            Kind::GoodNews => "⭐",
            Kind::Worry => "😟",
            Kind::Idea => "💡",
            Kind::Meeting => "📋",
            Kind::Feeling => "💬",
        }
    }
}

/// The five-face mood scale, 1 (very unhappy) to 5 (very happy).
pub const MOOD_FACES: [(u8, &str); 5] = [(1, "😢"), (2, "🙁"), (3, "😐"), (4, "🙂"), (5, "😄")];

/// The longest message we accept, in characters (not bytes), so a message
/// in any script gets the same room.
pub const MAX_TEXT_CHARS: usize = 5_000;
pub const MAX_NAME_CHARS: usize = 100;

/// A theme as a young person sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThemeChoice {
    pub slug: String,
    pub label: String,
    pub icon: String,
}

/// What the organisation tells young people about getting help.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpContacts {
    pub out_of_hours_phone: String,
    pub advocacy: String,
    pub complaints: String,
}

/// An organisation as its young people's pages need it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgPublic {
    pub slug: String,
    pub name: String,
    /// The council's own words for "children in care".
    pub term_in_care: String,
    pub help: HelpContacts,
    /// The language codes its young people can pick, English first.
    pub languages: Vec<String>,
}

/// The say-it form's fields a problem can be attached to (the checks in
/// `domain::feedback` name them; the page shows the message beside it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SayField {
    CareStatus,
    Kind,
    Themes,
    Mood,
    Text,
    Name,
    Email,
    Language,
    Form,
}

impl SayField {
    pub fn id(self) -> &'static str {
        match self {
            SayField::CareStatus => "care_status",
            SayField::Kind => "kind",
            SayField::Themes => "themes",
            SayField::Mood => "mood",
            SayField::Text => "text",
            SayField::Name => "name",
            SayField::Email => "contact_email",
            SayField::Language => "language",
            SayField::Form => "say-form",
        }
    }
}

/// A published action as young people see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicAction {
    pub id: i64,
    pub you_said: String,
    pub we_did: String,
    /// Its status as `domain::status::ActionStatus` writes it (`heard` …
    /// `not_doing`); the server's domain holds the list and the rules.
    pub status: String,
    /// Why not, when the answer is no.
    pub reason: String,
    pub due_on: Option<String>,
    pub themes: Vec<String>,
}
