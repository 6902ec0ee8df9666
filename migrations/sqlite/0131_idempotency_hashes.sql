-- An Idempotency-Key is kept only as the SHA-256 of the key, beside the
-- SHA-256 of the message it sent, and only for a day (the hourly job
-- forgets older ones). A replayed key with other words is refused, so a
-- key alone never hands back someone else's reply code.
ALTER TABLE feedback ADD COLUMN request_hash TEXT;
-- Raw keys stored before this change are forgotten rather than kept.
UPDATE feedback SET idempotency_key = NULL;
