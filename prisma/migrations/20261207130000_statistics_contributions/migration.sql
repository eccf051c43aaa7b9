-- The present-day statistics page read every status event on every cache miss (about 5 s at 100,000 cases).
-- Now each published case's contribution to every figure is stored (case_statistic) and summed by country
-- (country_statistic), so the page sums a few hundred rows. The contributions are computed by the same SQL
-- as the as-of statistics (lib/statistics/statistics-contributions.ts), which cannot live in a trigger; so
-- triggers only queue the changed cases here, in the changing transaction, and the queue is drained before
-- the statistics are read and at server start (lib/statistics/refresh-statistics.ts).

-- CreateTable
CREATE TABLE "statistics_stale" (
    "id" BIGSERIAL NOT NULL,
    "case_id" TEXT NOT NULL,

    CONSTRAINT "statistics_stale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_statistic" (
    "case_id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "kinds" TEXT[],
    "keys" TEXT[],
    "counts" INTEGER[],

    CONSTRAINT "case_statistic_pkey" PRIMARY KEY ("case_id")
);

-- CreateTable
CREATE TABLE "country_statistic" (
    "country_code" CHAR(2) NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "country_statistic_pkey" PRIMARY KEY ("country_code","kind","key")
);

-- A case counts differently when it is published or taken down, moves country, or its roles or arrest date
-- change; any change to a status event can move every figure of its case (report dates included, which the
-- citation and source triggers write onto the event). Statement-level, so a bulk load queues once per row
-- without a trigger call per row.
CREATE FUNCTION habeas_case_statistics_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO statistics_stale (case_id) SELECT id FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO statistics_stale (case_id) SELECT id FROM old_rows;
  ELSE
    INSERT INTO statistics_stale (case_id)
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o.visibility, o.deleted_at, o.country_code, o.person_roles, o.arrest_date, o.arrest_precision)
      IS DISTINCT FROM (n.visibility, n.deleted_at, n.country_code, n.person_roles, n.arrest_date, n.arrest_precision);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER case_statistics_stale_insert AFTER INSERT ON "case" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_case_statistics_stale();
CREATE TRIGGER case_statistics_stale_update AFTER UPDATE ON "case" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_case_statistics_stale();
CREATE TRIGGER case_statistics_stale_delete AFTER DELETE ON "case" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_case_statistics_stale();

CREATE FUNCTION habeas_status_event_statistics_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO statistics_stale (case_id) SELECT DISTINCT case_id FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO statistics_stale (case_id) SELECT DISTINCT case_id FROM old_rows;
  ELSE
    INSERT INTO statistics_stale (case_id) SELECT case_id FROM new_rows UNION SELECT case_id FROM old_rows;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER status_event_statistics_stale_insert AFTER INSERT ON "status_event" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_status_event_statistics_stale();
CREATE TRIGGER status_event_statistics_stale_update AFTER UPDATE ON "status_event" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_status_event_statistics_stale();
CREATE TRIGGER status_event_statistics_stale_delete AFTER DELETE ON "status_event" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_status_event_statistics_stale();

-- Every existing case is computed on the first drain.
INSERT INTO statistics_stale (case_id) SELECT id FROM "case";
