-- The data lifecycle. When a message's words, name and contact details are
-- removed (by the retention job, or an erasure a young person asked for),
-- the row stays with only its non-identifying fields (kind, mood, age band,
-- care status, urgency, hour received, themes, links to actions) so that
-- reports for old periods do not change; these say when and why.
ALTER TABLE feedback ADD COLUMN anonymised_at BIGINT;
ALTER TABLE feedback ADD COLUMN anonymised_why TEXT;
-- No index on received_hour: the hourly retention pass may scan, and every
-- message sent stays one index write cheaper.
