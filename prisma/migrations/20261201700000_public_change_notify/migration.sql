-- Every statement that changes a table public pages are built from sends NOTIFY habeas_public_change. NOTIFY
-- inside a transaction is delivered at its commit and never on rollback, and repeats within one transaction are
-- folded into one, so each committed change reaches every listening server once (lib/cache/public-change-listener.ts).
CREATE FUNCTION habeas_notify_public_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('habeas_public_change', '');
  RETURN NULL;
END
$$;

DO $$
DECLARE
  public_table text;
BEGIN
  FOREACH public_table IN ARRAY ARRAY[
    'country', 'person', 'person_alias', 'external_identifier', 'case', 'charge', 'case_charge', 'status_event',
    'law', 'demand', 'organisation', 'source', 'source_organisation', 'citation', 'case_fact', 'case_count'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER notify_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION habeas_notify_public_change()',
      public_table
    );
  END LOOP;
END
$$;
