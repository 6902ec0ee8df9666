-- Alerts that neither miss nor bury the lead (docs/alerts.md).

-- Where an organisation's alerts go besides its safeguarding users: its
-- safeguarding inbox (used when it has no safeguarding user) and its
-- out-of-hours escalation address (an alert nobody acknowledges in time).
CREATE TABLE alert_contacts (
    org_id             BIGINT PRIMARY KEY REFERENCES orgs(id) ON DELETE CASCADE,
    safeguarding_inbox TEXT NOT NULL DEFAULT '',
    escalation_email   TEXT NOT NULL DEFAULT ''
);

-- When an organisation's last alert email went: a burst of urgent messages
-- becomes one email with a count, and instances claim a mailing here.
CREATE TABLE alert_mailings (
    org_id       BIGINT PRIMARY KEY REFERENCES orgs(id) ON DELETE CASCADE,
    last_sent_at BIGINT NOT NULL
);

-- When an alert also went to the escalation address.
ALTER TABLE alerts ADD COLUMN escalated_at BIGINT;

-- Safeguarding users already told about every alert waiting when they
-- became one (a lead added later is told at once, not at the next repeat).
CREATE TABLE alert_leads_told (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    told_at BIGINT NOT NULL
);
INSERT INTO alert_leads_told (user_id, told_at) SELECT id, 0 FROM users WHERE role = 'safeguarding';
