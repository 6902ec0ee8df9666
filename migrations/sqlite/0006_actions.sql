-- "You said, we did": what young people said (a theme in their words), what
-- the council did or will do, who owns it, by when, and its progress.
CREATE TABLE actions (
    id            INTEGER PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    you_said      TEXT NOT NULL,
    -- Simpler words for under-12s; empty means use you_said.
    you_said_young TEXT NOT NULL DEFAULT '',
    we_did        TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'heard',
    reason        TEXT NOT NULL DEFAULT '',
    owner_id      BIGINT REFERENCES users(id),
    due_on        TEXT,
    published     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX actions_org ON actions (org_id, published);

CREATE TABLE action_themes (
    action_id BIGINT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    theme_id  BIGINT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, theme_id)
);

CREATE TABLE action_feedback (
    action_id   BIGINT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    feedback_id BIGINT NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, feedback_id)
);
CREATE INDEX action_feedback_item ON action_feedback (feedback_id);

CREATE TABLE action_updates (
    id         INTEGER PRIMARY KEY,
    action_id  BIGINT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users(id),
    body       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX action_updates_action ON action_updates (action_id);
