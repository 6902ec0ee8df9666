-- The Board report: each organisation's small-number threshold (never
-- below 3), quotes officers approved for the board, and an index so a
-- period's figures are read without scanning every message ever sent.
ALTER TABLE orgs ADD COLUMN suppress_threshold BIGINT NOT NULL DEFAULT 5 CHECK (suppress_threshold >= 3);

-- A quote keeps its own redacted copy of the words, so it outlives the
-- message when retention removes the original text.
CREATE TABLE board_quotes (
    id            BIGSERIAL PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    feedback_id   BIGINT REFERENCES feedback(id) ON DELETE SET NULL,
    theme_id      BIGINT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    received_hour BIGINT NOT NULL,
    approved_by   BIGINT REFERENCES users(id),
    approved_at   BIGINT NOT NULL
);
CREATE INDEX board_quotes_period ON board_quotes (org_id, received_hour);

CREATE INDEX feedback_period ON feedback (org_id, received_hour);
