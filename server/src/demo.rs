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
/// The demo's safeguarding lead: alerts reach someone from the start.
pub const DEMO_SAFEGUARDING_EMAIL: &str = "safeguarding@demo.sayso.test";
pub const DEMO_SAFEGUARDING_PASSWORD: &str = "demo-safeguarding-password";

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

/// The demo's promises, written for Sayso in the spirit of councils'
/// pledges and care leavers' charters (not copied from any): slug, title,
/// words, and simpler words for 4-7s.
const SAMPLE_PROMISES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "listen",
        "We will listen to you",
        "We will ask what you think before we decide things about your life, take what you say seriously, and let you tell us in the way that suits you.",
        "We will listen to you",
        "We want to know what you think. You can tell us with words, pictures or faces.",
    ),
    (
        "explain",
        "We will tell you what we decided and why",
        "When we decide something about you, we will explain it in plain words, tell you how to ask us to think again, and say why when the answer is no.",
        "We will tell you what we decided",
        "When grown-ups decide something about you, they will tell you why.",
    ),
    (
        "health-and-school",
        "We will help you stay well and do well at school",
        "We will make sure you can see a doctor, a dentist and someone to talk to about your feelings, and we will back you at school, college or training.",
        "We will help you be healthy and happy at school",
        "We will help you see a doctor and a dentist, and help you at school.",
    ),
    (
        "leaving-care",
        "We will help you get ready for life after care",
        "We will help you find a safe home, manage money and get into work or learning, and we will still be there for you up to the age of 25.",
        "We will help you when you grow up",
        "When you are older, we will still help you.",
    ),
    (
        "speak-up",
        "We will make it easy to speak up",
        "You can have an advocate on your side and you can complain when things go wrong. We will tell you how, and nobody will hold it against you.",
        "We will help you speak up",
        "If something is wrong, you can tell us, and someone can help you say it.",
    ),
];

/// Which promise each sample action is tied to, by the start of "you said".
const SAMPLE_ACTION_PROMISES: &[(&str, &str)] = &[
    ("Changing social worker", "listen"),
    ("Care leavers want a drop-in", "leaving-care"),
    ("Care leavers want a drop-in", "explain"),
];

/// Creates the `demo` organisation, its sample messages and a demo officer.
/// Safe to run again: it only adds what is missing.
pub async fn ensure_demo(db: &Db, password_hash: &str, lead_password_hash: &str) -> Result<(), sqlx::Error> {
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
        submit(
            db,
            &org,
            input,
            Some(key),
            crate::now(),
            crate::domain::reply_by::uk_date(crate::now()),
        )
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
    db::users::upsert(
        db,
        org.id,
        DEMO_SAFEGUARDING_EMAIL,
        "safeguarding",
        lead_password_hash,
        crate::now(),
    )
    .await?;
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
    if db::promises::list(db, org.id, None).await?.is_empty() {
        let young: Vec<[(&str, &str, &str); 1]> = SAMPLE_PROMISES
            .iter()
            .map(|(_, _, _, young_title, young_body)| [("4-7", *young_title, *young_body)])
            .collect();
        let promises: Vec<db::promises::NewPromise> = SAMPLE_PROMISES
            .iter()
            .zip(&young)
            .map(|((slug, title, body, _, _), wordings)| db::promises::NewPromise {
                slug,
                title,
                body,
                wordings,
            })
            .collect();
        db::promises::insert_all(db, org.id, &promises).await?;
        let promises = db::promises::list(db, org.id, None).await?;
        for action in db::actions::list(db, org.id, false).await? {
            let ids: Vec<i64> = SAMPLE_ACTION_PROMISES
                .iter()
                .filter(|(start, _)| action.you_said.starts_with(start))
                .filter_map(|(_, slug)| promises.iter().find(|p| p.slug == *slug).map(|p| p.id))
                .collect();
            if !ids.is_empty() {
                db::promises::tie(db, db::promises::Tied::Action, action.id, &ids).await?;
            }
        }
    }
    Ok(())
}
