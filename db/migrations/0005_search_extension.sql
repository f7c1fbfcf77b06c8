-- Trigram matching for search (a typo, or a word inside a Korean compound). pg_trgm is a trusted
-- extension: the database's owner may create it. PGlite loads it in db/connect.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
