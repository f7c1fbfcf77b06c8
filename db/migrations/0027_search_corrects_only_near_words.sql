-- A misspelt word is corrected only to words at least 0.4 alike in trigrams, where `%` (0018) took
-- pg_trgm's default, 0.3. At 0.3, words a reader typed that the texts do not have were swapped for
-- unrelated ones, and the results were for those: "forecast" for "for" (0.30), "Huang" (Jensen
-- Huang) for "Huawei" (0.30). The typos the texts' words invite stay within reach: deepsek →
-- deepseek (0.70), metrc → metric (0.44), nvdia → nvidia (0.44), nvidai → nvidia (0.40). The
-- likeness is written into the statement rather than set on the function (SET
-- pg_trgm.similarity_threshold), which PostgreSQL refuses to a database owner who is not a
-- superuser while pg_trgm's library is not yet loaded; the words are read by the range of their
-- first letter either way, not by a trigram index. Otherwise as 0018 made it.
CREATE OR REPLACE FUNCTION search_corrections(misspelt text[], starts text[], afters text[], per_term int)
RETURNS TABLE (term int, word text, documents int)
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN QUERY
    SELECT (u.i - 1)::int, c.word, c.documents
    FROM unnest(misspelt, starts, afters) WITH ORDINALITY u(t, s, a, i)
    CROSS JOIN LATERAL (
      SELECT w.word, w.documents FROM search_words w
      WHERE w.word >= u.s AND w.word < u.a AND starts_with(w.word, u.s) AND similarity(w.word, u.t) >= 0.4
      ORDER BY similarity(w.word, u.t) DESC, w.word
      LIMIT per_term
    ) c
    ORDER BY u.i;
END $$;
