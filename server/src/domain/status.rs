//! The states a message, a "You said, we did" action and a survey move
//! through, as types: a status read from a form or the database is parsed
//! once, so the rest of the program never handles a status that does not
//! exist. The pages keep only how each is shown.

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

/// Where a "You said, we did" action has got to. Any status may follow
/// any other (a plan can slip back to "heard"); "not doing" must say why,
/// because young people are told why when the answer is no (statutory
/// guidance, and the councils' pledges).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionStatus {
    Heard,
    Planned,
    InProgress,
    Done,
    NotDoing,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 5] = [
        ActionStatus::Heard,
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::NotDoing,
    ];

    pub fn parse(s: &str) -> Option<ActionStatus> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Heard => "heard",
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::NotDoing => "not_doing",
        }
    }

    /// The status as stored; anything unknown reads as "heard" (the start).
    pub fn stored(s: &str) -> ActionStatus {
        Self::parse(s).unwrap_or(ActionStatus::Heard)
    }

    /// Whether this status may be set with this reason: "not doing" needs
    /// one; the others may carry one or not.
    pub fn allows(self, reason: &str) -> bool {
        self != ActionStatus::NotDoing || !reason.is_empty()
    }

    /// Whether the action is settled (done, or not being done): a settled
    /// action is never overdue.
    pub fn settled(self) -> bool {
        matches!(self, ActionStatus::Done | ActionStatus::NotDoing)
    }

    /// Whether young people are shown the reason (only for "not doing").
    pub fn shows_reason(self) -> bool {
        self == ActionStatus::NotDoing
    }
}

/// Where a survey is. Stored as `draft`, `open` or `closed`; a survey
/// stored as open reads as closed after its closing day and as a draft
/// before its opening day ([`SurveyStatus::as_of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SurveyStatus {
    Draft,
    Open,
    Closed,
}

impl SurveyStatus {
    pub const ALL: [SurveyStatus; 3] = [SurveyStatus::Draft, SurveyStatus::Open, SurveyStatus::Closed];

    pub fn parse(s: &str) -> Option<SurveyStatus> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SurveyStatus::Draft => "draft",
            SurveyStatus::Open => "open",
            SurveyStatus::Closed => "closed",
        }
    }

    /// The status as stored; anything unknown is a draft (never shown to
    /// young people).
    pub fn stored(s: &str) -> SurveyStatus {
        Self::parse(s).unwrap_or(SurveyStatus::Draft)
    }

    /// The status as of `today`, given the opening and closing days
    /// (`YYYY-MM-DD`, compared as text).
    pub fn as_of(self, today: &str, opens_on: Option<&str>, closes_on: Option<&str>) -> SurveyStatus {
        match self {
            SurveyStatus::Open if closes_on.is_some_and(|c| c < today) => SurveyStatus::Closed,
            SurveyStatus::Open if opens_on.is_some_and(|o| o > today) => SurveyStatus::Draft,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_survey_is_open_only_between_its_days_and_reads_back_as_itself() {
        for s in SurveyStatus::ALL {
            assert_eq!(SurveyStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(SurveyStatus::stored("archived"), SurveyStatus::Draft);
        let open = SurveyStatus::Open;
        let (opens, closes) = (Some("2026-11-01"), Some("2026-11-30"));
        assert_eq!(open.as_of("2026-10-31", opens, closes), SurveyStatus::Draft);
        assert_eq!(open.as_of("2026-11-01", opens, closes), SurveyStatus::Open);
        assert_eq!(open.as_of("2026-11-30", opens, closes), SurveyStatus::Open);
        assert_eq!(open.as_of("2026-12-01", opens, closes), SurveyStatus::Closed);
        assert_eq!(
            SurveyStatus::Draft.as_of("2026-11-15", opens, closes),
            SurveyStatus::Draft
        );
        assert_eq!(
            SurveyStatus::Closed.as_of("2026-11-15", opens, closes),
            SurveyStatus::Closed
        );
    }

    #[test]
    fn an_action_not_being_done_must_say_why() {
        for s in ActionStatus::ALL {
            assert_eq!(ActionStatus::parse(s.as_str()), Some(s));
            assert!(s.allows("because"));
            assert_eq!(s.allows(""), s != ActionStatus::NotDoing);
        }
        assert_eq!(ActionStatus::parse("finished"), None);
        let settled: Vec<ActionStatus> = ActionStatus::ALL.into_iter().filter(|s| s.settled()).collect();
        assert_eq!(settled, [ActionStatus::Done, ActionStatus::NotDoing]);
        assert_eq!(ActionStatus::stored("finished"), ActionStatus::Heard);
    }

    #[test]
    fn every_status_reads_back_as_itself_and_nothing_else_parses() {
        for s in FeedbackStatus::ALL {
            assert_eq!(FeedbackStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(FeedbackStatus::parse("deleted"), None);
        assert_eq!(FeedbackStatus::parse(""), None);
    }
}
