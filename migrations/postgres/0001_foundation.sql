-- Organisations, their themes, young people's feedback and staff accounts.
-- Times are whole seconds since the Unix epoch (BIGINT in both engines).

CREATE TABLE orgs (
    id                  BIGSERIAL PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    term_in_care        TEXT NOT NULL DEFAULT 'children in care',
    out_of_hours_phone  TEXT NOT NULL DEFAULT '',
    advocacy_contact    TEXT NOT NULL DEFAULT '',
    complaints_contact  TEXT NOT NULL DEFAULT '',
    retention_months    BIGINT NOT NULL DEFAULT 24,
    reply_within_days   BIGINT NOT NULL DEFAULT 5,
    created_at          BIGINT NOT NULL
);

CREATE TABLE themes (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    label       TEXT NOT NULL,
    young_label TEXT NOT NULL,
    icon        TEXT NOT NULL,
    position    BIGINT NOT NULL,
    retired     BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (org_id, slug)
);

-- Anonymous feedback has no name, no contact and no exact time: only the
-- hour it arrived. Nothing about the sender's device is ever stored.
CREATE TABLE feedback (
    id              BIGSERIAL PRIMARY KEY,
    org_id          BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    reply_code      TEXT NOT NULL,
    idempotency_key TEXT,
    kind            TEXT NOT NULL,
    body            TEXT NOT NULL,
    mood            BIGINT,
    age_band        TEXT,
    care_status     TEXT,
    anonymous       BOOLEAN NOT NULL,
    name            TEXT,
    contact_email   TEXT,
    email_consent   BOOLEAN NOT NULL DEFAULT FALSE,
    helper          BOOLEAN NOT NULL DEFAULT FALSE,
    reported_unsafe BOOLEAN NOT NULL DEFAULT FALSE,
    urgent          BOOLEAN NOT NULL DEFAULT FALSE,
    status          TEXT NOT NULL DEFAULT 'new',
    received_hour   BIGINT NOT NULL,
    UNIQUE (org_id, reply_code),
    UNIQUE (org_id, idempotency_key)
);
CREATE INDEX feedback_queue ON feedback (org_id, urgent, status, id);

CREATE TABLE feedback_themes (
    feedback_id BIGINT NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    theme_id    BIGINT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (feedback_id, theme_id)
);

CREATE TABLE users (
    id            BIGSERIAL PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    email         TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    BIGINT NOT NULL
);
