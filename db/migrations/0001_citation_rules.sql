-- Rules a CHECK constraint cannot express, because they look across rows or tables.

-- 1. No uncited number: every claim has at least one citation when its transaction commits.
--    Deferred, so a claim and its first citation can be inserted in either order inside one
--    transaction; checked from both sides, so deleting or moving a claim's last citation fails too.
CREATE FUNCTION claim_has_citation(target_claim integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  claim_key text;
BEGIN
  SELECT key INTO claim_key FROM claims WHERE id = target_claim;
  IF claim_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM citations WHERE claim_id = target_claim) THEN
    RAISE EXCEPTION 'claim "%" has no citation: every claim needs at least one citation', claim_key
      USING ERRCODE = 'check_violation', CONSTRAINT = 'claims_require_citation';
  END IF;
END;
$$;--> statement-breakpoint

CREATE FUNCTION claims_require_citation_check() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claim_has_citation(NEW.id);
  RETURN NULL;
END;
$$;--> statement-breakpoint

CREATE CONSTRAINT TRIGGER claims_require_citation
AFTER INSERT OR UPDATE ON claims
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION claims_require_citation_check();--> statement-breakpoint

CREATE FUNCTION citations_keep_claim_cited_check() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claim_has_citation(OLD.claim_id);
  RETURN NULL;
END;
$$;--> statement-breakpoint

CREATE CONSTRAINT TRIGGER citations_keep_claim_cited
AFTER DELETE OR UPDATE OF claim_id ON citations
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION citations_keep_claim_cited_check();--> statement-breakpoint

-- 2. A claim without a number states a date, and only metrics measured in dates have such claims.
CREATE FUNCTION claims_match_metric_unit_check() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  metric_unit unit;
  states_date boolean := NEW.value IS NULL AND NEW.lower IS NULL AND NEW.upper IS NULL;
BEGIN
  SELECT unit INTO metric_unit FROM metrics WHERE id = NEW.metric_id;
  IF metric_unit IS NOT NULL AND states_date <> (metric_unit = 'date') THEN
    RAISE EXCEPTION 'claim "%": a metric measured in % needs %', NEW.key, metric_unit,
      CASE WHEN metric_unit = 'date' THEN 'a date and no value' ELSE 'a value or bounds' END
      USING ERRCODE = 'check_violation', CONSTRAINT = 'claims_match_metric_unit';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint

CREATE TRIGGER claims_match_metric_unit
BEFORE INSERT OR UPDATE OF value, lower, upper, metric_id ON claims
FOR EACH ROW EXECUTE FUNCTION claims_match_metric_unit_check();--> statement-breakpoint

CREATE FUNCTION metrics_unit_fits_claims_check() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.unit = 'date') <> (NEW.unit = 'date')
     AND EXISTS (SELECT 1 FROM claims WHERE metric_id = NEW.id) THEN
    RAISE EXCEPTION 'metric "%": cannot change unit between date and a number while it has claims', NEW.slug
      USING ERRCODE = 'check_violation', CONSTRAINT = 'metrics_unit_fits_claims';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint

CREATE TRIGGER metrics_unit_fits_claims
BEFORE UPDATE OF unit ON metrics
FOR EACH ROW EXECUTE FUNCTION metrics_unit_fits_claims_check();
