-- A misspelt word is corrected only to words at least 0.4 alike in trigrams (pg_trgm's default,
-- which `%` applies, is 0.3). At 0.3, words a reader typed that the texts do not have were swapped
-- for unrelated ones, and the results were for those: "forecast" for "for" (0.30), "Huang" (Jensen
-- Huang) for "Huawei" (0.30). The typos the texts' words invite stay within reach: deepsek →
-- deepseek (0.70), metrc → metric (0.44), nvdia → nvidia (0.44), nvidai → nvidia (0.40).
ALTER FUNCTION search_corrections(text[], text[], text[], int) SET pg_trgm.similarity_threshold = 0.4;
