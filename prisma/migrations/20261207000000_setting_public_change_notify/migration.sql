-- The About page shows the organisation settings (name, logo, contact), so the setting table is now one public
-- pages are built from: a change to it sends the same notice as the others (20261201700000_public_change_notify),
-- and every server drops its cached pages instead of showing the old settings until they age out.
CREATE TRIGGER notify_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON setting
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_notify_public_change();
