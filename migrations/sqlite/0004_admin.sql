-- Organisation admin: theme keywords, staff invitations, API tokens.

ALTER TABLE themes ADD COLUMN keywords TEXT NOT NULL DEFAULT '';

-- A one-time link to set a password. Only the token's hash is stored.
CREATE TABLE invitations (
    token_hash  TEXT PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);

-- Bearer tokens for integrations, shown once and stored as a hash. A token
-- acts as the user who created it.
CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL,
    revoked_at  BIGINT
);
