-- The Korean texts of 0014 and 0016 in the as-of views, whose column lists were fixed when they
-- were created, and in the search documents: a Korean reader finds a figure by the speaker's
-- Korean name (개빈 베이커), the subject (엔비디아) or the role as Korean pages show them.

DROP VIEW as_of.sources;--> statement-breakpoint
CREATE VIEW as_of.sources AS SELECT * FROM public.sources_versions WHERE valid_from <= public.as_of_revision() AND (valid_to IS NULL OR valid_to > public.as_of_revision());--> statement-breakpoint
DROP VIEW as_of.metrics;--> statement-breakpoint
CREATE VIEW as_of.metrics AS SELECT * FROM public.metrics_versions WHERE valid_from <= public.as_of_revision() AND (valid_to IS NULL OR valid_to > public.as_of_revision());--> statement-breakpoint
DROP VIEW as_of.claims;--> statement-breakpoint
CREATE VIEW as_of.claims AS SELECT * FROM public.claims_versions WHERE valid_from <= public.as_of_revision() AND (valid_to IS NULL OR valid_to > public.as_of_revision());--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_search_documents(ids integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO search_documents (citation_id, metric_id, document)
  SELECT k.id, m.id,
    setweight(to_tsvector('simple', concat_ws(' ', m.label, m.label_ko, m.subject, m.subject_ko, m.dimension_value)), 'A')
      || setweight(to_tsvector('simple', concat_ws(' ', c.speaker, c.speaker_ko, s.publisher, s.publisher_en, s.title, k.stated_text)), 'B')
      || setweight(to_tsvector('simple', concat_ws(' ', k.quote, k.translation)), 'C')
      || setweight(to_tsvector('simple', concat_ws(' ', m.description, m.description_ko, c.speaker_role, c.speaker_role_ko, s.byline, m.dimension_name)), 'D')
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
$$;--> statement-breakpoint
-- Documents written before this migration gain the speakers' Korean names (0014) now.
SELECT refresh_search_documents(array_agg(id)) FROM citations;
