-- The view status_event_time aggregated each event's reports (status_event_report) in a lateral subquery, one
-- per event: statistics over 200,000 events ran 200,000 of them (4 s at 100,000 cases). The two aggregates
-- are now kept on the event row, by triggers in the transaction of every change to what they derive from (a
-- citation of the event, or its source's publication date), so every writer keeps them right. The view, and
-- so the as-of rule (lib/status-time/as-of.ts), is unchanged: it reads the same values from the row.
ALTER TABLE "status_event" ADD COLUMN "first_reported_by" DATE,
ADD COLUMN "last_reported_on" DATE;

-- Recomputes the report dates of the given events from status_event_report (per event, on the citation's
-- status_event_id index), writing only the rows whose dates changed.
CREATE FUNCTION habeas_refresh_report_dates(event_ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "status_event" e SET "first_reported_by" = r.first_by, "last_reported_on" = r.last_on
  FROM unnest(event_ids) AS x(id)
  CROSS JOIN LATERAL (
    SELECT min(sr."reported_by") AS first_by, max(sr."reported_on") AS last_on
    FROM "status_event_report" sr WHERE sr."status_event_id" = x.id
  ) r
  WHERE e."id" = x.id
    AND (e."first_reported_by", e."last_reported_on") IS DISTINCT FROM (r.first_by, r.last_on)
$$;

-- Statement-level, from the transition tables, so a bulk load updates each event once.
CREATE FUNCTION habeas_citation_report_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM habeas_refresh_report_dates(ARRAY(SELECT DISTINCT status_event_id FROM new_rows WHERE status_event_id IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM habeas_refresh_report_dates(ARRAY(SELECT DISTINCT status_event_id FROM old_rows WHERE status_event_id IS NOT NULL));
  ELSE
    PERFORM habeas_refresh_report_dates(ARRAY(
      SELECT status_event_id FROM old_rows WHERE status_event_id IS NOT NULL
      UNION SELECT status_event_id FROM new_rows WHERE status_event_id IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER citation_report_dates_insert AFTER INSERT ON "citation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_citation_report_dates();
CREATE TRIGGER citation_report_dates_update AFTER UPDATE ON "citation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_citation_report_dates();
CREATE TRIGGER citation_report_dates_delete AFTER DELETE ON "citation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_citation_report_dates();

-- A source's publication date dates every status event its citations support.
CREATE FUNCTION habeas_source_report_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM habeas_refresh_report_dates(ARRAY(
    SELECT DISTINCT c.status_event_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    JOIN "citation" c ON c.source_id = n.id
    WHERE c.status_event_id IS NOT NULL
      AND (o.published_date, o.published_precision) IS DISTINCT FROM (n.published_date, n.published_precision)));
  RETURN NULL;
END $$;
CREATE TRIGGER source_report_dates AFTER UPDATE ON "source" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_source_report_dates();

UPDATE "status_event" e SET "first_reported_by" = r.first_by, "last_reported_on" = r.last_on
FROM (
  SELECT "status_event_id", min("reported_by") AS first_by, max("reported_on") AS last_on
  FROM "status_event_report" GROUP BY "status_event_id"
) r
WHERE e."id" = r."status_event_id";

-- Same columns, same meaning; the report dates now come from the row.
CREATE OR REPLACE VIEW "status_event_time" AS
SELECT e."id" AS "status_event_id", e."case_id", e."sequence", e."from_status", e."to_status",
       e."date" AS "since_date", e."date_precision" AS "since_precision",
       e."first_reported_by", e."last_reported_on",
       LEAST("partial_date_end"(e."date", e."date_precision"), e."first_reported_by") AS "known_from"
FROM "status_event" e;
