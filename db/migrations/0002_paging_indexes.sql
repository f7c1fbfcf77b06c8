DROP INDEX "metrics_category_idx";--> statement-breakpoint
DROP INDEX "metrics_subject_idx";--> statement-breakpoint
CREATE INDEX "metrics_category_slug_idx" ON "metrics" USING btree ("category","slug");--> statement-breakpoint
CREATE INDEX "metrics_subject_lower_idx" ON "metrics" USING btree (lower("subject"));