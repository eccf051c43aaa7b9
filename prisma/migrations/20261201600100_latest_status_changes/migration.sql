-- The home page's latest status changes (newest date first, undated last): read from this index's first
-- entries instead of sorting every status event.
CREATE INDEX "status_event_latest_idx" ON "status_event" ("date" DESC NULLS LAST, "created_at" DESC, "id");
