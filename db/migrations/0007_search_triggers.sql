-- Search documents, kept by the database itself: whatever writes a fact (the seed loader, a
-- correction, a bulk import) rewrites the documents of the citations it touches, in the same
-- statement, so search never shows a figure the store no longer holds.

CREATE FUNCTION refresh_search_documents(ids integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO search_documents (citation_id, metric_id, document, search_text)
  SELECT k.id, m.id,
    setweight(to_tsvector('simple', concat_ws(' ', m.label, m.subject, m.dimension_value)), 'A')
      || setweight(to_tsvector('simple', concat_ws(' ', c.speaker, s.publisher, s.publisher_en, s.title, k.stated_text)), 'B')
      || setweight(to_tsvector('simple', concat_ws(' ', k.quote, k.translation)), 'C')
      || setweight(to_tsvector('simple', concat_ws(' ', m.description, c.speaker_role, s.byline, m.dimension_name)), 'D'),
    lower(concat_ws(' ', m.label, m.subject, m.dimension_value, c.speaker, c.speaker_role, s.publisher, s.publisher_en, s.title, k.quote, k.translation))
  FROM citations k
  JOIN claims c ON c.id = k.claim_id
  JOIN metrics m ON m.id = c.metric_id
  JOIN sources s ON s.id = k.source_id
  WHERE k.id = ANY (ids)
  ON CONFLICT (citation_id) DO UPDATE
    SET metric_id = EXCLUDED.metric_id, document = EXCLUDED.document, search_text = EXCLUDED.search_text;
  DELETE FROM search_numbers WHERE citation_id = ANY (ids);
  INSERT INTO search_numbers (value, citation_id)
  SELECT DISTINCT abs(v), k.id
  FROM citations k
  JOIN claims c ON c.id = k.claim_id
  CROSS JOIN LATERAL unnest(ARRAY[c.value, c.lower, c.upper, c.conversion_value]) AS v
  WHERE k.id = ANY (ids) AND v IS NOT NULL;
END;
$$;--> statement-breakpoint

CREATE FUNCTION search_citations_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_search_documents(ARRAY(SELECT id FROM written));
  RETURN NULL;
END;
$$;--> statement-breakpoint

CREATE FUNCTION search_claims_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_search_documents(ARRAY(SELECT k.id FROM citations k JOIN written c ON c.id = k.claim_id));
  RETURN NULL;
END;
$$;--> statement-breakpoint

CREATE FUNCTION search_metrics_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_search_documents(ARRAY(SELECT k.id FROM citations k JOIN claims c ON c.id = k.claim_id JOIN written m ON m.id = c.metric_id));
  RETURN NULL;
END;
$$;--> statement-breakpoint

CREATE FUNCTION search_sources_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_search_documents(ARRAY(SELECT k.id FROM citations k JOIN written s ON s.id = k.source_id));
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- One statement-level trigger per event (a trigger with a transition table takes one event): a
-- bulk insert of 100,000 citations rewrites their documents in one set-based statement.
CREATE TRIGGER citations_search_inserted AFTER INSERT ON citations REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_citations_written();--> statement-breakpoint
CREATE TRIGGER citations_search_updated AFTER UPDATE ON citations REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_citations_written();--> statement-breakpoint
CREATE TRIGGER claims_search_updated AFTER UPDATE ON claims REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_claims_written();--> statement-breakpoint
CREATE TRIGGER metrics_search_updated AFTER UPDATE ON metrics REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_metrics_written();--> statement-breakpoint
CREATE TRIGGER sources_search_updated AFTER UPDATE ON sources REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_sources_written();--> statement-breakpoint

-- The facts already stored get their documents now.
SELECT refresh_search_documents(ARRAY(SELECT id FROM citations));
