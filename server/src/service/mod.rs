//! One function per thing a person does; handlers call exactly one.

pub mod action_news;
pub mod actions;
pub mod admin;
pub mod alerts;
pub mod audit;
pub mod feedback;
pub mod lifecycle;
pub mod limits;
pub mod moderation;
pub mod oidc;
pub mod ops;
pub mod orgs;
pub mod promises;
pub mod promises_report;
pub mod reminders;
pub mod report;
pub mod staff;
pub mod survey_results;
pub mod surveys;

/// One CSV field for every export: quoted when needed, and never read by a
/// spreadsheet as a formula (words a young person or officer typed can start
/// with `=`); numbers, negative ones too, stay numbers.
pub(crate) fn csv_field(value: &str) -> String {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']) && value.parse::<f64>().is_err();
    let guarded = if formula {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}
