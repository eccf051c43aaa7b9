-- CreateEnum
CREATE TYPE "external_id_scheme" AS ENUM ('CPJ', 'PEN', 'USCIRF', 'WGAD_OPINION', 'GUANTANAMO_ISN', 'OTHER');

-- CreateTable
CREATE TABLE "external_identifier" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "scheme" "external_id_scheme" NOT NULL,
    "value" TEXT NOT NULL,
    "search_name" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "external_identifier_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "external_identifier_person_id_idx" ON "external_identifier"("person_id");

-- CreateIndex
CREATE INDEX "external_identifier_search_name_idx" ON "external_identifier" USING GIN ("search_name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "external_identifier_scheme_value_key" ON "external_identifier"("scheme", "value");

-- AddForeignKey
ALTER TABLE "external_identifier" ADD CONSTRAINT "external_identifier_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

