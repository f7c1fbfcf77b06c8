ALTER TABLE "metrics_versions" ADD COLUMN "label_ko" text;--> statement-breakpoint
ALTER TABLE "metrics_versions" ADD COLUMN "description_ko" text;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "label_ko" text;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "description_ko" text;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_label_ko_present" CHECK ("metrics"."label_ko" IS NULL OR btrim("metrics"."label_ko") <> '');--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_description_ko_matches" CHECK ("metrics"."label_ko" IS NULL OR ("metrics"."description" IS NULL) = ("metrics"."description_ko" IS NULL));