-- search_words holds how many documents hold each word (0010, 0011), which decides which of a
-- query's words is looked up first and whether documents are read in stored order, and the words a
-- typo is corrected to. It only ever added: a rewritten document counted again (the seed's
-- revisions rewrite documents, and Nvidia stood at 85 for 13 documents), and a word no document
-- holds any more stayed, to be corrected to and said to be in Cited. Since the search vocabulary
-- (0029) rewrites documents whenever it changes, and removes words when a set is removed, the
-- count is now kept exactly: a rewritten or deleted document's old words are taken off, and a
-- word no document holds is gone. A statement writes each word's count once, by the difference it
-- makes, and not at all for a document rewritten as it was (PGlite runs no autovacuum to clear the rows a write leaves).
CREATE OR REPLACE FUNCTION search_words_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- Each word whose count changes, and by how much: a document rewritten as it was changes none.
  changed text[];
  change bigint[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(x.w), array_agg(x.n) INTO changed, change
    FROM (SELECT w, count(*) AS n FROM written, unnest(tsvector_to_array(written.document)) AS w GROUP BY w) x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(x.w), array_agg(-x.n) INTO changed, change
    FROM (SELECT w, count(*) AS n FROM written_before, unnest(tsvector_to_array(written_before.document)) AS w GROUP BY w) x;
  ELSE
    SELECT array_agg(x.w), array_agg(x.n) INTO changed, change
    FROM (
      SELECT e.w, sum(e.n) AS n FROM (
        SELECT w, 1 AS n FROM written, unnest(tsvector_to_array(written.document)) AS w
        UNION ALL
        SELECT w, -1 FROM written_before, unnest(tsvector_to_array(written_before.document)) AS w
      ) e GROUP BY e.w HAVING sum(e.n) <> 0
    ) x;
  END IF;
  IF changed IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO search_words (word, documents)
  SELECT c.w, c.n FROM unnest(changed, change) c(w, n)
  ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + EXCLUDED.documents;
  DELETE FROM search_words s WHERE s.word = ANY (changed) AND s.documents <= 0;
  RETURN NULL;
END;
$$;--> statement-breakpoint
DROP TRIGGER search_documents_words_updated ON search_documents;--> statement-breakpoint
CREATE TRIGGER search_documents_words_updated AFTER UPDATE ON search_documents REFERENCING OLD TABLE AS written_before NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_words_written();--> statement-breakpoint
CREATE TRIGGER search_documents_words_deleted AFTER DELETE ON search_documents REFERENCING OLD TABLE AS written_before FOR EACH STATEMENT EXECUTE FUNCTION search_words_written();--> statement-breakpoint
DELETE FROM search_words;--> statement-breakpoint
INSERT INTO search_words (word, documents)
SELECT w, count(*) FROM search_documents, unnest(tsvector_to_array(document)) AS w GROUP BY w;
