-- Search finds a figure by the words a reader uses where the texts put it otherwise: "stock drop"
-- found the Zhipu AI listing first (the texts' one "stock" is the Hong Kong Stock Exchange), where
-- Nvidia's "share price plunged" (주가 폭락) is what was meant; "stock drops after the DeepSeek
-- shock", the product's own description of the figures, found the V3 cost comparison. The
-- vocabulary is written in lib/search-vocabulary.ts; the seed loader copies it into
-- search_vocabulary at every setup (seed/search-vocabulary.ts). A citation's document gains a
-- set's words where its label or subject (weight A) or its quote or translation (C) matches the
-- set's written forms, at that place's weight, unless the same place says the set does not apply
-- (the natural-gas label's "주식 아닌 원자재", not a stock), and then that place holds none of the
-- set's words, even as written; descriptions are not read for it.
-- Search reads the documents as before, at no cost per search.
CREATE TABLE "search_vocabulary" (
	"name" text PRIMARY KEY NOT NULL,
	"words" text[] NOT NULL,
	"written" "tsquery" NOT NULL,
	"unless" "tsquery"
);--> statement-breakpoint

CREATE OR REPLACE FUNCTION refresh_search_documents(ids integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO search_documents (citation_id, metric_id, document)
  SELECT b.id, b.metric_id,
    -- A place that says a set does not apply (`unless`) holds none of its words: the natural-gas
    -- label's "주식 아닌 원자재" (not a stock) is not found by 주식.
    ts_delete(b.labelled, ARRAY(SELECT w FROM search_vocabulary v CROSS JOIN unnest(v.words) w WHERE b.labelled @@ v.unless))
      || b.said_by
      || ts_delete(b.quoted, ARRAY(SELECT w FROM search_vocabulary v CROSS JOIN unnest(v.words) w WHERE b.quoted @@ v.unless))
      || b.described
      -- A set's words weigh what the place its written forms are in weighs: "stock" where the
      -- label says share-price is a word of the label. A place that says the set does not apply
      -- gives none.
      || setweight(to_tsvector('simple', coalesce(
        (SELECT string_agg(array_to_string(v.words, ' '), ' ' ORDER BY v.name) FROM search_vocabulary v
         WHERE b.labelled @@ v.written AND NOT coalesce(b.labelled @@ v.unless, false)), '')), 'A')
      || setweight(to_tsvector('simple', coalesce(
        (SELECT string_agg(array_to_string(v.words, ' '), ' ' ORDER BY v.name) FROM search_vocabulary v
         WHERE b.quoted @@ v.written AND NOT coalesce(b.quoted @@ v.unless, false)
           AND NOT (b.labelled @@ v.written AND NOT coalesce(b.labelled @@ v.unless, false))), '')), 'C')
  FROM (
    SELECT k.id, m.id AS metric_id,
      setweight(to_tsvector('simple', concat_ws(' ', m.label, m.label_ko, m.subject, m.subject_ko, m.dimension_value)), 'A') AS labelled,
      setweight(to_tsvector('simple', concat_ws(' ', c.speaker, c.speaker_ko, s.publisher, s.publisher_en, s.title, k.stated_text)), 'B') AS said_by,
      setweight(to_tsvector('simple', concat_ws(' ', k.quote, k.translation)), 'C') AS quoted,
      setweight(to_tsvector('simple', concat_ws(' ', m.description, m.description_ko, c.speaker_role, c.speaker_role_ko, s.byline, m.dimension_name, n.name, n.name_ko)), 'D') AS described
    FROM citations k
    JOIN claims c ON c.id = k.claim_id
    JOIN metrics m ON m.id = c.metric_id
    JOIN sources s ON s.id = k.source_id
    LEFT JOIN category_names n ON n.category = m.category
    WHERE k.id = ANY (ids)
  ) b
  ON CONFLICT (citation_id) DO UPDATE SET metric_id = EXCLUDED.metric_id, document = EXCLUDED.document;
  DELETE FROM search_numbers WHERE citation_id = ANY (ids);
  INSERT INTO search_numbers (value, citation_id)
  SELECT DISTINCT abs(v), k.id
  FROM citations k
  JOIN claims c ON c.id = k.claim_id
  CROSS JOIN LATERAL unnest(ARRAY[c.value, c.lower, c.upper, c.conversion_value]) AS v
  WHERE k.id = ANY (ids) AND v IS NOT NULL;
END;
$$;--> statement-breakpoint

-- Every document is written again when the vocabulary changes: a set's words, and those a
-- refusal took out of a place, can be wherever its forms are, and a document no longer shows what
-- was taken out. The vocabulary changes with the code, at setup; a sync that changes nothing reads
-- no document.
CREATE FUNCTION search_vocabulary_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM written) THEN
    PERFORM refresh_search_documents(ARRAY(SELECT d.citation_id FROM search_documents d));
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER search_vocabulary_inserted AFTER INSERT ON search_vocabulary REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_vocabulary_written();--> statement-breakpoint
CREATE TRIGGER search_vocabulary_updated AFTER UPDATE ON search_vocabulary REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_vocabulary_written();--> statement-breakpoint
CREATE TRIGGER search_vocabulary_deleted AFTER DELETE ON search_vocabulary REFERENCING OLD TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_vocabulary_written();
