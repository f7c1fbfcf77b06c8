-- The Korean speaker (0014) in the as-of view, whose column list was fixed when it was created.

DROP VIEW as_of.claims;--> statement-breakpoint
CREATE VIEW as_of.claims AS SELECT * FROM public.claims_versions WHERE valid_from <= public.as_of_revision() AND (valid_to IS NULL OR valid_to > public.as_of_revision());
