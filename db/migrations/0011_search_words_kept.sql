-- The words of every search document, and how many documents hold each, kept as documents are
-- written (0010 explains why).
CREATE FUNCTION search_words_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word, documents)
  SELECT w, count(*) FROM written, unnest(tsvector_to_array(written.document)) AS w GROUP BY w
  ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + EXCLUDED.documents;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER search_documents_words_inserted AFTER INSERT ON search_documents REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_words_written();--> statement-breakpoint
CREATE TRIGGER search_documents_words_updated AFTER UPDATE ON search_documents REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_words_written();--> statement-breakpoint
INSERT INTO search_words (word, documents)
SELECT w, count(*) FROM search_documents, unnest(tsvector_to_array(document)) AS w GROUP BY w;
