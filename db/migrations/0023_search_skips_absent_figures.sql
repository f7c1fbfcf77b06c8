-- search_page (0021) no longer checks each candidate for a figure in the ranges named when those
-- ranges hold none: the scans that gather the figures' own candidates read each range whole, so
-- when they find nothing, no candidate can state one. A figure remembered a little off (41.68%
-- where the article says 41.7%) is a usual search, and the check, an index lookup a candidate, was
-- a seventh of a Korean search on PGlite with 200 candidates (0.3 of about 2 ms). The answers are
-- the same. Only those lines change.
CREATE OR REPLACE FUNCTION search_page(
  look_up text, look_up_limit int, groups text[], need int,
  figures numeric[], figures_lo numeric[], figures_hi numeric[], candidates_max int,
  rank_terms text, sentence text, page_limit int, page_offset int)
RETURNS TABLE (
  candidates int, metric_slug text, label text, label_ko text, category text, unit text, score float8,
  citation_key text, quote text, translation text, stated_text text, speaker text, speaker_ko text,
  source_slug text, publisher text, publisher_en text, published_on text, published_precision text, published_basis text,
  qualifier text, value float8, lower float8, upper float8, ref_date text, ref_date_precision text)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
-- A scan of a table larger than a quarter of shared_buffers otherwise starts where the last one
-- got to, and "the first documents in stored order" would differ from one search to the next.
SET synchronize_seqscans = off
AS $$
#variable_conflict use_column
DECLARE
  words tsquery := to_tsquery('simple', look_up);
  each_group tsquery[] := ARRAY(SELECT to_tsquery('simple', g) FROM unnest(groups) g);
  -- Every group at once: one match a document rather than one a group, for the usual pass that
  -- needs them all.
  every_group tsquery;
  ranking tsquery := to_tsquery('simple', rank_terms);
  found int[] := '{}';
  stated int[];
  g tsquery;
BEGIN
  FOREACH g IN ARRAY each_group LOOP
    every_group := CASE WHEN every_group IS NULL THEN g ELSE every_group && g END;
  END LOOP;
  IF look_up IS NULL THEN
    NULL;
  ELSIF look_up_limit IS NULL THEN
    found := ARRAY(
      SELECT f.citation_id FROM (SELECT d.citation_id, d.document FROM search_documents d WHERE d.document @@ words OFFSET 0) f
      WHERE CASE WHEN need = cardinality(each_group) THEN f.document @@ every_group ELSE (SELECT count(*) FROM unnest(each_group) e WHERE f.document @@ e) >= need END
      LIMIT candidates_max);
  ELSE
    -- Planned with this call's words: only the planner, from the statistics, knows whether
    -- reading documents in stored order finds `look_up_limit` of them sooner than the index
    -- (which reads every entry of the words first: 40 ms for a word all 100,000 synthetic
    -- documents hold, where reading in order takes 4 ms).
    EXECUTE 'SELECT ARRAY(
        SELECT f.citation_id FROM (SELECT d.citation_id, d.document FROM search_documents d WHERE d.document @@ $1 LIMIT $2) f
        WHERE CASE WHEN $3 = cardinality($4) THEN f.document @@ $5 ELSE (SELECT count(*) FROM unnest($4) e WHERE f.document @@ e) >= $3 END
        LIMIT $6)'
      INTO found USING words, look_up_limit, need, each_group, every_group, candidates_max;
  END IF;
  IF cardinality(figures) > 0 THEN
    -- From each number up and from it down, each through the index, so a range holding
    -- thousands of figures costs what a narrow one does (and so does the score's check below,
    -- a candidate at a time through search_numbers_citation_idx, migration 0019).
    stated := ARRAY(
      SELECT near.citation_id
      FROM unnest(figures, figures_lo, figures_hi) WITH ORDINALITY r(named, lo, hi, i)
      CROSS JOIN LATERAL (
        (SELECT n.citation_id, n.value FROM search_numbers n WHERE n.value >= r.named AND n.value < r.hi ORDER BY n.value, n.citation_id LIMIT candidates_max)
        UNION ALL
        (SELECT n.citation_id, n.value FROM search_numbers n WHERE n.value >= r.lo AND n.value < r.named ORDER BY n.value DESC, n.citation_id LIMIT candidates_max)
      ) near
      ORDER BY abs(near.value - r.named), r.i, near.citation_id
      LIMIT candidates_max);
    -- Together the two scans read each range whole: when they find nothing, no document states a
    -- figure in any of them, and no candidate's needs looking up.
    IF cardinality(stated) = 0 THEN
      figures_lo := '{}';
      figures_hi := '{}';
    END IF;
    found := found || stated;
  END IF;
  RETURN QUERY
    WITH best AS (
      SELECT DISTINCT ON (d.metric_id) d.metric_id, d.citation_id,
        ((CASE WHEN ranking IS NULL THEN 0 ELSE ts_rank('{0.1, 0.3, 0.6, 1.0}', d.document, ranking, 32) END)
         + (CASE WHEN cardinality(figures_lo) = 0 THEN 0
                 WHEN EXISTS (SELECT 1 FROM unnest(figures_lo, figures_hi) r(lo, hi) JOIN search_numbers n ON n.citation_id = d.citation_id AND n.value >= r.lo AND n.value < r.hi) THEN 1 ELSE 0 END)
         + (CASE WHEN sentence IS NULL THEN 0 ELSE 2 * word_similarity(lower((SELECT k.quote FROM citations k WHERE k.id = d.citation_id)), sentence) END))::float8 AS score
      FROM search_documents d
      WHERE d.citation_id = ANY (found)
      ORDER BY d.metric_id, 3 DESC, d.citation_id
    ),
    ranked AS (
      SELECT b.metric_id, b.citation_id, b.score, m.slug, m.label, m.label_ko, m.category, m.unit
      FROM best b JOIN metrics m ON m.id = b.metric_id
      ORDER BY b.score DESC, m.slug
      LIMIT page_limit OFFSET page_offset
    ),
    page AS (
      SELECT r.slug AS metric_slug, r.label, r.label_ko, r.category::text, r.unit::text, r.score,
        k.key AS citation_key, k.quote, k.translation, k.stated_text, c.speaker, c.speaker_ko,
        s.slug AS source_slug, s.publisher, s.publisher_en, s.published_on::text, s.published_precision::text, s.published_basis::text,
        h.qualifier, h.value, h.lower, h.upper, h.ref_date, h.ref_date_precision
      FROM ranked r
      JOIN citations k ON k.id = r.citation_id
      JOIN claims c ON c.id = k.claim_id
      JOIN sources s ON s.id = k.source_id
      LEFT JOIN LATERAL (
        SELECT h.qualifier::text AS qualifier, h.value::float8 AS value, h.lower::float8 AS lower, h.upper::float8 AS upper,
          h.ref_date::text AS ref_date, h.ref_date_precision::text AS ref_date_precision
        FROM claims h WHERE h.metric_id = r.metric_id
        ORDER BY CASE h.rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, h.key
        LIMIT 1
      ) h ON true
    )
    SELECT cardinality(found), p.* FROM (SELECT 1) one LEFT JOIN page p ON true
    ORDER BY p.score DESC, p.metric_slug;
END $$;
