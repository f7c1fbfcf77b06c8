-- In a pass over some of the words (enough of them, or any one), a citation holding more of the
-- reader's words ranks above one holding fewer: its score gains the share of the words it holds.
-- Before, the words' weights alone ranked them, and one word in a label outweighed two in a quote:
-- "stock drops after the DeepSeek shock" put DeepSeek-R1's cost first, holding two of the five
-- words (DeepSeek in its label, a drop in its quote), above the share prices that fell, holding
-- three. The share is at most 1, as a figure named is, and a pasted sentence's likeness to a
-- quote (up to 2) still decides between the citations of one article. A pass over every word is
-- unchanged: there, each candidate holds them all. Otherwise search_page is as 0026 made it.
CREATE OR REPLACE FUNCTION search_page(
  look_up text, look_up_limit int, look_up_documents bigint, groups text[], need int,
  figures numeric[], figures_lo numeric[], figures_hi numeric[], candidates_max int,
  rank_terms text, sentence text, page_limit int, page_offset int, asked text[], checks tsquery[])
RETURNS TABLE (
  candidates int, metric_slug text, label text, label_ko text, category text, unit text, score float8,
  citation_key text, quote text, translation text, stated_text text, speaker text, speaker_ko text,
  source_slug text, publisher text, publisher_en text, published_on text, published_precision text, published_basis text,
  qualifier text, value float8, lower float8, upper float8, ref_date text, ref_date_precision text,
  missing text[])
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
  -- Whether `stated` holds every citation stating a figure in the ranges named.
  stated_whole boolean := false;
  -- Whether the words looked up include a number as the documents write it (the 3 of Llama 3).
  number_written boolean := EXISTS (SELECT 1 FROM unnest(groups) w WHERE w ~ '^''[0-9][0-9.,]*'':\*$');
  -- What the page says it found: the words' candidates where words were looked up, else the figures'.
  by_words int;
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
  ELSIF (SELECT c.reltuples > 0 AND look_up_documents::float8 ^ 2 >= 4.0 * look_up_limit * c.reltuples FROM pg_class c WHERE c.oid = 'search_documents'::regclass) THEN
    -- So many documents hold the words that reading in stored order expects to find
    -- `look_up_limit` of them within look_up_limit × (all documents) / look_up_documents, at most a
    -- quarter of the entries the index holds for those words (a document read costs two to three
    -- entries'): the plan is known without asking the planner, and asking it, every call, was 0.2
    -- of search_page's 1.1 ms on PGlite. (reltuples is the planner's own count of documents, -1
    -- before any ANALYZE, when the planner decides.)
    found := search_in_stored_order(words, look_up_limit, need, each_group, every_group, candidates_max);
  ELSE
    -- Otherwise planned with this call's words: only the planner, from the statistics, knows whether
    -- reading documents in stored order finds `look_up_limit` of them sooner than the index
    -- (which reads every entry of the words first: 40 ms for a word all 100,000 synthetic
    -- documents hold, where reading in order takes 4 ms).
    EXECUTE 'SELECT ARRAY(
        SELECT f.citation_id FROM (SELECT d.citation_id, d.document FROM search_documents d WHERE d.document @@ $1 LIMIT $2) f
        WHERE CASE WHEN $3 = cardinality($4) THEN f.document @@ $5 ELSE (SELECT count(*) FROM unnest($4) e WHERE f.document @@ e) >= $3 END
        LIMIT $6)'
      INTO found USING words, look_up_limit, need, each_group, every_group, candidates_max;
  END IF;
  by_words := cardinality(found);
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
    -- Together the two scans read each range whole: short of the bound, they found every citation
    -- stating a figure in one, and a candidate's figure is a look-up in what they found.
    stated_whole := cardinality(stated) < candidates_max;
    found := found || stated;
  END IF;
  RETURN QUERY
    WITH best AS (
      SELECT DISTINCT ON (d.metric_id) d.metric_id, d.citation_id,
        ((CASE WHEN ranking IS NULL THEN 0 ELSE ts_rank('{0.1, 0.3, 0.6, 1.0}', d.document, ranking, 32) END)
         -- Where a number is looked up as written, a figure named by value counts only for the
         -- citations that hold every word of this pass as well, in every pass.
         + (CASE WHEN number_written AND NOT (d.document @@ every_group) THEN 0
                 WHEN stated_whole THEN (CASE WHEN d.citation_id = ANY (stated) THEN 1 ELSE 0 END)
                 WHEN cardinality(figures_lo) = 0 THEN 0
                 WHEN EXISTS (SELECT 1 FROM unnest(figures_lo, figures_hi) r(lo, hi) JOIN search_numbers n ON n.citation_id = d.citation_id AND n.value >= r.lo AND n.value < r.hi) THEN 1 ELSE 0 END)
         + (CASE WHEN sentence IS NULL THEN 0 ELSE 2 * word_similarity(lower((SELECT k.quote FROM citations k WHERE k.id = d.citation_id)), sentence) END)
         -- In a pass over some of the words, the share of them the citation holds.
         + (CASE WHEN need < cardinality(each_group) THEN (SELECT count(*) FROM unnest(each_group) e WHERE d.document @@ e)::float8 / cardinality(each_group) ELSE 0 END))::float8 AS score
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
        h.qualifier, h.value, h.lower, h.upper, h.ref_date, h.ref_date_precision,
        CASE WHEN checks IS NULL THEN '{}'::text[] ELSE ARRAY(
          SELECT u.w FROM search_documents sd CROSS JOIN LATERAL unnest(asked, checks) WITH ORDINALITY u(w, q, i)
          WHERE sd.citation_id = r.citation_id AND u.w IS NOT NULL AND NOT coalesce(sd.document @@ u.q, false)
          ORDER BY u.i) END AS missing
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
    SELECT CASE WHEN look_up IS NULL THEN cardinality(found) ELSE by_words END, p.* FROM (SELECT 1) one LEFT JOIN page p ON true
    ORDER BY p.score DESC, p.metric_slug;
END $$;
