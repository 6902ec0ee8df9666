-- The officer-confirmed redacted text: what anything shared beyond the
-- participation team uses. The original stays in `body`.
ALTER TABLE feedback ADD COLUMN redacted_body TEXT;
