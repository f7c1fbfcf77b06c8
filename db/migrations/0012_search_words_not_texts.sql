DROP INDEX "search_documents_search_text_idx";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "search_text";--> statement-breakpoint
-- Typos are corrected against the word list (0010), so documents no longer carry their texts
-- for trigrams: the document alone is written, with the Korean label and description (0008)
-- weighted as the English ones are.
CREATE OR REPLACE FUNCTION refresh_search_documents(ids integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO search_documents (citation_id, metric_id, document)
  SELECT k.id, m.id,
    setweight(to_tsvector('simple', concat_ws(' ', m.label, m.label_ko, m.subject, m.dimension_value)), 'A')
      || setweight(to_tsvector('simple', concat_ws(' ', c.speaker, s.publisher, s.publisher_en, s.title, k.stated_text)), 'B')
      || setweight(to_tsvector('simple', concat_ws(' ', k.quote, k.translation)), 'C')
      || setweight(to_tsvector('simple', concat_ws(' ', m.description, m.description_ko, c.speaker_role, s.byline, m.dimension_name)), 'D')
  FROM citations k
  JOIN claims c ON c.id = k.claim_id
  JOIN metrics m ON m.id = c.metric_id
  JOIN sources s ON s.id = k.source_id
  WHERE k.id = ANY (ids)
  ON CONFLICT (citation_id) DO UPDATE SET metric_id = EXCLUDED.metric_id, document = EXCLUDED.document;
  DELETE FROM search_numbers WHERE citation_id = ANY (ids);
  INSERT INTO search_numbers (value, citation_id)
  SELECT DISTINCT abs(v), k.id
  FROM citations k
  JOIN claims c ON c.id = k.claim_id
  CROSS JOIN LATERAL unnest(ARRAY[c.value, c.lower, c.upper, c.conversion_value]) AS v
  WHERE k.id = ANY (ids) AND v IS NOT NULL;
END;
$$;
