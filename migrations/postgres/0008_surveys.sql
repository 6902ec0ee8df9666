-- Surveys. A survey's questions, wording per age band and audience are one
-- JSON document (`definition`); once published, only wording may change,
-- so results always mean what they meant. A new round is a new survey that
-- points at the one before (`previous_id`) for comparison.
CREATE TABLE surveys (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    title       TEXT NOT NULL,
    definition  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'draft',
    opens_on    TEXT,
    closes_on   TEXT,
    previous_id BIGINT REFERENCES surveys(id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL,
    closed_at   BIGINT,
    UNIQUE (org_id, slug)
);

-- Answers are anonymous: a random public id (the only handle, held by the
-- young person's browser), the age band and care status they chose, and
-- the hour they started. No IP address, no device, no exact time.
CREATE TABLE survey_responses (
    id           BIGSERIAL PRIMARY KEY,
    survey_id    BIGINT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    public_id    TEXT NOT NULL UNIQUE,
    age_band     TEXT,
    care_status  TEXT,
    started_hour BIGINT NOT NULL
);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id);

-- One row per answered question. `value` holds the chosen keys (a face
-- 1-5, yes/no/not_sure, or option ids joined by commas). A free-text
-- answer's words live in `feedback` (kind 'survey'), so they reach the
-- moderation queue, redaction, alerts and retention like any message.
CREATE TABLE survey_answers (
    response_id BIGINT NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value       TEXT NOT NULL,
    feedback_id BIGINT REFERENCES feedback(id) ON DELETE SET NULL,
    PRIMARY KEY (response_id, question_id)
);
