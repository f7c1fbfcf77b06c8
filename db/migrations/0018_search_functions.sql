-- Search's statements as functions, so each is planned once per connection rather than once per
-- search: planning the ranked page took 1.1–1.7 ms of a new search's 2–5 ms in the database, and
-- on PGlite it runs on the server's own thread. Their plans hold for any arguments (lookups by key
-- and by index range, a bounded number of candidates), so the generic plan is forced: no custom
-- plans for the first five calls, and no switch between plans as the arguments change. The one
-- statement whose best plan hangs on how common its words are is planned on each call instead.
-- Values a plan needs as constants (the tsqueries) are made once per call, not once per row.
--
-- db/search.ts decides what each pass looks for (which words are rare, which typo corrections to
-- try) and calls these; the SQL is the same on PGlite and PostgreSQL.

-- How many documents hold a word starting with each prefix: `starts`, with `afters` the first key
-- past that prefix (PostgreSQL 15 does not turn starts_with into a range of the key by itself).
CREATE FUNCTION search_word_documents(starts text[], afters text[]) RETURNS bigint[]
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN ARRAY(
    SELECT (SELECT coalesce(sum(w.documents), 0) FROM search_words w WHERE w.word >= u.s AND w.word < u.a AND starts_with(w.word, u.s))::bigint
    FROM unnest(starts, afters) WITH ORDINALITY u(s, a, i)
    ORDER BY u.i);
END $$;--> statement-breakpoint

-- The `per_term` words most like each misspelt term, among those sharing its first letter (the
-- key range `starts`..`afters`), by trigram likeness; `term` counts the misspelt terms from 0.
CREATE FUNCTION search_corrections(misspelt text[], starts text[], afters text[], per_term int)
RETURNS TABLE (term int, word text, documents int)
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN QUERY
    SELECT (u.i - 1)::int, c.word, c.documents
    FROM unnest(misspelt, starts, afters) WITH ORDINALITY u(t, s, a, i)
    CROSS JOIN LATERAL (
      SELECT w.word, w.documents FROM search_words w
      WHERE w.word >= u.s AND w.word < u.a AND starts_with(w.word, u.s) AND w.word % u.t
      ORDER BY similarity(w.word, u.t) DESC, w.word
      LIMIT per_term
    ) c
    ORDER BY u.i;
END $$;--> statement-breakpoint

-- One page of a search pass. Candidates, at most `candidates_max` from each part:
--   by words: documents holding `look_up` (a tsquery) that hold at least `need` of `groups` (one
--     tsquery each). With `look_up_limit`, the words are common: the first that many documents
--     holding them, in stored order. Without it, every document holding them, through the index.
--     NULL `look_up`: no words part.
--   by figures: citations stating a figure within [figures_lo, figures_hi), nearest the number
--     named (`figures`) first. Empty `figures`: no figures part; the ranges still score.
-- Ranked one per metric, best first: how well `rank_terms` match, weighted by where (label and
-- subject, then speaker and source, then quote and translation, then the rest); 1 for a figure
-- within a range; and for a pasted `sentence`, twice how much of a quote it contains. Then the page
-- (`page_limit` from `page_offset`) with what a result shows: the metric, its headline claim
-- (db/queries.ts CLAIM_ORDER: the preferred claim, else the first by key), the citation, its
-- speaker and source. `candidates` counts what the pass found, so a row comes back even when the
-- page is empty (a later page of a search that found something).
CREATE FUNCTION search_page(
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
    found := found || ARRAY(
      SELECT near.citation_id
      FROM unnest(figures, figures_lo, figures_hi) WITH ORDINALITY r(named, lo, hi, i)
      CROSS JOIN LATERAL (
        (SELECT n.citation_id, n.value FROM search_numbers n WHERE n.value >= r.named AND n.value < r.hi ORDER BY n.value, n.citation_id LIMIT candidates_max)
        UNION ALL
        (SELECT n.citation_id, n.value FROM search_numbers n WHERE n.value >= r.lo AND n.value < r.named ORDER BY n.value DESC, n.citation_id LIMIT candidates_max)
      ) near
      ORDER BY abs(near.value - r.named), r.i, near.citation_id
      LIMIT candidates_max);
  END IF;
  RETURN QUERY
    WITH best AS (
      SELECT DISTINCT ON (d.metric_id) d.metric_id, d.citation_id,
        ((CASE WHEN ranking IS NULL THEN 0 ELSE ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', d.document, ranking, 32) END)
         + (CASE WHEN EXISTS (SELECT 1 FROM unnest(figures_lo, figures_hi) r(lo, hi) JOIN search_numbers n ON n.citation_id = d.citation_id AND n.value >= r.lo AND n.value < r.hi) THEN 1 ELSE 0 END)
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
