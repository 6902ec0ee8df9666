//! What each staff role may do: one table, mirrored in the README.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Admin,
    Officer,
    Safeguarding,
    Manager,
    Board,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Open items and read young people's words (redacted, at least).
    ReadFeedback,
    /// Read the original words, before redaction.
    ReadOriginal,
    /// See names and email addresses of named young people.
    SeeContact,
    /// Tag themes, set status, write internal notes, reply.
    Moderate,
    /// Read the audit log.
    ReadAudit,
    /// Settings, themes, staff accounts and API tokens.
    Administer,
    /// See "You said, we did" actions (drafts too).
    ReadActions,
    /// Create and edit actions, link feedback, publish.
    ManageActions,
    /// Build, publish and close surveys.
    BuildSurveys,
    /// Read survey results (suppressed counts, never free text).
    ReadSurveyResults,
    /// Read the Board report: suppressed figures and approved quotes only.
    ReadReports,
    /// Choose redacted quotes for the Board report, and email it to the board.
    ApproveQuotes,
}

use Permission::*;
use Role::*;

/// The one table. Board members see aggregates only, never words; only
/// admins, officers and safeguarding leads see contact details.
const TABLE: &[(Role, &[Permission])] = &[
    (
        Admin,
        &[
            ReadFeedback,
            ReadOriginal,
            SeeContact,
            Moderate,
            ReadAudit,
            Administer,
            ReadActions,
            ManageActions,
            BuildSurveys,
            ReadSurveyResults,
            ReadReports,
            ApproveQuotes,
        ],
    ),
    (
        Officer,
        &[
            ReadFeedback,
            ReadOriginal,
            SeeContact,
            Moderate,
            ReadActions,
            ManageActions,
            BuildSurveys,
            ReadSurveyResults,
            ReadReports,
            ApproveQuotes,
        ],
    ),
    (
        Safeguarding,
        &[
            ReadFeedback,
            ReadOriginal,
            SeeContact,
            Moderate,
            ReadActions,
            ReadReports,
        ],
    ),
    // A manager owns actions: they add progress to their own.
    (Manager, &[ReadFeedback, ReadActions, ReadReports, ReadSurveyResults]),
    (Board, &[ReadActions, ReadReports, ReadSurveyResults]),
];

impl Role {
    pub const ALL: [Role; 5] = [Admin, Officer, Safeguarding, Manager, Board];

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Admin => "admin",
            Officer => "officer",
            Safeguarding => "safeguarding",
            Manager => "manager",
            Board => "board",
        }
    }

    pub fn can(self, permission: Permission) -> bool {
        TABLE
            .iter()
            .any(|(role, allowed)| *role == self && allowed.contains(&permission))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn board_members_never_read_words_or_contacts() {
        assert!(!Board.can(ReadFeedback));
        assert!(!Board.can(SeeContact));
    }

    #[test]
    fn board_members_read_reports_and_actions_and_nothing_else() {
        let allowed: Vec<Permission> = [
            ReadFeedback,
            ReadOriginal,
            SeeContact,
            Moderate,
            ReadAudit,
            Administer,
            ReadActions,
            ManageActions,
            ReadReports,
            ApproveQuotes,
        ]
        .into_iter()
        .filter(|p| Board.can(*p))
        .collect();
        assert_eq!(allowed, [ReadActions, ReadReports]);
    }

    #[test]
    fn only_admin_officer_and_safeguarding_see_contact_details() {
        let who: Vec<Role> = Role::ALL.into_iter().filter(|r| r.can(SeeContact)).collect();
        assert_eq!(who, [Admin, Officer, Safeguarding]);
    }

    #[test]
    fn every_role_parses_from_its_name() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("wizard"), None);
    }
}
