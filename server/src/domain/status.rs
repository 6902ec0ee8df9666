//! The states a message moves through on the staff side, as a type: a
//! status read from a form or the database is parsed once, so the rest of
//! the program never handles a status that does not exist.

/// Where a young person's message is: new, being read, answered, done.
/// Any status may follow any other (an officer can reopen a closed item);
/// only these four exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedbackStatus {
    New,
    InReview,
    Replied,
    Closed,
}

impl FeedbackStatus {
    pub const ALL: [FeedbackStatus; 4] = [
        FeedbackStatus::New,
        FeedbackStatus::InReview,
        FeedbackStatus::Replied,
        FeedbackStatus::Closed,
    ];

    pub fn parse(s: &str) -> Option<FeedbackStatus> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FeedbackStatus::New => "new",
            FeedbackStatus::InReview => "in_review",
            FeedbackStatus::Replied => "replied",
            FeedbackStatus::Closed => "closed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_reads_back_as_itself_and_nothing_else_parses() {
        for s in FeedbackStatus::ALL {
            assert_eq!(FeedbackStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(FeedbackStatus::parse("deleted"), None);
        assert_eq!(FeedbackStatus::parse(""), None);
    }
}
