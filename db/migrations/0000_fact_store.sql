CREATE TYPE "public"."claim_kind" AS ENUM('reported', 'company_claim', 'estimate', 'allegation', 'forecast');--> statement-breakpoint
CREATE TYPE "public"."claim_rank" AS ENUM('preferred', 'normal', 'deprecated');--> statement-breakpoint
CREATE TYPE "public"."conversion_qualifier" AS ENUM('exact', 'approximate');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('year', 'month', 'day');--> statement-breakpoint
CREATE TYPE "public"."metric_category" AS ENUM('market-share', 'ipo', 'stock-move', 'training-cost', 'compute', 'talent', 'money-deals', 'industry', 'forecast', 'events');--> statement-breakpoint
CREATE TYPE "public"."published_basis" AS ENUM('printed', 'inferred');--> statement-breakpoint
CREATE TYPE "public"."qualifier" AS ENUM('exact', 'approximate', 'at_least', 'more_than', 'at_most', 'less_than', 'range');--> statement-breakpoint
CREATE TYPE "public"."unit" AS ENUM('USD', 'KRW', 'CNY', 'percent', 'count', 'ratio', 'date');--> statement-breakpoint
CREATE TABLE "citations" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"claim_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"quote" text NOT NULL,
	"stated_text" text NOT NULL,
	"conversion_text" text,
	"translation" text NOT NULL,
	"paragraph" integer NOT NULL,
	CONSTRAINT "citations_key_format" CHECK ("citations"."key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "citations_quote_present" CHECK (btrim("citations"."quote") <> ''),
	CONSTRAINT "citations_quote_length" CHECK (char_length("citations"."quote") <= 600),
	CONSTRAINT "citations_translation_present" CHECK (btrim("citations"."translation") <> ''),
	CONSTRAINT "citations_stated_in_quote" CHECK (btrim("citations"."stated_text") <> '' AND strpos("citations"."quote", "citations"."stated_text") > 0),
	CONSTRAINT "citations_conversion_in_quote" CHECK ("citations"."conversion_text" IS NULL OR strpos("citations"."quote", "citations"."conversion_text") > 0),
	CONSTRAINT "citations_paragraph_positive" CHECK ("citations"."paragraph" > 0)
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"metric_id" integer NOT NULL,
	"qualifier" "qualifier" NOT NULL,
	"value" numeric,
	"lower" numeric,
	"upper" numeric,
	"ref_date" date,
	"ref_date_precision" date_precision,
	"ref_date_note" text,
	"kind" "claim_kind" NOT NULL,
	"speaker" text,
	"speaker_role" text,
	"rank" "claim_rank" DEFAULT 'normal' NOT NULL,
	"rank_reason" text,
	"conversion_qualifier" "conversion_qualifier",
	"conversion_value" numeric,
	"conversion_unit" "unit",
	"note" text,
	CONSTRAINT "claims_key_format" CHECK ("claims"."key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "claims_value_shape" CHECK (CASE "claims"."qualifier"
        WHEN 'exact' THEN "claims"."lower" IS NULL AND "claims"."upper" IS NULL AND ("claims"."value" IS NOT NULL OR "claims"."ref_date" IS NOT NULL)
        WHEN 'approximate' THEN "claims"."value" IS NOT NULL AND "claims"."lower" IS NULL AND "claims"."upper" IS NULL
        WHEN 'at_least' THEN "claims"."lower" IS NOT NULL AND "claims"."value" IS NULL AND "claims"."upper" IS NULL
        WHEN 'more_than' THEN "claims"."lower" IS NOT NULL AND "claims"."value" IS NULL AND "claims"."upper" IS NULL
        WHEN 'at_most' THEN "claims"."upper" IS NOT NULL AND "claims"."value" IS NULL AND "claims"."lower" IS NULL
        WHEN 'less_than' THEN "claims"."upper" IS NOT NULL AND "claims"."value" IS NULL AND "claims"."lower" IS NULL
        WHEN 'range' THEN "claims"."lower" IS NOT NULL AND "claims"."upper" IS NOT NULL AND "claims"."value" IS NULL
      END),
	CONSTRAINT "claims_bounds_ordered" CHECK ("claims"."lower" IS NULL OR "claims"."upper" IS NULL OR "claims"."lower" <= "claims"."upper"),
	CONSTRAINT "claims_ref_date_complete" CHECK (("claims"."ref_date" IS NULL) = ("claims"."ref_date_precision" IS NULL)),
	CONSTRAINT "claims_ref_date_starts_period" CHECK ("claims"."ref_date" IS NULL OR "claims"."ref_date_precision" = 'day'
    OR ("claims"."ref_date_precision" = 'month' AND extract(day FROM "claims"."ref_date") = 1)
    OR ("claims"."ref_date_precision" = 'year' AND extract(doy FROM "claims"."ref_date") = 1)),
	CONSTRAINT "claims_rank_reason" CHECK ("claims"."rank" = 'normal' OR "claims"."rank_reason" IS NOT NULL),
	CONSTRAINT "claims_conversion_complete" CHECK (("claims"."conversion_value" IS NULL) = ("claims"."conversion_unit" IS NULL)
        AND ("claims"."conversion_value" IS NULL) = ("claims"."conversion_qualifier" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"label" text NOT NULL,
	"category" "metric_category" NOT NULL,
	"subject" text NOT NULL,
	"dimension_name" text,
	"dimension_value" text,
	"unit" "unit" NOT NULL,
	"description" text,
	CONSTRAINT "metrics_slug_format" CHECK ("metrics"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "metrics_label_present" CHECK (btrim("metrics"."label") <> ''),
	CONSTRAINT "metrics_subject_present" CHECK (btrim("metrics"."subject") <> ''),
	CONSTRAINT "metrics_dimension_complete" CHECK (("metrics"."dimension_name" IS NULL) = ("metrics"."dimension_value" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"publisher" text,
	"publisher_en" text,
	"title" text,
	"byline" text,
	"published_on" date,
	"published_precision" date_precision,
	"published_basis" "published_basis",
	"published_note" text,
	"url" text,
	"language" text NOT NULL,
	CONSTRAINT "sources_slug_format" CHECK ("sources"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "sources_url_http" CHECK ("sources"."url" IS NULL OR "sources"."url" ~* '^https?://[^[:space:]]+$'),
	CONSTRAINT "sources_published_complete" CHECK (("sources"."published_on" IS NULL) = ("sources"."published_precision" IS NULL)
        AND ("sources"."published_on" IS NULL) = ("sources"."published_basis" IS NULL)),
	CONSTRAINT "sources_published_starts_period" CHECK ("sources"."published_on" IS NULL OR "sources"."published_precision" = 'day'
    OR ("sources"."published_precision" = 'month' AND extract(day FROM "sources"."published_on") = 1)
    OR ("sources"."published_precision" = 'year' AND extract(doy FROM "sources"."published_on") = 1)),
	CONSTRAINT "sources_language_code" CHECK ("sources"."language" ~ '^[a-z]{2}$')
);
--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "citations_key_key" ON "citations" USING btree ("key");--> statement-breakpoint
CREATE INDEX "citations_claim_idx" ON "citations" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "citations_source_idx" ON "citations" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_key_key" ON "claims" USING btree ("key");--> statement-breakpoint
CREATE INDEX "claims_metric_idx" ON "claims" USING btree ("metric_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_one_preferred_per_metric" ON "claims" USING btree ("metric_id") WHERE "claims"."rank" = 'preferred';--> statement-breakpoint
CREATE UNIQUE INDEX "metrics_slug_key" ON "metrics" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "metrics_category_idx" ON "metrics" USING btree ("category");--> statement-breakpoint
CREATE INDEX "metrics_subject_idx" ON "metrics" USING btree ("subject");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_slug_key" ON "sources" USING btree ("slug");