-- A misspelt word beside a number is corrected, as it is beside other words. Since 0026, figures
-- answered alone whenever no word the reader typed was in any document: "deepsek 56%" listed every
-- citation stating 56%, uncorrected and each lacking "deepsek", and "brodcom 17%" put Zimbabwe's
-- 17% above Broadcom's 17.40% fall. Now figures answer first only for a query of numbers alone; a
-- query with words goes on to the passes over fewer words and to the typo pass, and figures alone
-- are its last pass, when no citation holds any word, correction or number as the texts write it
-- ("zzqx 30000"). search_holding gives no look-up for that pass (it needs no word), so search_page
-- takes the figures alone, as in the first pass. search_metrics is otherwise as 0031 made it.
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
  -- Whether a range named holds a figure: asked once, where no pass over every word looks words up.
  figure_stated boolean;
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
  -- Figures alone, first only when the reader typed numbers alone and last otherwise (below), and
  -- only if a range holds one: else the page would find nothing, at 0.4 ms of a search with a typo
  -- and a number (syntetic metrc 2300). A word goes on to the passes over fewer words and to its
  -- corrections ("brodcom 17%" → broadcom).
  IF pass.look_up IS NULL AND cardinality(figures) > 0 THEN
    -- In the order of the figures' own index, which a generic plan otherwise passes over for the
    -- index by citation, read whole.
    figure_stated := EXISTS (SELECT 1 FROM unnest(figures_lo, figures_hi) r(lo, hi) CROSS JOIN LATERAL (SELECT 1 FROM search_numbers n WHERE n.value >= r.lo AND n.value < r.hi ORDER BY n.value LIMIT 1) n);
  END IF;
  IF pass.look_up IS NOT NULL OR (cardinality(word_terms) = 0 AND figure_stated) THEN
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
  -- Last, when no citation holds any word, correction or number as written: the figures named, as
  -- the reader's numbers alone would find them, each result lacking the words ("zzqx 30000").
  IF figure_stated AND cardinality(word_terms) > 0 THEN
    needs := needs || 0;
  END IF;
  FOREACH need IN ARRAY needs LOOP
    SELECT * INTO pass FROM search_holding(group_queries, group_documents, need, looked_up);
    IF pass.look_up IS NOT NULL OR need = 0 THEN
      RETURN QUERY SELECT corrected, p.* FROM search_page(pass.look_up, pass.look_up_limit, pass.look_up_documents, coalesce(pass.groups, '{}'), need,
        figures, figures_lo, figures_hi, candidates_max, nullif(array_to_string(ARRAY(SELECT coalesce(rank_words[array_position(terms, c.w)], '''' || c.w || ''':*') FROM unnest(corrected) WITH ORDINALITY c(w, i) ORDER BY c.i), ' | '), ''),
        sentence, page_limit, page_offset,
        asked, ARRAY(SELECT to_tsquery('simple', g.q) FROM unnest(group_queries) WITH ORDINALITY g(q, i) ORDER BY g.i)) p
        WHERE p.candidates > 0;
      IF FOUND THEN RETURN; END IF;
    END IF;
  END LOOP;
END $$;
