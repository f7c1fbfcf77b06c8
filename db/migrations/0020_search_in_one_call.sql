-- A search in one call: which pass answers (every word, then enough of them, then the words with
-- typos corrected) is decided here, beside the statements of 0018, rather than in db/search.ts
-- with a call per statement. A search cost two calls at least and four with a typo, and each call
-- costs the server a round trip: a write to PostgreSQL's socket, or a message to PGlite's thread.
-- db/search.ts now reads the query into terms and word ranges and makes this one call.

-- What a pass looks up, from its groups (each a tsquery of the words any of which will do, with
-- how many documents hold one of them): documents that hold at least `need` of the groups. Those
-- all hold one of the rarest (present - need + 1) groups, so only they are looked up (`look_up`,
-- NULL when no document can hold `need`); when they are common (more than `looked_up` documents),
-- the first `looked_up` documents holding them (`look_up_limit`). `groups`: those any document holds.
CREATE FUNCTION search_holding(group_queries text[], group_documents bigint[], need int, looked_up int,
  OUT look_up text, OUT look_up_limit int, OUT groups text[])
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  WITH present AS (
    SELECT u.q, u.d, u.i FROM unnest(group_queries, group_documents) WITH ORDINALITY u(q, d, i) WHERE u.d > 0
  ),
  rarest AS (
    SELECT p.q, p.d, p.i FROM present p ORDER BY p.d, p.i
    LIMIT greatest((SELECT count(*) FROM present) - need + 1, 0)
  )
  SELECT
    (SELECT string_agg(r.q, ' | ' ORDER BY r.d, r.i) FROM rarest r),
    CASE WHEN (SELECT sum(r.d) FROM rarest r) > looked_up THEN looked_up END,
    ARRAY(SELECT p.q FROM present p ORDER BY p.i)
  INTO look_up, look_up_limit, groups
  WHERE need > 0 AND (SELECT count(*) FROM present) >= need;
END $$;--> statement-breakpoint

-- Each word as the start of a word, any of them: 'a':* | 'b':* (terms hold only letters, digits,
-- '.' and ',' (lib/search.ts TOKEN): nothing tsquery reads as an operator).
CREATE FUNCTION search_any_word(words text[]) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT string_agg(format('''%s'':*', u.w), ' | ' ORDER BY u.i) FROM unnest(words) WITH ORDINALITY u(w, i));
END $$;--> statement-breakpoint

-- Metrics for a query, best first, `page_limit` from `page_offset`, each row with `searched`, the
-- terms it was found by (typos corrected), and search_page's columns. `terms` are the query's words
-- and numbers as written, `word_terms` those that are words; `starts`/`afters` each term's range of
-- the word list, `first_starts`/`first_afters` its first letter's (where its corrections are
-- sought); `figures` the numbers named, with their ranges. Each pass is looser than the one
-- before, and the first that finds any citation answers:
--   1. every word (and every number the documents hold as a word), and any figure named by value;
--   2. enough of the words: all of one or two, else a third, at least two (a pasted sentence
--      holds more than its quote);
--   3. when a word starts no word the documents hold: each such word replaced by the `per_term`
--      words most like it, every group, then enough of them.
-- No row: nothing found.
CREATE FUNCTION search_metrics(
  terms text[], word_terms text[], starts text[], afters text[], first_starts text[], first_afters text[],
  figures numeric[], figures_lo numeric[], figures_hi numeric[], sentence text,
  page_limit int, page_offset int, candidates_max int, looked_up int, per_term int)
RETURNS TABLE (
  searched text[],
  candidates int, metric_slug text, label text, label_ko text, category text, unit text, score float8,
  citation_key text, quote text, translation text, stated_text text, speaker text, speaker_ko text,
  source_slug text, publisher text, publisher_en text, published_on text, published_precision text, published_basis text,
  qualifier text, value float8, lower float8, upper float8, ref_date text, ref_date_precision text)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
  frequency bigint[] := search_word_documents(starts, afters);
  term_count int := cardinality(terms);
  enough int := CASE WHEN cardinality(terms) <= 2 THEN cardinality(terms) ELSE greatest(2, ceil(cardinality(terms) / 3.0)::int) END;
  strict_terms text[];
  pass record;
  group_queries text[];
  group_documents bigint[];
  corrected text[];
  need int;
BEGIN
  -- 1. Every word; a number no document writes as a word (5.576 million) is matched by value.
  strict_terms := ARRAY(SELECT u.t FROM unnest(terms, frequency) WITH ORDINALITY u(t, f, i) WHERE u.t = ANY (word_terms) OR u.f > 0 ORDER BY u.i);
  SELECT * INTO pass FROM search_holding(
    ARRAY(SELECT search_any_word(ARRAY[u.t]) FROM unnest(terms, frequency) WITH ORDINALITY u(t, f, i) WHERE u.t = ANY (strict_terms) ORDER BY u.i),
    ARRAY(SELECT u.f FROM unnest(terms, frequency) WITH ORDINALITY u(t, f, i) WHERE u.t = ANY (strict_terms) ORDER BY u.i),
    cardinality(strict_terms), looked_up);
  IF pass.look_up IS NOT NULL OR cardinality(figures) > 0 THEN
    RETURN QUERY SELECT terms, p.* FROM search_page(pass.look_up, pass.look_up_limit, coalesce(pass.groups, '{}'), CASE WHEN pass.look_up IS NULL THEN 0 ELSE cardinality(strict_terms) END,
      figures, figures_lo, figures_hi, candidates_max, search_any_word(terms), sentence, page_limit, page_offset) p
      WHERE p.candidates > 0;
    IF FOUND THEN RETURN; END IF;
  END IF;
  IF term_count = 0 THEN RETURN; END IF;

  -- 2. Enough of the words.
  SELECT * INTO pass FROM search_holding(ARRAY(SELECT search_any_word(ARRAY[u.t]) FROM unnest(terms) WITH ORDINALITY u(t, i) ORDER BY u.i), frequency, enough, looked_up);
  IF pass.look_up IS NOT NULL THEN
    RETURN QUERY SELECT terms, p.* FROM search_page(pass.look_up, pass.look_up_limit, pass.groups, enough,
      '{}', figures_lo, figures_hi, candidates_max, search_any_word(terms), sentence, page_limit, page_offset) p
      WHERE p.candidates > 0;
    IF FOUND THEN RETURN; END IF;
  END IF;
  IF 0 < ALL (frequency) THEN RETURN; END IF;

  -- 3. Typos: each term no document word starts with, as the words most like it.
  WITH misspelt AS (
    SELECT u.t, u.s, u.a, u.i, row_number() OVER (ORDER BY u.i) - 1 AS m
    FROM unnest(terms, frequency, first_starts, first_afters) WITH ORDINALITY u(t, f, s, a, i) WHERE u.f = 0
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
  SELECT ARRAY(SELECT search_any_word(g.words) FROM grouped g ORDER BY g.i), ARRAY(SELECT g.documents FROM grouped g ORDER BY g.i),
    -- Every word searched, in order, once: what the results are marked by.
    ARRAY(SELECT w.word FROM (SELECT DISTINCT ON (x.word) x.word, g.i, x.j FROM grouped g CROSS JOIN LATERAL unnest(g.words) WITH ORDINALITY x(word, j) ORDER BY x.word, g.i, x.j) w ORDER BY w.i, w.j)
  INTO group_queries, group_documents, corrected;
  FOREACH need IN ARRAY ARRAY[(SELECT count(*)::int FROM unnest(group_documents) d WHERE d > 0), enough] LOOP
    SELECT * INTO pass FROM search_holding(group_queries, group_documents, need, looked_up);
    IF pass.look_up IS NOT NULL THEN
      RETURN QUERY SELECT corrected, p.* FROM search_page(pass.look_up, pass.look_up_limit, pass.groups, need,
        '{}', figures_lo, figures_hi, candidates_max, search_any_word(corrected), sentence, page_limit, page_offset) p
        WHERE p.candidates > 0;
      IF FOUND THEN RETURN; END IF;
    END IF;
  END LOOP;
END $$;
