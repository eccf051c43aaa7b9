-- Trigram matching for spelling-tolerant name search, and accent folding for full-text search of biographies.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "search_name" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "person_alias" ADD COLUMN     "search_name" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "person_search_name_idx" ON "person" USING GIN ("search_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "person_alias_search_name_idx" ON "person_alias" USING GIN ("search_name" gin_trgm_ops);


-- Full-text search of public biographies.
CREATE INDEX "person_biography_fts_idx" ON "person" USING GIN (to_tsvector('simple', coalesce("biography", '')));
