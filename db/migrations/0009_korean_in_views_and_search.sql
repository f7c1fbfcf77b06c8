-- The Korean label and description (0008) in the as-of view, whose column list was fixed when it
-- was created. Search documents take them in 0012, which writes the documents' final form.

DROP VIEW as_of.metrics;--> statement-breakpoint
CREATE VIEW as_of.metrics AS SELECT * FROM public.metrics_versions WHERE valid_from <= public.as_of_revision() AND (valid_to IS NULL OR valid_to > public.as_of_revision());
