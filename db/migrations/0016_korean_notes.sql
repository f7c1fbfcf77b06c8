ALTER TABLE "claims_versions" ADD COLUMN "speaker_role_ko" text;--> statement-breakpoint
ALTER TABLE "claims_versions" ADD COLUMN "rank_reason_ko" text;--> statement-breakpoint
ALTER TABLE "claims_versions" ADD COLUMN "ref_date_note_ko" text;--> statement-breakpoint
ALTER TABLE "claims_versions" ADD COLUMN "note_ko" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "speaker_role_ko" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "rank_reason_ko" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "ref_date_note_ko" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "note_ko" text;--> statement-breakpoint
ALTER TABLE "metrics_versions" ADD COLUMN "subject_ko" text;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "subject_ko" text;--> statement-breakpoint
ALTER TABLE "sources_versions" ADD COLUMN "published_note_ko" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "published_note_ko" text;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_speaker_role_ko_beside_english" CHECK ("claims"."speaker_role_ko" IS NULL OR ("claims"."speaker_role" IS NOT NULL AND btrim("claims"."speaker_role_ko") <> ''));--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_rank_reason_ko_beside_english" CHECK ("claims"."rank_reason_ko" IS NULL OR ("claims"."rank_reason" IS NOT NULL AND btrim("claims"."rank_reason_ko") <> ''));--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_ref_date_note_ko_beside_english" CHECK ("claims"."ref_date_note_ko" IS NULL OR ("claims"."ref_date_note" IS NOT NULL AND btrim("claims"."ref_date_note_ko") <> ''));--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_note_ko_beside_english" CHECK ("claims"."note_ko" IS NULL OR ("claims"."note" IS NOT NULL AND btrim("claims"."note_ko") <> ''));--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_subject_ko_present" CHECK ("metrics"."subject_ko" IS NULL OR btrim("metrics"."subject_ko") <> '');--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_published_note_ko_beside_english" CHECK ("sources"."published_note_ko" IS NULL OR ("sources"."published_note" IS NOT NULL AND btrim("sources"."published_note_ko") <> ''));