-- Email goes through this outbox so it survives restarts and SMTP outages.
-- A worker claims a message by moving claimed_until into the future, so
-- several server instances never send the same message twice.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    org_id          BIGINT REFERENCES orgs(id) ON DELETE CASCADE,
    to_addr         TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until   BIGINT NOT NULL DEFAULT 0,
    sent_at         BIGINT,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- A safeguarding alert for an urgent item, repeated until acknowledged.
CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY,
    org_id           BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    feedback_id      BIGINT NOT NULL UNIQUE REFERENCES feedback(id) ON DELETE CASCADE,
    created_at       BIGINT NOT NULL,
    last_sent_at     BIGINT NOT NULL,
    times_sent       BIGINT NOT NULL DEFAULT 1,
    acknowledged_at  BIGINT,
    acknowledged_by  BIGINT REFERENCES users(id),
    action_taken     TEXT
);
CREATE INDEX alerts_open ON alerts (org_id, acknowledged_at);
