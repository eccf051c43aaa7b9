-- The public case list at 100,000+ cases: sort keys copied onto the case row, one index per filter and sort,
-- and a table of counts, all kept current by triggers in the transaction that changes the data. Triggers
-- rather than application code, so every write path (the data layer, the seed, the synthetic seed, a restore,
-- a hand-written fix) keeps them right without having to remember to.

-- Sort keys: the person's name, the country's name, the person's first role (as its position in the enum, so
-- the key is never NULL and an index serves both directions), and every role, for the role filter.
ALTER TABLE "case"
  ADD COLUMN "sort_name" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "sort_country" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "sort_role" INTEGER NOT NULL DEFAULT 32767,
  ADD COLUMN "person_roles" "person_role"[] DEFAULT ARRAY[]::"person_role"[];

CREATE FUNCTION habeas_role_rank(roles "person_role"[]) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS
  $$ SELECT COALESCE(array_position(enum_range(NULL::"person_role"), roles[1]), 32767)::int $$;

CREATE FUNCTION habeas_case_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p.full_name, habeas_role_rank(p.roles), p.roles INTO NEW.sort_name, NEW.sort_role, NEW.person_roles
    FROM person p WHERE p.id = NEW.person_id;
  SELECT co.name INTO NEW.sort_country FROM country co WHERE co.code = NEW.country_code;
  RETURN NEW;
END $$;
CREATE TRIGGER case_sort_keys BEFORE INSERT OR UPDATE OF person_id, country_code ON "case"
  FOR EACH ROW EXECUTE FUNCTION habeas_case_sort_keys();

CREATE FUNCTION habeas_person_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "case" SET sort_name = NEW.full_name, sort_role = habeas_role_rank(NEW.roles), person_roles = NEW.roles
    WHERE person_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER person_sort_keys AFTER UPDATE OF full_name, roles ON person
  FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name OR OLD.roles IS DISTINCT FROM NEW.roles)
  EXECUTE FUNCTION habeas_person_sort_keys();

CREATE FUNCTION habeas_country_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "case" SET sort_country = NEW.name WHERE country_code = NEW.code;
  RETURN NULL;
END $$;
CREATE TRIGGER country_sort_keys AFTER UPDATE OF name ON country
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION habeas_country_sort_keys();

UPDATE "case" c SET sort_name = p.full_name, sort_role = habeas_role_rank(p.roles), person_roles = p.roles
  FROM person p WHERE p.id = c.person_id;
UPDATE "case" c SET sort_country = co.name FROM country co WHERE co.code = c.country_code;

-- Counts of published cases by country, status and role ('' = any role), so a count never scans the list.
-- A case with several roles counts once under each of them.
CREATE TABLE "case_count" (
  "country_code" CHAR(2) NOT NULL,
  "status" "case_status" NOT NULL,
  "role" TEXT NOT NULL,
  "n" INTEGER NOT NULL,
  CONSTRAINT "case_count_pkey" PRIMARY KEY ("country_code", "status", "role")
);

-- Adds the published cases of `rows` to the counts with the sign `delta`. Statement-level, from the
-- transition tables, so a bulk insert of 100,000 cases updates each count row once.
CREATE FUNCTION habeas_count_rows(delta INTEGER, changed_rows "case"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_count AS cc (country_code, status, role, n)
  SELECT k.country_code, k.status, k.role, delta * count(*)::int
  FROM unnest(changed_rows) r
  CROSS JOIN LATERAL (
    SELECT r.country_code, r.status, ''::text AS role
    UNION ALL
    SELECT DISTINCT r.country_code, r.status, role::text FROM unnest(r.person_roles) AS role
  ) k
  WHERE r.visibility = 'PUBLISHED' AND r.deleted_at IS NULL
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT (country_code, status, role) DO UPDATE SET n = cc.n + EXCLUDED.n
$$;

CREATE FUNCTION habeas_case_counts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM habeas_count_rows(1, ARRAY(SELECT n::"case" FROM new_rows n));
  RETURN NULL;
END $$;
CREATE FUNCTION habeas_case_counts_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only rows whose counted fields changed; a version bump or a summary edit costs one comparison.
  PERFORM habeas_count_rows(-1, ARRAY(SELECT o::"case" FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.country_code, o.status, o.visibility, o.deleted_at IS NULL, o.person_roles)
      IS DISTINCT FROM (n.country_code, n.status, n.visibility, n.deleted_at IS NULL, n.person_roles)));
  PERFORM habeas_count_rows(1, ARRAY(SELECT n::"case" FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.country_code, o.status, o.visibility, o.deleted_at IS NULL, o.person_roles)
      IS DISTINCT FROM (n.country_code, n.status, n.visibility, n.deleted_at IS NULL, n.person_roles)));
  RETURN NULL;
END $$;
CREATE FUNCTION habeas_case_counts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM habeas_count_rows(-1, ARRAY(SELECT o::"case" FROM old_rows o));
  RETURN NULL;
END $$;
CREATE TRIGGER case_counts_insert AFTER INSERT ON "case" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_case_counts_insert();
CREATE TRIGGER case_counts_update AFTER UPDATE ON "case" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_case_counts_update();
CREATE TRIGGER case_counts_delete AFTER DELETE ON "case" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_case_counts_delete();

SELECT habeas_count_rows(1, ARRAY(SELECT c FROM "case" c));

-- One index per filter prefix (none, country, status) and sort, each holding the other filter columns, so a
-- page at any depth is an index-only scan of the published cases; the page's 25 rows are joined afterwards.
-- Sorting by country within one country is sorting by name. Descending dates need their own index because
-- unknown dates come last in both directions.
CREATE INDEX "case_list_name_idx" ON "case" (sort_name, id) INCLUDE (country_code, status, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_country_idx" ON "case" (sort_country, sort_name, id) INCLUDE (country_code, status, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_role_idx" ON "case" (sort_role, sort_name, id) INCLUDE (country_code, status, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_status_idx" ON "case" (status, sort_name, id) INCLUDE (country_code, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_since_idx" ON "case" (status_since, sort_name, id) INCLUDE (country_code, status, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_since_desc_idx" ON "case" (status_since DESC NULLS LAST, sort_name DESC, id DESC) INCLUDE (country_code, status, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_country_name_idx" ON "case" (country_code, sort_name, id) INCLUDE (status, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_country_role_idx" ON "case" (country_code, sort_role, sort_name, id) INCLUDE (status, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_country_status_idx" ON "case" (country_code, status, sort_name, id) INCLUDE (person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_country_since_idx" ON "case" (country_code, status_since, sort_name, id) INCLUDE (status, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_country_since_desc_idx" ON "case" (country_code, status_since DESC NULLS LAST, sort_name DESC, id DESC) INCLUDE (status, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_status_country_idx" ON "case" (status, sort_country, sort_name, id) INCLUDE (country_code, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_status_role_idx" ON "case" (status, sort_role, sort_name, id) INCLUDE (country_code, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_status_since_idx" ON "case" (status, status_since, sort_name, id) INCLUDE (country_code, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX "case_list_status_since_desc_idx" ON "case" (status, status_since DESC NULLS LAST, sort_name DESC, id DESC) INCLUDE (country_code, person_roles)
  WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL;
