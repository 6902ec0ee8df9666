-- The harm check says why a message is urgent: the kind of concern
-- (`harm_category`, e.g. `self_harm`), how it was found (`harm_how`:
-- `phrase`, `meaning`, `reported`, or `not_checked` for a message in a
-- language the check cannot fully read) and what matched (`harm_detail`:
-- the words of the phrase, or the nearest written example).
ALTER TABLE feedback ADD COLUMN harm_category TEXT;
ALTER TABLE feedback ADD COLUMN harm_how TEXT;
ALTER TABLE feedback ADD COLUMN harm_detail TEXT;
