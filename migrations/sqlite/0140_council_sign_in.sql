-- Council sign-in (OpenID Connect).

-- An organisation can switch password sign-in off, so its staff sign in
-- only through the council's own accounts.
ALTER TABLE orgs ADD COLUMN password_sign_in BOOLEAN NOT NULL DEFAULT TRUE;

-- A council sign-in in progress, from the moment the browser is sent to
-- the council's sign-in page until it comes back (ten minutes at most).
-- The row is found by the SHA-256 of a random value held in the browser's
-- cookie, so a sign-in can only finish in the browser that started it; it
-- is deleted when used.
CREATE TABLE oidc_logins (
    browser_hash  TEXT PRIMARY KEY,
    state         TEXT NOT NULL,
    nonce         TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX oidc_logins_expiry ON oidc_logins (expires_at);
