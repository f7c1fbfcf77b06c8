-- A metric's claims by metric, then in headline order (preferred, normal, deprecated, then key:
-- db/schema.ts claimRankOrder), so the first of them is one index entry away. search_page reads
-- each result's headline claim this way, 21 times a page, and sorted every metric's claims to
-- find it; on PGlite that was an eighth of a Korean search on the synthetic catalogue (3.06 →
-- 2.66 ms). The pages' lists of claims come out of it in order too. It leads with metric_id, so
-- it serves every lookup claims_metric_idx did.
DROP INDEX "claims_metric_idx";--> statement-breakpoint
CREATE INDEX "claims_metric_rank_key_idx" ON "claims" USING btree ("metric_id",(CASE "rank" WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END),"key");