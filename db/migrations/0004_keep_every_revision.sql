-- Every state of the fact store, kept by the database itself so that no code path can skip it.

-- 1. The revision a write belongs to: the first write of a transaction opens one, named by the
--    settings the seed loader gives (cited.revision_summary, cited.seed_entry); every later write
--    of that transaction joins it. A transaction that writes nothing opens none.
CREATE FUNCTION current_revision() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  rev integer := nullif(current_setting('cited.revision', true), '')::integer;
BEGIN
  IF rev IS NULL THEN
    INSERT INTO revisions (summary, seed_entry)
    VALUES (
      coalesce(nullif(current_setting('cited.revision_summary', true), ''), 'A change made outside the seed loader'),
      nullif(current_setting('cited.seed_entry', true), '')
    )
    RETURNING number INTO rev;
    PERFORM set_config('cited.revision', rev::text, true);
  END IF;
  RETURN rev;
END;
$$;--> statement-breakpoint

-- 2. Each insert, update and delete of a fact closes the row's current version and writes the
--    new one. Columns are matched by name (through jsonb), so the versions tables only need the
--    same columns, not the same order. An update that changes nothing writes nothing.
CREATE FUNCTION keep_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  versions text := TG_TABLE_NAME || '_versions';
  rev integer;
  rewritten integer;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NULL;
  END IF;
  rev := current_revision();
  IF TG_OP <> 'INSERT' THEN
    -- A row written twice in one revision keeps one version for it.
    EXECUTE format('DELETE FROM %I WHERE id = $1 AND valid_from = $2', versions) USING OLD.id, rev;
    GET DIAGNOSTICS rewritten = ROW_COUNT;
    IF rewritten = 0 THEN
      EXECUTE format('UPDATE %I SET valid_to = $2 WHERE id = $1 AND valid_to IS NULL', versions) USING OLD.id, rev;
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)', versions, versions)
      USING to_jsonb(NEW) || jsonb_build_object('valid_from', rev);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint

-- 3. A published link is a promise: a fact leaves the store only as a withdrawal, with its reason.
CREATE FUNCTION withdraw_not_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM withdrawals WHERE fact_table = TG_TABLE_NAME::fact_table AND fact_id = OLD.id) THEN
    RAISE EXCEPTION '% row % cannot be deleted: a fact is withdrawn, with its reason in withdrawals, never simply deleted', TG_TABLE_NAME, OLD.id
      USING ERRCODE = 'restrict_violation', CONSTRAINT = 'facts_withdrawn_not_deleted';
  END IF;
  RETURN OLD;
END;
$$;--> statement-breakpoint

CREATE FUNCTION refuse_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% cannot be truncated: its history would lose what links point at', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation', CONSTRAINT = 'facts_withdrawn_not_deleted';
END;
$$;--> statement-breakpoint

CREATE TRIGGER sources_keep_versions AFTER INSERT OR UPDATE OR DELETE ON sources FOR EACH ROW EXECUTE FUNCTION keep_version();--> statement-breakpoint
CREATE TRIGGER metrics_keep_versions AFTER INSERT OR UPDATE OR DELETE ON metrics FOR EACH ROW EXECUTE FUNCTION keep_version();--> statement-breakpoint
CREATE TRIGGER claims_keep_versions AFTER INSERT OR UPDATE OR DELETE ON claims FOR EACH ROW EXECUTE FUNCTION keep_version();--> statement-breakpoint
CREATE TRIGGER citations_keep_versions AFTER INSERT OR UPDATE OR DELETE ON citations FOR EACH ROW EXECUTE FUNCTION keep_version();--> statement-breakpoint
CREATE TRIGGER sources_withdraw_not_delete BEFORE DELETE ON sources FOR EACH ROW EXECUTE FUNCTION withdraw_not_delete();--> statement-breakpoint
CREATE TRIGGER metrics_withdraw_not_delete BEFORE DELETE ON metrics FOR EACH ROW EXECUTE FUNCTION withdraw_not_delete();--> statement-breakpoint
CREATE TRIGGER claims_withdraw_not_delete BEFORE DELETE ON claims FOR EACH ROW EXECUTE FUNCTION withdraw_not_delete();--> statement-breakpoint
CREATE TRIGGER citations_withdraw_not_delete BEFORE DELETE ON citations FOR EACH ROW EXECUTE FUNCTION withdraw_not_delete();--> statement-breakpoint
CREATE TRIGGER sources_refuse_truncate BEFORE TRUNCATE ON sources FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();--> statement-breakpoint
CREATE TRIGGER metrics_refuse_truncate BEFORE TRUNCATE ON metrics FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();--> statement-breakpoint
CREATE TRIGGER claims_refuse_truncate BEFORE TRUNCATE ON claims FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();--> statement-breakpoint
CREATE TRIGGER citations_refuse_truncate BEFORE TRUNCATE ON citations FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();--> statement-breakpoint

-- 4. A database that already held facts keeps them as its first revision.
DO $$
DECLARE
  rev integer;
BEGIN
  IF EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM metrics) THEN
    INSERT INTO revisions (summary) VALUES ('The fact store as it stood when Cited began keeping revisions') RETURNING number INTO rev;
    INSERT INTO sources_versions SELECT (jsonb_populate_record(NULL::sources_versions, to_jsonb(t) || jsonb_build_object('valid_from', rev))).* FROM sources t;
    INSERT INTO metrics_versions SELECT (jsonb_populate_record(NULL::metrics_versions, to_jsonb(t) || jsonb_build_object('valid_from', rev))).* FROM metrics t;
    INSERT INTO claims_versions SELECT (jsonb_populate_record(NULL::claims_versions, to_jsonb(t) || jsonb_build_object('valid_from', rev))).* FROM claims t;
    INSERT INTO citations_versions SELECT (jsonb_populate_record(NULL::citations_versions, to_jsonb(t) || jsonb_build_object('valid_from', rev))).* FROM citations t;
  END IF;
END;
$$;--> statement-breakpoint

-- 5. The fact store as it was at a revision: the same queries that read the current tables read
--    these views when a transaction sets search_path to as_of first and cited.as_of to the
--    revision (db/revisions.ts). A migration that adds a column to a fact table recreates its view.
CREATE FUNCTION as_of_revision() RETURNS integer
LANGUAGE sql STABLE AS $$ SELECT current_setting('cited.as_of')::integer $$;--> statement-breakpoint

CREATE SCHEMA as_of;--> statement-breakpoint
CREATE VIEW as_of.sources AS SELECT * FROM public.sources_versions WHERE valid_from <= public.as_of_revision() AND (valid_to IS NULL OR valid_to > public.as_of_revision());--> statement-breakpoint
CREATE VIEW as_of.metrics AS SELECT * FROM public.metrics_versions WHERE valid_from <= public.as_of_revision() AND (valid_to IS NULL OR valid_to > public.as_of_revision());--> statement-breakpoint
CREATE VIEW as_of.claims AS SELECT * FROM public.claims_versions WHERE valid_from <= public.as_of_revision() AND (valid_to IS NULL OR valid_to > public.as_of_revision());--> statement-breakpoint
CREATE VIEW as_of.citations AS SELECT * FROM public.citations_versions WHERE valid_from <= public.as_of_revision() AND (valid_to IS NULL OR valid_to > public.as_of_revision());
