-- A GIN index with fastupdate keeps new entries in a pending list that every search reads whole
-- until VACUUM merges it; PGlite never vacuums by itself, and after a bulk load PostgreSQL may not
-- yet have: 458 pending pages made each word lookup on the synthetic catalogue read 3.7 MB. Facts
-- change a few rows a revision, so entries go straight into the index. Rebuilt, so none is pending.
DROP INDEX "search_documents_document_idx";--> statement-breakpoint
CREATE INDEX "search_documents_document_idx" ON "search_documents" USING gin ("document") WITH (fastupdate=false);