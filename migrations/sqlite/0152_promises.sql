-- The organisation's promises (its Pledge or Care Leavers Charter, in its
-- own words), what is tied to each, and what groups said.

CREATE TABLE promises (
    id          INTEGER PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    position    BIGINT NOT NULL DEFAULT 0,
    retired     BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (org_id, slug)
);

-- A promise worded for one age band (optional; otherwise `promises`).
CREATE TABLE promise_wordings (
    promise_id  BIGINT NOT NULL REFERENCES promises(id) ON DELETE CASCADE,
    age_band    TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (promise_id, age_band)
);

CREATE TABLE feedback_promises (
    feedback_id BIGINT NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    promise_id  BIGINT NOT NULL REFERENCES promises(id) ON DELETE CASCADE,
    PRIMARY KEY (feedback_id, promise_id)
);

CREATE TABLE action_promises (
    action_id   BIGINT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    promise_id  BIGINT NOT NULL REFERENCES promises(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, promise_id)
);

-- A survey question (by its id within the survey) tied to a promise.
CREATE TABLE survey_question_promises (
    survey_id   BIGINT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    promise_id  BIGINT NOT NULL REFERENCES promises(id) ON DELETE CASCADE,
    PRIMARY KEY (survey_id, question_id, promise_id)
);

-- What a group said (a Children in Care Council meeting, an event, a
-- bundle of paper forms). The words are kept like a message's, redacted
-- the same way; the Board report counts sessions and participants only.
CREATE TABLE group_feedback (
    id             INTEGER PRIMARY KEY,
    org_id         BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    occasion       TEXT NOT NULL,
    held_on        TEXT NOT NULL,
    participants   BIGINT NOT NULL,
    age_bands      TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL,
    redacted_body  TEXT NOT NULL,
    recorded_by    BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at     BIGINT NOT NULL
);
CREATE INDEX group_feedback_held ON group_feedback (org_id, held_on);

CREATE TABLE group_feedback_themes (
    group_feedback_id BIGINT NOT NULL REFERENCES group_feedback(id) ON DELETE CASCADE,
    theme_id          BIGINT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (group_feedback_id, theme_id)
);

CREATE TABLE group_feedback_promises (
    group_feedback_id BIGINT NOT NULL REFERENCES group_feedback(id) ON DELETE CASCADE,
    promise_id        BIGINT NOT NULL REFERENCES promises(id) ON DELETE CASCADE,
    PRIMARY KEY (group_feedback_id, promise_id)
);
