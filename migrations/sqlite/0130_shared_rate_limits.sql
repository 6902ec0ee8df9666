-- Rate limits shared by every instance on this database.
--
-- A bucket is the SHA-256 of a secret, the limit's name and what is counted
-- (an address or its IPv6 /64, an organisation, an account): no address is
-- written here in the clear. A window starts at a bucket's first hit and
-- ends at expires_at; the row is swept after.
CREATE TABLE rate_limits (
    bucket       TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    hits         BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);

-- The secret in the buckets' hashes, made once per database so that every
-- instance hashes alike.
CREATE TABLE rate_limit_secret (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL
);
INSERT INTO rate_limit_secret (id, secret) VALUES (1, lower(hex(randomblob(32))));
