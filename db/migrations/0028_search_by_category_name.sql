-- Search finds a figure by its category's name, as the pages show it on every card and chart:
-- "Llama 3 training cost" and "ChatGPT training cost" found nothing holding every word, since the
-- words "training costs" ("훈련 비용") were on the cards but not in the search documents. The names
-- are written in messages/*.json; the seed loader copies them into category_names at every setup
-- (seed/category-names.ts), and the documents hold them with the lowest weight, beside the
-- metric's description: a category names many figures and tells few apart.
CREATE TABLE "category_names" (
	"category" "metric_category" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_ko" text NOT NULL
);--> statement-breakpoint

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
      || setweight(to_tsvector('simple', concat_ws(' ', m.description, m.description_ko, c.speaker_role, c.speaker_role_ko, s.byline, m.dimension_name, n.name, n.name_ko)), 'D')
  FROM citations k
  JOIN claims c ON c.id = k.claim_id
  JOIN metrics m ON m.id = c.metric_id
  JOIN sources s ON s.id = k.source_id
  LEFT JOIN category_names n ON n.category = m.category
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

CREATE FUNCTION search_category_names_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_search_documents(ARRAY(SELECT k.id FROM citations k JOIN claims c ON c.id = k.claim_id JOIN metrics m ON m.id = c.metric_id JOIN written w ON w.category = m.category));
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER category_names_search_inserted AFTER INSERT ON category_names REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_category_names_written();--> statement-breakpoint
CREATE TRIGGER category_names_search_updated AFTER UPDATE ON category_names REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_category_names_written();
