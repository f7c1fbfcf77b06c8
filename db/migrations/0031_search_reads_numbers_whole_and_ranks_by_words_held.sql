-- A number in a query is matched as written whole, not as the start of longer numbers (see
-- search_terms below). search_metrics takes each term's query from search_terms, where it built
-- every term's as a word start, for which documents each pass finds and what a result lacks; the
-- ranking reads one word a term, as before, a number whole, and a term corrected for a typo is as
-- before. search_page knows a number's group in its new
-- form (0025's rule: where the documents write a number of the query, a figure named by value
-- counts only for a citation holding every word). Otherwise both are as 0026 made them, but for
-- the share of the words held, below.
--
-- In a pass over some of the words (enough of them, or any one), a citation holding more of the
-- reader's words ranks above one holding fewer: its score gains the share of the words it holds.
-- Before, the words' weights alone ranked them, and one word in a label outweighed two in a quote:
-- "stock drops after the DeepSeek shock" put DeepSeek-R1's cost first, holding two of the five
-- words (DeepSeek in its label, a drop in its quote), above the share prices that fell, holding
-- three. The share is at most 1, as a figure named is, and a pasted sentence's likeness to a
-- quote (up to 2) still decides between the citations of one article. A pass over every word is
-- unchanged: there, each candidate holds them all.
--
-- Each term as the query its documents are matched by, and how many documents hold it: a word
-- as a word start (딥시크 finds 딥시크의), as before; a number as written whole. A number's word
-- start found longer numbers: "20%" found every document dated 2025, above the citations that
-- write 20%, and "metric 1" found metric 1101 first. A number is now the word itself or one that
-- goes on with a letter (20일, 20여, 557만, 20th), and what goes on with digits is a number of its
-- own, found by its value if near. (The parser reads 50,000 as 50 and 000: 50 finds it still.) A
-- continuation is a letter, so that its start, quoted, stays one word when read as a query. The
-- words are read once, by the range of the key the term starts, as search_word_documents (0018),
-- which this replaces, read them.
CREATE FUNCTION search_terms(terms text[], starts text[], afters text[])
RETURNS TABLE (query text, documents bigint, ranked text)
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN QUERY
    SELECT
      CASE WHEN n.number
        -- The number itself, then each letter the texts go on with after it, once, as a word start.
        THEN '''' || u.t || '''' || coalesce(' | ' || (
          SELECT string_agg(DISTINCT '''' || left(w.word, length(u.t) + 1) || ''':*', ' | ')
          FROM search_words w WHERE w.word > u.s AND w.word < u.a AND starts_with(w.word, u.s) AND substr(w.word, length(u.t) + 1, 1) ~ '^[a-z가-힣ㄱ-ㅎ]'), '')
        ELSE '''' || u.t || ''':*' END,
      (SELECT coalesce(sum(w.documents), 0)::bigint FROM search_words w
       WHERE w.word >= u.s AND w.word < u.a AND starts_with(w.word, u.s)
         AND (NOT n.number OR w.word = u.t OR substr(w.word, length(u.t) + 1, 1) ~ '^[a-z가-힣ㄱ-ㅎ]')),
      -- What a page is ranked by: one word a term, a number the word itself. Each way it goes on,
      -- as a word of the query, would shrink every citation's rank (ts_rank divides by the query's
      -- words) and let a figure named outweigh where the words are; its start would rank 2025 for 20.
      CASE WHEN n.number THEN '''' || u.t || '''' ELSE '''' || u.t || ''':*' END
    FROM unnest(terms, starts, afters) WITH ORDINALITY u(t, s, a, i)
    CROSS JOIN LATERAL (SELECT u.t ~ '^[0-9]+(\.[0-9]+)?$' AS number) n
    ORDER BY u.i;
END $$;--> statement-breakpoint
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
  -- A number's group (search_terms, 0031) starts with the number as a word, whole; a number with
  -- a comma is still a lone word start. A typo's corrections are word starts, never whole.
  number_written boolean := EXISTS (SELECT 1 FROM unnest(groups) w WHERE w ~ '^''[0-9][0-9.,]*''( \||$)' OR w ~ '^''[0-9][0-9.,]*'':\*$');
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
END $$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION search_metrics(
  terms text[], word_terms text[], starts text[], afters text[], first_starts text[], first_afters text[],
  figures numeric[], figures_lo numeric[], figures_hi numeric[], sentence text,
  page_limit int, page_offset int, candidates_max int, looked_up int, per_term int)
RETURNS TABLE (
  searched text[],
  candidates int, metric_slug text, label text, label_ko text, category text, unit text, score float8,
  citation_key text, quote text, translation text, stated_text text, speaker text, speaker_ko text,
  source_slug text, publisher text, publisher_en text, published_on text, published_precision text, published_basis text,
  qualifier text, value float8, lower float8, upper float8, ref_date text, ref_date_precision text,
  missing text[])
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
  -- Each term as a query, how many documents hold it, and as the ranking reads it (search_terms).
  term_query text[];
  frequency bigint[];
  rank_words text[];
  term_count int := cardinality(terms);
  enough int := CASE WHEN cardinality(terms) <= 2 THEN cardinality(terms) ELSE greatest(2, ceil(cardinality(terms) / 3.0)::int) END;
  -- The reader's words as a result may lack them, in order: a number read as a value is NULL.
  asked text[] := ARRAY(SELECT CASE WHEN u.t = ANY (word_terms) THEN u.t END FROM unnest(terms) WITH ORDINALITY u(t, i) ORDER BY u.i);
  each_check tsquery[];
  strict_terms text[];
  pass record;
  group_queries text[];
  group_documents bigint[];
  corrected text[];
  needs int[];
  need int;
BEGIN
  SELECT coalesce(array_agg(q.query ORDER BY q.i), '{}'), coalesce(array_agg(q.documents ORDER BY q.i), '{}'), coalesce(array_agg(q.ranked ORDER BY q.i), '{}')
  INTO term_query, frequency, rank_words
  FROM search_terms(terms, starts, afters) WITH ORDINALITY q(query, documents, ranked, i);
  each_check := ARRAY(SELECT to_tsquery('simple', w.q) FROM unnest(term_query) WITH ORDINALITY w(q, i) ORDER BY w.i);
  -- 1. Every word; a number no document writes as a word (5.576 million) is matched by value.
  strict_terms := ARRAY(SELECT u.t FROM unnest(terms, frequency) WITH ORDINALITY u(t, f, i) WHERE u.t = ANY (word_terms) OR u.f > 0 ORDER BY u.i);
  SELECT * INTO pass FROM search_holding(
    ARRAY(SELECT u.q FROM unnest(terms, term_query) WITH ORDINALITY u(t, q, i) WHERE u.t = ANY (strict_terms) ORDER BY u.i),
    ARRAY(SELECT u.f FROM unnest(terms, frequency) WITH ORDINALITY u(t, f, i) WHERE u.t = ANY (strict_terms) ORDER BY u.i),
    cardinality(strict_terms), looked_up);
  -- Figures alone only when no word the reader typed is in any document (every word misspelt, or
  -- only numbers), and only if a range holds one: else the page would find nothing, at 0.4 ms of a
  -- search with a typo and a number (syntetic metrc 2300). A word some document holds goes on to
  -- the passes over fewer words, which score the figures too ("nvidai stock 17.2%").
  IF pass.look_up IS NOT NULL
     OR (NOT EXISTS (SELECT 1 FROM unnest(terms, frequency) u(t, f) WHERE u.t = ANY (word_terms) AND u.f > 0)
       -- In the order of the figures' own index, which a generic plan otherwise passes over for the
       -- index by citation, read whole.
       AND EXISTS (SELECT 1 FROM unnest(figures_lo, figures_hi) r(lo, hi) CROSS JOIN LATERAL (SELECT 1 FROM search_numbers n WHERE n.value >= r.lo AND n.value < r.hi ORDER BY n.value LIMIT 1) n)) THEN
    RETURN QUERY SELECT terms, p.* FROM search_page(pass.look_up, pass.look_up_limit, pass.look_up_documents, coalesce(pass.groups, '{}'), CASE WHEN pass.look_up IS NULL THEN 0 ELSE cardinality(strict_terms) END,
      figures, figures_lo, figures_hi, candidates_max, nullif(array_to_string(rank_words, ' | '), ''), sentence, page_limit, page_offset,
      -- Only a citation stating a figure named joins the candidates without every word.
      asked, CASE WHEN cardinality(figures) > 0 THEN each_check END) p
      WHERE p.candidates > 0;
    IF FOUND THEN RETURN; END IF;
  END IF;
  IF term_count = 0 THEN RETURN; END IF;

  -- 2. Enough of the words.
  SELECT * INTO pass FROM search_holding(term_query, frequency, enough, looked_up);
  IF pass.look_up IS NOT NULL THEN
    RETURN QUERY SELECT terms, p.* FROM search_page(pass.look_up, pass.look_up_limit, pass.look_up_documents, pass.groups, enough,
      figures, figures_lo, figures_hi, candidates_max, nullif(array_to_string(rank_words, ' | '), ''), sentence, page_limit, page_offset, asked, each_check) p
      WHERE p.candidates > 0;
    IF FOUND THEN RETURN; END IF;
  END IF;

  IF 0 < ALL (frequency) THEN
    -- 4. Every word is in some document, but too few in any one: any of them.
    group_queries := term_query;
    group_documents := frequency;
    corrected := terms;
    needs := ARRAY[1];
  ELSE
    -- 3. Typos: each term no document word starts with, as the words most like it.
    WITH misspelt AS (
      SELECT u.t, u.s, u.a, u.i, row_number() OVER (ORDER BY u.i) - 1 AS m
      -- A number read as a value is not a typo: trigrams find 3000 like 30000 (1.0).
      FROM unnest(terms, frequency, first_starts, first_afters) WITH ORDINALITY u(t, f, s, a, i) WHERE u.f = 0 AND u.t = ANY (word_terms)
    ),
    corrections AS (
      SELECT c.term, c.word, c.documents, c.k
      FROM search_corrections(ARRAY(SELECT m.t FROM misspelt m ORDER BY m.i), ARRAY(SELECT m.s FROM misspelt m ORDER BY m.i), ARRAY(SELECT m.a FROM misspelt m ORDER BY m.i), per_term)
        WITH ORDINALITY c(term, word, documents, k)
    ),
    grouped AS (
      SELECT u.i,
        CASE WHEN u.f > 0 THEN ARRAY[u.t] ELSE ARRAY(SELECT c.word FROM corrections c JOIN misspelt m ON m.m = c.term WHERE m.i = u.i ORDER BY c.k) END AS words,
        CASE WHEN u.f > 0 THEN u.f ELSE (SELECT coalesce(sum(c.documents), 0) FROM corrections c JOIN misspelt m ON m.m = c.term WHERE m.i = u.i) END AS documents
      FROM unnest(terms, frequency) WITH ORDINALITY u(t, f, i)
    )
    SELECT ARRAY(SELECT CASE WHEN frequency[g.i::int] > 0 THEN term_query[g.i::int] ELSE search_any_word(g.words) END FROM grouped g ORDER BY g.i), ARRAY(SELECT g.documents FROM grouped g ORDER BY g.i),
      -- Every word searched, in order, once: what the results are marked by.
      ARRAY(SELECT w.word FROM (SELECT DISTINCT ON (x.word) x.word, g.i, x.j FROM grouped g CROSS JOIN LATERAL unnest(g.words) WITH ORDINALITY x(word, j) ORDER BY x.word, g.i, x.j) w ORDER BY w.i, w.j)
    INTO group_queries, group_documents, corrected;
    -- Every word that has a document (as corrected), then enough of them, then (4.) any one.
    needs := ARRAY(SELECT DISTINCT n FROM unnest(ARRAY[(SELECT count(*)::int FROM unnest(group_documents) d WHERE d > 0), enough, 1]) n WHERE n > 0 ORDER BY n DESC);
  END IF;
  FOREACH need IN ARRAY needs LOOP
    SELECT * INTO pass FROM search_holding(group_queries, group_documents, need, looked_up);
    IF pass.look_up IS NOT NULL THEN
      RETURN QUERY SELECT corrected, p.* FROM search_page(pass.look_up, pass.look_up_limit, pass.look_up_documents, pass.groups, need,
        figures, figures_lo, figures_hi, candidates_max, nullif(array_to_string(ARRAY(SELECT coalesce(rank_words[array_position(terms, c.w)], '''' || c.w || ''':*') FROM unnest(corrected) WITH ORDINALITY c(w, i) ORDER BY c.i), ' | '), ''),
        sentence, page_limit, page_offset,
        asked, ARRAY(SELECT to_tsquery('simple', g.q) FROM unnest(group_queries) WITH ORDINALITY g(q, i) ORDER BY g.i)) p
        WHERE p.candidates > 0;
      IF FOUND THEN RETURN; END IF;
    END IF;
  END LOOP;
END $$;--> statement-breakpoint

DROP FUNCTION search_word_documents(text[], text[]);
