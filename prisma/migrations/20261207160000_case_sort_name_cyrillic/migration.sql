-- The name a Russian reader sees, as a sort key on the case row, so /ru/cases sorted by name reads in the order it
-- displays: the person's first Cyrillic alias by name (as the list shows it), else the name as the source spells
-- it. Kept by triggers in the transaction of the change, like the other sort keys (20261201600000_case_list_scale).

ALTER TABLE "case" ADD COLUMN "sort_name_cyrillic" TEXT NOT NULL DEFAULT '';

-- One rule for the key, shared by every trigger below and by the list's display (lib/server/public/list-cases.ts
-- reads the first alias of the script by name, the same alias).
CREATE FUNCTION habeas_cyrillic_sort_name(person TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT COALESCE(
    (SELECT a.name FROM person_alias a WHERE a.person_id = person AND a.script = 'CYRILLIC' ORDER BY a.name LIMIT 1),
    (SELECT p.full_name FROM person p WHERE p.id = person), '')
$$;

CREATE OR REPLACE FUNCTION habeas_case_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p.full_name, habeas_role_rank(p.roles), p.roles INTO NEW.sort_name, NEW.sort_role, NEW.person_roles
    FROM person p WHERE p.id = NEW.person_id;
  NEW.sort_name_cyrillic := habeas_cyrillic_sort_name(NEW.person_id);
  SELECT co.name INTO NEW.sort_country FROM country co WHERE co.code = NEW.country_code;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION habeas_person_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "case" SET sort_name = NEW.full_name, sort_role = habeas_role_rank(NEW.roles), person_roles = NEW.roles,
    sort_name_cyrillic = habeas_cyrillic_sort_name(NEW.id)
    WHERE person_id = NEW.id;
  RETURN NULL;
END $$;

-- Statement-level, from the transition tables, so an import adding 10,000 aliases updates each case once. Only
-- rows in Cyrillic, before or after the change, can move the key.
CREATE FUNCTION habeas_alias_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "case" c SET sort_name_cyrillic = habeas_cyrillic_sort_name(c.person_id)
      WHERE c.person_id IN (SELECT person_id FROM new_rows WHERE script = 'CYRILLIC');
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "case" c SET sort_name_cyrillic = habeas_cyrillic_sort_name(c.person_id)
      WHERE c.person_id IN (SELECT person_id FROM old_rows WHERE script = 'CYRILLIC');
  ELSE
    UPDATE "case" c SET sort_name_cyrillic = habeas_cyrillic_sort_name(c.person_id)
      WHERE c.person_id IN (SELECT person_id FROM new_rows WHERE script = 'CYRILLIC'
                            UNION SELECT person_id FROM old_rows WHERE script = 'CYRILLIC');
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER person_alias_sort_keys_insert AFTER INSERT ON person_alias REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_alias_sort_keys();
CREATE TRIGGER person_alias_sort_keys_update AFTER UPDATE ON person_alias
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION habeas_alias_sort_keys();
CREATE TRIGGER person_alias_sort_keys_delete AFTER DELETE ON person_alias REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_alias_sort_keys();

UPDATE "case" c SET sort_name_cyrillic = habeas_cyrillic_sort_name(c.person_id);

-- The name sort alone, and within one country or one status; the other sorts keep the source's spelling as their
-- tie-break, so their indexes serve both languages.
CREATE INDEX "case_list_name_cyrillic_idx" ON "case" ("sort_name_cyrillic", "id")
  INCLUDE (country_code, status, person_roles);
CREATE INDEX "case_list_country_name_cyrillic_idx" ON "case" ("country_code", "sort_name_cyrillic", "id")
  INCLUDE (status, person_roles);
CREATE INDEX "case_list_status_name_cyrillic_idx" ON "case" ("status", "sort_name_cyrillic", "id")
  INCLUDE (country_code, person_roles);
