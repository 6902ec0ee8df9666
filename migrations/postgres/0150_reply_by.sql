-- Promises kept: the date each message is promised a reply by, which part
-- of the UK's bank holidays an organisation keeps, and the daily reminder
-- of what falls due (one row per organisation and due day: sent once, even
-- with several server instances).

ALTER TABLE orgs ADD COLUMN bank_holidays TEXT NOT NULL DEFAULT 'england-and-wales';

-- `YYYY-MM-DD`; empty for messages stored before this column existed.
ALTER TABLE feedback ADD COLUMN reply_by TEXT;
CREATE INDEX feedback_reply_by ON feedback (org_id, reply_by);

CREATE TABLE reply_reminders (
    org_id   BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    due_on   TEXT NOT NULL,
    sent_at  BIGINT NOT NULL,
    PRIMARY KEY (org_id, due_on)
);
