//! New organisations and the `demo` organisation.

use crate::db::{self, Db};
use crate::domain::FeedbackInput;
use crate::service::feedback::submit;

/// The default themes of DESIGN.md: (slug, staff label, plain words for
/// younger children, icon). Each organisation can rename, add and retire.
pub const DEFAULT_THEMES: &[(&str, &str, &str, &str)] = &[
    ("where-i-live", "Where I live", "My home", "🏠"),
    (
        "family-friends",
        "Family, friends and keeping in touch",
        "Family and friends",
        "💞",
    ),
    ("my-worker", "My worker and being listened to", "My worker", "👂"),
    ("school-work", "School, college and work", "School", "📚"),
    ("health-feelings", "Health and feelings", "Health and feelings", "💚"),
    ("money", "Money", "Money", "💷"),
    (
        "leaving-care",
        "Growing up and leaving care (housing, independence)",
        "Growing up",
        "🌱",
    ),
    ("being-safe", "Being safe", "Feeling safe", "🛡️"),
    ("fun", "Fun, hobbies and activities", "Fun and hobbies", "⚽"),
    ("who-i-am", "Who I am (identity, culture, faith)", "Who I am", "🌍"),
];

pub const DEMO_SLUG: &str = "demo";
pub const DEMO_OFFICER_EMAIL: &str = "officer@demo.sayso.test";
pub const DEMO_OFFICER_PASSWORD: &str = "demo-officer-password";

/// Slugs that are paths of their own and so cannot name an organisation.
const RESERVED_SLUGS: &[&str] = &[
    "api",
    "staff",
    "pkg",
    "healthz",
    "static",
    "assets",
    "favicon.ico",
    "robots.txt",
];

/// Whether `slug` can name an organisation in addresses: 2-40 lowercase
/// letters, digits and dashes, not starting or ending with a dash.
pub fn valid_slug(slug: &str) -> bool {
    (2..=40).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !RESERVED_SLUGS.contains(&slug)
}

pub struct OrgDetails<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub term_in_care: &'a str,
    pub out_of_hours_phone: &'a str,
    pub advocacy_contact: &'a str,
    pub complaints_contact: &'a str,
}

/// Creates an organisation with the default themes. Returns its id, or
/// `None` if the slug is taken.
pub async fn create_org(db: &Db, details: &OrgDetails<'_>) -> Result<Option<i64>, sqlx::Error> {
    if db::orgs::by_slug(db, details.slug).await?.is_some() {
        return Ok(None);
    }
    let org = db::orgs::NewOrg {
        slug: details.slug,
        name: details.name,
        term_in_care: details.term_in_care,
        out_of_hours_phone: details.out_of_hours_phone,
        advocacy_contact: details.advocacy_contact,
        complaints_contact: details.complaints_contact,
    };
    let id = match db::orgs::insert(db, &org, crate::now()).await {
        Ok(id) => id,
        Err(e) if db::is_unique_violation(&e) => return Ok(None),
        Err(e) => return Err(e),
    };
    for (position, (slug, label, young_label, icon)) in DEFAULT_THEMES.iter().enumerate() {
        let keywords = crate::domain::themes::default_keywords(slug);
        let theme = db::themes::NewTheme {
            slug,
            label,
            young_label,
            icon,
            keywords: &keywords,
            position: position as i64,
        };
        db::themes::insert(db, id, &theme).await?;
    }
    if let Some(org) = db::orgs::by_id(db, id).await? {
        // Every organisation starts with the well-being survey, as a draft.
        crate::service::surveys::ensure_wellbeing(db, &org, false, crate::now()).await?;
    }
    Ok(Some(id))
}

/// Sample messages in the demo, each with a fixed idempotency key so that
/// running `sayso demo` again adds nothing.
/// (idempotency key, kind, text, mood, age band, theme slugs)
type Sample = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static str,
    &'static [&'static str],
);

const SAMPLES: &[Sample] = &[
    (
        "demo-sample-1",
        "good_news",
        "My foster carer took me to the football and we won!",
        5,
        "8-11",
        &["fun"],
    ),
    (
        "demo-sample-2",
        "worry",
        "I have had three social workers this year and I have to tell my story again every time.",
        2,
        "12-17",
        &["my-worker"],
    ),
    (
        "demo-sample-3",
        "idea",
        "Can there be a drop-in on Saturdays for care leavers to get help with bills?",
        3,
        "16-25",
        &["money", "leaving-care"],
    ),
    (
        "demo-sample-4",
        "feeling",
        "I miss my brother. We only see each other once a month.",
        2,
        "12-17",
        &["family-friends"],
    ),
    (
        "demo-sample-5",
        "meeting",
        "My review meeting was at school and everyone saw me leave class.",
        1,
        "12-17",
        &["school-work"],
    ),
];

/// Published "You said, we did" actions in the demo: (you said, simpler
/// words, we did, status, reason, theme).
const SAMPLE_ACTIONS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "Changing social worker means telling your story again and again.",
        "You don't want to keep telling your story to new workers.",
        "New workers now read your plan and meet you with your old worker before they take over.",
        "done",
        "",
        "my-worker",
    ),
    (
        "Care leavers want a drop-in on Saturdays for help with bills.",
        "",
        "We can't staff a Saturday drop-in this year. Instead the leaving care team answers messages until 8pm on Fridays.",
        "not_doing",
        "There is no budget for weekend staff until April; we will ask again then.",
        "money",
    ),
];

/// Creates the `demo` organisation, its sample messages and a demo officer.
/// Safe to run again: it only adds what is missing.
pub async fn ensure_demo(db: &Db, password_hash: &str) -> Result<(), sqlx::Error> {
    create_org(
        db,
        &OrgDetails {
            slug: DEMO_SLUG,
            name: "Demo Council",
            term_in_care: "children in our care",
            out_of_hours_phone: "0300 123 4567",
            advocacy_contact:
                "Call the advocacy service free on 0800 000 1234, or ask your worker to put you in touch.",
            complaints_contact: "Email complaints@demo.example or call 0300 123 4500. Your advocate can help you.",
        },
    )
    .await?;
    let org = db::orgs::by_slug(db, DEMO_SLUG)
        .await?
        .expect("demo organisation exists");
    for (key, kind, text, mood, band, themes) in SAMPLES {
        // Idempotency-Keys last a day; the words themselves say whether a
        // sample is already there.
        if db::feedback::has_body(db, org.id, text).await? {
            continue;
        }
        let input = FeedbackInput {
            kind: Some(kind.to_string()),
            text: Some(text.to_string()),
            mood: Some(*mood),
            themes: themes.iter().map(|t| t.to_string()).collect(),
            age_band: Some(band.to_string()),
            care_status: Some(if *band == "16-25" { "care_leaver" } else { "in_care" }.into()),
            ..Default::default()
        };
        submit(db, &org, input, Some(key), crate::now())
            .await
            .map_err(|e| match e {
                crate::service::feedback::SubmitError::Database(e) => e,
                crate::service::feedback::SubmitError::Invalid(p) => {
                    panic!("demo sample is invalid: {p:?}")
                }
                crate::service::feedback::SubmitError::KeyReused => {
                    sqlx::Error::Protocol("a demo sample's key was used for other words".into())
                }
            })?;
    }
    // In the demo the well-being survey is open at once.
    crate::service::surveys::ensure_wellbeing(db, &org, true, crate::now()).await?;
    db::users::upsert(db, org.id, DEMO_OFFICER_EMAIL, "officer", password_hash, crate::now()).await?;
    if db::actions::list(db, org.id, false).await?.is_empty() {
        let themes = db::themes::active(db, org.id).await?;
        let theme = |slug: &str| {
            themes
                .iter()
                .filter(|t| t.slug == slug)
                .map(|t| t.id)
                .collect::<Vec<_>>()
        };
        for (you_said, young, we_did, status, reason, slug) in SAMPLE_ACTIONS {
            let ids = theme(slug);
            let action = db::actions::ActionFields {
                you_said,
                you_said_young: young,
                we_did,
                status,
                reason,
                owner_id: None,
                due_on: None,
                published: true,
                theme_ids: &ids,
            };
            db::actions::create(db, org.id, &action, &[], crate::now()).await?;
        }
    }
    Ok(())
}
