-- A source page lists the claims that cite or quote a source, 50 at a time in id order after a cursor. With an
-- index on source_id alone, a source cited by 100,000 claims was read whole and sorted, or the citation
-- primary key walked with a filter; (source_id, id) and (quoted_source_id, id) make each page a range read.
-- They also serve every lookup the single-column indexes served, so those go.
DROP INDEX "citation_source_id_idx";
DROP INDEX "citation_quoted_source_id_idx";
CREATE INDEX "citation_source_id_id_idx" ON "citation"("source_id", "id");
CREATE INDEX "citation_quoted_source_id_id_idx" ON "citation"("quoted_source_id", "id");
