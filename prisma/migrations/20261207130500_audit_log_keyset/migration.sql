-- The audit log pages newest first by (created_at, id), a keyset, whatever the filter: this index serves the
-- unfiltered log and the date range; the filters by user, record and action have theirs already.
CREATE INDEX "audit_log_created_at_id_idx" ON "audit_log"("created_at", "id");
