-- Every child can use it: the language a message was written in (its page's
-- language, or what the API was told), and the languages an organisation
-- has hidden from its young people's language picker (comma-separated
-- codes; English is never hidden).
ALTER TABLE feedback ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE orgs ADD COLUMN hidden_languages TEXT NOT NULL DEFAULT '';
