ALTER TABLE "claims_versions" ADD COLUMN "speaker_ko" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "speaker_ko" text;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_speaker_ko_names_speaker" CHECK ("claims"."speaker_ko" IS NULL OR ("claims"."speaker" IS NOT NULL AND btrim("claims"."speaker_ko") <> ''));