-- search_words holds how many documents hold each word (0010, 0011), which decides which of a
-- query's words is looked up first and whether documents are read in stored order, and the words a
-- typo is corrected to. It only ever added: a rewritten document counted again (the seed's
-- revisions rewrite documents, and Nvidia stood at 85 for 13 documents), and a word no document
-- holds any more stayed, to be corrected to and said to be in Cited. Since the search vocabulary
-- (0029) rewrites documents whenever it changes, and removes words when a set is removed, the
-- count is now kept exactly: a rewritten or deleted document's old words are taken off, and a
-- word no document holds is gone.
CREATE OR REPLACE FUNCTION search_words_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  gone_words text[];
  gone_counts bigint[];
BEGIN
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO search_words (word, documents)
    SELECT w, count(*) FROM written, unnest(tsvector_to_array(written.document)) AS w GROUP BY w
    ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + EXCLUDED.documents;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT array_agg(g.w), array_agg(g.n) INTO gone_words, gone_counts
    FROM (SELECT w, count(*) AS n FROM written_before, unnest(tsvector_to_array(written_before.document)) AS w GROUP BY w) g;
    UPDATE search_words s SET documents = s.documents - g.n FROM unnest(gone_words, gone_counts) g(w, n) WHERE s.word = g.w;
    DELETE FROM search_words s WHERE s.word = ANY (gone_words) AND s.documents <= 0;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
DROP TRIGGER search_documents_words_updated ON search_documents;--> statement-breakpoint
CREATE TRIGGER search_documents_words_updated AFTER UPDATE ON search_documents REFERENCING OLD TABLE AS written_before NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_words_written();--> statement-breakpoint
CREATE TRIGGER search_documents_words_deleted AFTER DELETE ON search_documents REFERENCING OLD TABLE AS written_before FOR EACH STATEMENT EXECUTE FUNCTION search_words_written();--> statement-breakpoint
DELETE FROM search_words;--> statement-breakpoint
INSERT INTO search_words (word, documents)
SELECT w, count(*) FROM search_documents, unnest(tsvector_to_array(document)) AS w GROUP BY w;
