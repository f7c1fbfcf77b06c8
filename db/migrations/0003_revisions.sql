CREATE TYPE "public"."fact_table" AS ENUM('sources', 'metrics', 'claims', 'citations');--> statement-breakpoint
CREATE TABLE "change_reasons" (
	"revision" integer NOT NULL,
	"fact_table" "fact_table" NOT NULL,
	"fact_id" integer NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "change_reasons_revision_fact_table_fact_id_pk" PRIMARY KEY("revision","fact_table","fact_id"),
	CONSTRAINT "change_reasons_reason_present" CHECK (btrim("change_reasons"."reason") <> '')
);
--> statement-breakpoint
CREATE TABLE "citations_versions" (
	"valid_from" integer NOT NULL,
	"valid_to" integer,
	"id" integer NOT NULL,
	"key" text NOT NULL,
	"claim_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"quote" text NOT NULL,
	"stated_text" text NOT NULL,
	"conversion_text" text,
	"translation" text NOT NULL,
	"paragraph" integer NOT NULL,
	CONSTRAINT "citations_versions_id_valid_from_pk" PRIMARY KEY("id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "claims_versions" (
	"valid_from" integer NOT NULL,
	"valid_to" integer,
	"id" integer NOT NULL,
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
	CONSTRAINT "claims_versions_id_valid_from_pk" PRIMARY KEY("id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "metrics_versions" (
	"valid_from" integer NOT NULL,
	"valid_to" integer,
	"id" integer NOT NULL,
	"slug" text NOT NULL,
	"label" text NOT NULL,
	"category" "metric_category" NOT NULL,
	"subject" text NOT NULL,
	"dimension_name" text,
	"dimension_value" text,
	"unit" "unit" NOT NULL,
	"description" text,
	CONSTRAINT "metrics_versions_id_valid_from_pk" PRIMARY KEY("id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"number" serial PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"summary" text NOT NULL,
	"seed_entry" text
);
--> statement-breakpoint
CREATE TABLE "sources_versions" (
	"valid_from" integer NOT NULL,
	"valid_to" integer,
	"id" integer NOT NULL,
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
	CONSTRAINT "sources_versions_id_valid_from_pk" PRIMARY KEY("id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "withdrawals" (
	"fact_table" "fact_table" NOT NULL,
	"fact_id" integer NOT NULL,
	"revision" integer NOT NULL,
	"reason" text NOT NULL,
	"replaced_by" text,
	CONSTRAINT "withdrawals_fact_table_fact_id_pk" PRIMARY KEY("fact_table","fact_id"),
	CONSTRAINT "withdrawals_reason_present" CHECK (btrim("withdrawals"."reason") <> '')
);
--> statement-breakpoint
ALTER TABLE "change_reasons" ADD CONSTRAINT "change_reasons_revision_revisions_number_fk" FOREIGN KEY ("revision") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations_versions" ADD CONSTRAINT "citations_versions_valid_from_revisions_number_fk" FOREIGN KEY ("valid_from") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations_versions" ADD CONSTRAINT "citations_versions_valid_to_revisions_number_fk" FOREIGN KEY ("valid_to") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims_versions" ADD CONSTRAINT "claims_versions_valid_from_revisions_number_fk" FOREIGN KEY ("valid_from") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims_versions" ADD CONSTRAINT "claims_versions_valid_to_revisions_number_fk" FOREIGN KEY ("valid_to") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics_versions" ADD CONSTRAINT "metrics_versions_valid_from_revisions_number_fk" FOREIGN KEY ("valid_from") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics_versions" ADD CONSTRAINT "metrics_versions_valid_to_revisions_number_fk" FOREIGN KEY ("valid_to") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources_versions" ADD CONSTRAINT "sources_versions_valid_from_revisions_number_fk" FOREIGN KEY ("valid_from") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources_versions" ADD CONSTRAINT "sources_versions_valid_to_revisions_number_fk" FOREIGN KEY ("valid_to") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_revision_revisions_number_fk" FOREIGN KEY ("revision") REFERENCES "public"."revisions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citations_versions_valid_from_index" ON "citations_versions" USING btree ("valid_from");--> statement-breakpoint
CREATE INDEX "citations_versions_valid_to_index" ON "citations_versions" USING btree ("valid_to");--> statement-breakpoint
CREATE INDEX "citations_versions_claim_id_index" ON "citations_versions" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "citations_versions_key_index" ON "citations_versions" USING btree ("key");--> statement-breakpoint
CREATE INDEX "claims_versions_valid_from_index" ON "claims_versions" USING btree ("valid_from");--> statement-breakpoint
CREATE INDEX "claims_versions_valid_to_index" ON "claims_versions" USING btree ("valid_to");--> statement-breakpoint
CREATE INDEX "claims_versions_metric_id_index" ON "claims_versions" USING btree ("metric_id");--> statement-breakpoint
CREATE INDEX "metrics_versions_valid_from_index" ON "metrics_versions" USING btree ("valid_from");--> statement-breakpoint
CREATE INDEX "metrics_versions_valid_to_index" ON "metrics_versions" USING btree ("valid_to");--> statement-breakpoint
CREATE INDEX "metrics_versions_slug_index" ON "metrics_versions" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "sources_versions_valid_from_index" ON "sources_versions" USING btree ("valid_from");--> statement-breakpoint
CREATE INDEX "sources_versions_valid_to_index" ON "sources_versions" USING btree ("valid_to");--> statement-breakpoint
CREATE INDEX "sources_versions_slug_index" ON "sources_versions" USING btree ("slug");