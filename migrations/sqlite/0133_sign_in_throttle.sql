-- Wrong passwords no longer lock an account: they are counted per account
-- and address in rate_limits (0130). An admin's "let them sign in again"
-- moves the account's generation on, which starts every count afresh.
-- Locks set before this change are lifted.
ALTER TABLE users ADD COLUMN sign_in_generation BIGINT NOT NULL DEFAULT 0;
UPDATE users SET failed_logins = 0, locked_until = 0;
