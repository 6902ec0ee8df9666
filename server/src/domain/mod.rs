//! The rules of the service, free of HTTP and SQL: parsing what a young
//! person sent into checked types, reply codes, the harm check.

pub mod feedback;
pub mod group_feedback;
pub mod harm;
pub mod redact;
pub mod reply_by;
pub mod reply_code;
pub mod reply_code_words;
pub mod roles;
pub mod status;
pub mod suppress;
pub mod survey;
pub mod survey_results;
pub mod themes;

pub use feedback::{Email, FeedbackInput, Identity, Problem, ValidFeedback};
pub use reply_code::ReplyCode;

/// Seconds since the Unix epoch, rounded down to the hour: the only time
/// stored with a young person's message.
pub fn hour_of(unix_seconds: i64) -> i64 {
    unix_seconds - unix_seconds.rem_euclid(3600)
}

#[cfg(test)]
mod tests {
    #[test]
    fn hour_of_drops_minutes_and_seconds() {
        assert_eq!(super::hour_of(7_199), 3_600);
        assert_eq!(super::hour_of(7_200), 7_200);
    }
}
