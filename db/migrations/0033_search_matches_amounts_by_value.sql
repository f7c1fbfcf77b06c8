-- A number written as an amount (17%, $6m, 557만, 5억 5800만) is a figure: search matches it by
-- value in every pass and never requires a citation to write it as a word. Since 0025 a number some
-- document writes was looked up as a word, as the 3 of "Llama 3" must be; but the texts write 17%
-- where Nvidia's fall is 17.2%, so "nvidia 17%" required a citation to hold both nvidia and the
-- word 17, found none, and fell to the pass over any one word, where the figure named counts only
-- for a citation holding every word: Nvidia's five figures tied, its fall among them, and "17%"
-- alone scored Nvidia's 17.2% and Broadcom's 17.40% falls 0. The query says which of its numbers
-- are amounts (`amounts`, lib/search.ts); a bare number (Llama 3, 2025) is as before. An amount's
-- written form still ranks, so Zimbabwe's 17% stays above Nvidia's 17.2% for "17%".
--
-- A figure named counts by how near it is to the number: 1 for the number itself, down to 2/3 at
-- the foot of the range a reader may mean by it and 1/3 at its top (20% reads 15 to 30). Before,
-- any figure in the range counted 1, and with amounts matched by value "share 20%" put the
-- share-price falls of 17.2% to 21% (more "share" in their texts) above Nvidia's shares of 20%.
-- And a pass over every word, which takes the figures' citations without the words, weighs a
-- figure by the share of the words its citation holds (search_page): "nvidia 17%" has Nvidia's
-- fall first, not Zimbabwe's 17%, while "cost 30000" still leads with the H100's price.
--
-- search_metrics takes a new argument, so it is made anew; otherwise it is as 0032 made it, and
-- search_page as 0031 made it.
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
  -- What the figure adds to each citation in `stated` (below).
  stated_weight float8[];
  -- Whether fewer citations state a figure named than documents hold the rarest word (below).
  figure_rarer boolean;
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
    -- Nearest first, each as near as its range's width makes it, so that where two numbers are
    -- named a citation's first place in `stated` is its best.
    SELECT coalesce(array_agg(s.citation_id ORDER BY s.off, s.i, s.citation_id), '{}'), coalesce(array_agg(1 - s.off ORDER BY s.off, s.i, s.citation_id), '{}')
    INTO stated, stated_weight
    FROM (
      SELECT near.citation_id, abs(near.value - r.named)::float8 / (r.hi - r.lo)::float8 AS off, r.i
      FROM unnest(figures, figures_lo, figures_hi) WITH ORDINALITY r(named, lo, hi, i)
      CROSS JOIN LATERAL (
        (SELECT n.citation_id, n.value FROM search_numbers n WHERE n.value >= r.named AND n.value < r.hi ORDER BY n.value, n.citation_id LIMIT candidates_max)
        UNION ALL
        (SELECT n.citation_id, n.value FROM search_numbers n WHERE n.value >= r.lo AND n.value < r.named ORDER BY n.value DESC, n.citation_id LIMIT candidates_max)
      ) near
      ORDER BY abs(near.value - r.named)::float8 / (r.hi - r.lo)::float8, r.i, near.citation_id
      LIMIT candidates_max) s;
    -- Together the two scans read each range whole: short of the bound, they found every citation
    -- stating a figure in one, and a candidate's figure is a look-up in what they found.
    stated_whole := cardinality(stated) < candidates_max;
    -- A pass over every word takes the figures' citations without the words. There a figure counts
    -- as much as the share of the words its citation holds, so that TSMC's fall leads "TSMC 20%"
    -- and not the shares of 20% that lack TSMC; but where the figures named are fewer than the
    -- documents holding the rarest word, the figure is the surer sign, and counts from half (none
    -- of the words) to whole: "cost 30000" leads with the H100's price of 30,000, which the text
    -- calls a price, and "nvidia 17%" has Nvidia's fall of 17.2% first, then Zimbabwe's 17%. Done
    -- here, once a citation, rather than for every candidate, where it cost a Korean search with
    -- a figure 5% on PGlite.
    IF need > 0 AND need = cardinality(each_group) AND cardinality(stated) > 0 THEN
      -- (A citation may state several figures in the ranges: its value and its bounds.)
      figure_rarer := stated_whole AND (SELECT count(DISTINCT c) FROM unnest(stated) c) < look_up_documents;
      stated_weight := ARRAY(
        SELECT s.weight * CASE WHEN d.document IS NULL OR d.document @@ every_group THEN 1
                               WHEN figure_rarer THEN 0.5 + 0.5 * h.share
                               ELSE h.share END
        FROM unnest(stated, stated_weight) WITH ORDINALITY s(citation_id, weight, k) LEFT JOIN search_documents d ON d.citation_id = s.citation_id
        CROSS JOIN LATERAL (SELECT (SELECT count(*) FROM unnest(each_group) e WHERE d.document @@ e)::float8 / cardinality(each_group) AS share) h
        ORDER BY s.k);
    END IF;
    found := found || stated;
  END IF;
  RETURN QUERY
    WITH best AS (
      SELECT DISTINCT ON (d.metric_id) d.metric_id, d.citation_id,
        ((CASE WHEN ranking IS NULL THEN 0 ELSE ts_rank('{0.1, 0.3, 0.6, 1.0}', d.document, ranking, 32) END)
         -- Where a number is looked up as written, a figure named by value counts only for the
         -- citations that hold every word of this pass as well, in every pass.
         -- A figure named counts from 1, where it is the number itself, to 1/3 at the range's top:
         -- "share 20%" puts the shares of 20% above the falls of 17.2% and 21%.
         + (CASE WHEN number_written AND NOT (d.document @@ every_group) THEN 0
                 WHEN stated_whole THEN (CASE WHEN d.citation_id = ANY (stated) THEN stated_weight[array_position(stated, d.citation_id)] ELSE 0 END)
                 WHEN cardinality(figures_lo) = 0 THEN 0
                 ELSE coalesce(stated_weight[array_position(stated, d.citation_id)],
                   (SELECT max(1 - abs(n.value - r.named)::float8 / (r.hi - r.lo)::float8) FROM unnest(figures, figures_lo, figures_hi) r(named, lo, hi)
                    JOIN search_numbers n ON n.citation_id = d.citation_id AND n.value >= r.lo AND n.value < r.hi), 0) END)
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

DROP FUNCTION search_metrics(text[], text[], text[], text[], text[], text[], numeric[], numeric[], numeric[], text, int, int, int, int, int);--> statement-breakpoint
CREATE FUNCTION search_metrics(
  terms text[], word_terms text[], amounts text[], starts text[], afters text[], first_starts text[], first_afters text[],
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
  -- The terms the passes look up, each as a query and how many documents hold it: all but the amounts.
  looked_query text[];
  looked_frequency bigint[];
  -- (The amounts are some of the terms.)
  term_count int := cardinality(terms) - cardinality(amounts);
  -- How many of the words the second pass needs.
  enough int;
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
  -- In PL/pgSQL's own expressions, not a query: two more aggregates in the one above cost a
  -- search 6% on PGlite.
  IF cardinality(amounts) = 0 THEN
    looked_query := term_query;
    looked_frequency := frequency;
  ELSE
    looked_query := '{}';
    looked_frequency := '{}';
    FOR i IN 1 .. cardinality(terms) LOOP
      IF NOT terms[i] = ANY (amounts) THEN
        looked_query := looked_query || term_query[i];
        looked_frequency := looked_frequency || frequency[i];
      END IF;
    END LOOP;
  END IF;
  each_check := ARRAY(SELECT to_tsquery('simple', w.q) FROM unnest(term_query) WITH ORDINALITY w(q, i) ORDER BY w.i);
  -- 1. Every word; an amount, or a number no document writes as a word (5.576 million), is matched by value.
  strict_terms := ARRAY(SELECT u.t FROM unnest(terms, frequency) WITH ORDINALITY u(t, f, i) WHERE u.t = ANY (word_terms) OR (u.f > 0 AND NOT u.t = ANY (amounts)) ORDER BY u.i);
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
  IF term_count = 0 THEN
    IF cardinality(amounts) = 0 THEN RETURN; END IF;
    -- Amounts alone that no citation states (2.94%, which the Manus price's text writes): found
    -- as the texts write them, as any number is.
    amounts := '{}';
    looked_query := term_query;
    looked_frequency := frequency;
    term_count := cardinality(terms);
  END IF;
  enough := CASE WHEN term_count <= 2 THEN term_count ELSE greatest(2, ceil(term_count / 3.0)::int) END;

  -- 2. Enough of the words.
  SELECT * INTO pass FROM search_holding(looked_query, looked_frequency, enough, looked_up);
  IF pass.look_up IS NOT NULL THEN
    RETURN QUERY SELECT terms, p.* FROM search_page(pass.look_up, pass.look_up_limit, pass.look_up_documents, pass.groups, enough,
      figures, figures_lo, figures_hi, candidates_max, nullif(array_to_string(rank_words, ' | '), ''), sentence, page_limit, page_offset, asked, each_check) p
      WHERE p.candidates > 0;
    IF FOUND THEN RETURN; END IF;
  END IF;

  IF 0 < ALL (looked_frequency) THEN
    -- 4. Every word is in some document, but too few in any one: any of them.
    group_queries := looked_query;
    group_documents := looked_frequency;
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
      SELECT u.i, u.t = ANY (amounts) AS amount,
        CASE WHEN u.f > 0 THEN ARRAY[u.t] ELSE ARRAY(SELECT c.word FROM corrections c JOIN misspelt m ON m.m = c.term WHERE m.i = u.i ORDER BY c.k) END AS words,
        CASE WHEN u.f > 0 THEN u.f ELSE (SELECT coalesce(sum(c.documents), 0) FROM corrections c JOIN misspelt m ON m.m = c.term WHERE m.i = u.i) END AS documents
      FROM unnest(terms, frequency) WITH ORDINALITY u(t, f, i)
    )
    SELECT ARRAY(SELECT CASE WHEN frequency[g.i::int] > 0 THEN term_query[g.i::int] ELSE search_any_word(g.words) END FROM grouped g WHERE NOT g.amount ORDER BY g.i),
      ARRAY(SELECT g.documents FROM grouped g WHERE NOT g.amount ORDER BY g.i),
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
        -- The words a result may lack, beside the groups they are checked by: the amounts have none.
        ARRAY(SELECT u.a FROM unnest(terms, asked) WITH ORDINALITY u(t, a, i) WHERE NOT u.t = ANY (amounts) ORDER BY u.i),
        ARRAY(SELECT to_tsquery('simple', g.q) FROM unnest(group_queries) WITH ORDINALITY g(q, i) ORDER BY g.i)) p
        WHERE p.candidates > 0;
      IF FOUND THEN RETURN; END IF;
    END IF;
  END LOOP;
END $$;
