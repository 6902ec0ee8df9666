-- An email about one message (a reply to the young person, a safeguarding
-- alert) names that message, so it is deleted with it: by erasure and by
-- retention, its `.eml` copy included.
ALTER TABLE outbox ADD COLUMN feedback_id BIGINT;
CREATE INDEX outbox_feedback ON outbox (feedback_id);
