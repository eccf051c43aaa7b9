-- A status event has two kinds of date. "Since" (status_event.date) is when the status began, as a source
-- gives it. "Reported" is the publication date of each source that cites the event. Both are derived here,
-- in the database, from the rows that hold them, so no query can fall back on created_at (when a row was
-- written) to place a status in time.

-- A date and its precision travel together: a date is known exactly when its precision is not UNKNOWN.
ALTER TABLE "status_event" ADD CONSTRAINT "status_event_since_has_precision"
  CHECK (("date" IS NULL) = ("date_precision" = 'UNKNOWN'));
ALTER TABLE "case" ADD CONSTRAINT "case_status_since_has_precision"
  CHECK (("status_since" IS NULL) = ("status_since_precision" = 'UNKNOWN'));
ALTER TABLE "source" ADD CONSTRAINT "source_published_has_precision"
  CHECK (("published_date" IS NULL) = ("published_precision" = 'UNKNOWN'));

-- The last day a partial date can mean (stored dates are the first day of their period); NULL when unknown.
CREATE FUNCTION "partial_date_end"(d date, p "date_precision") RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p
    WHEN 'DAY' THEN d
    WHEN 'MONTH' THEN (date_trunc('month', d) + interval '1 month' - interval '1 day')::date
    WHEN 'YEAR' THEN make_date(extract(year FROM d)::int, 12, 31)
  END
$$;

-- Each dated report of a status: a source citing the event, on its publication date.
-- reported_on is the first day the publication date can mean, reported_by the last.
CREATE VIEW "status_event_report" AS
SELECT DISTINCT c."status_event_id", s."id" AS "source_id", s."title" AS "source_title",
       s."published_date" AS "reported_on", s."published_precision" AS "reported_precision",
       "partial_date_end"(s."published_date", s."published_precision") AS "reported_by"
FROM "citation" c
JOIN "source" s ON s."id" = c."source_id"
WHERE c."status_event_id" IS NOT NULL AND s."published_precision" <> 'UNKNOWN';

-- When each status is first known to hold: by the end of its "since" period, or by its first report,
-- whichever is earlier. NULL when neither is known. The as-of rule (lib/status-time/as-of.ts) reads this.
CREATE VIEW "status_event_time" AS
SELECT e."id" AS "status_event_id", e."case_id", e."sequence", e."from_status", e."to_status",
       e."date" AS "since_date", e."date_precision" AS "since_precision",
       r."first_reported_by", r."last_reported_on",
       LEAST("partial_date_end"(e."date", e."date_precision"), r."first_reported_by") AS "known_from"
FROM "status_event" e
LEFT JOIN LATERAL (
  SELECT min(sr."reported_by") AS "first_reported_by", max(sr."reported_on") AS "last_reported_on"
  FROM "status_event_report" sr
  WHERE sr."status_event_id" = e."id"
) r ON true;
