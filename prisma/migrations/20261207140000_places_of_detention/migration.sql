-- Places of detention (issue 18): a place is a public, cited record; a case's stays in places are dated like its
-- status events, and the last one is where the person is held now. A case may be marked "letters not advised".

-- CreateEnum
CREATE TYPE "place_kind" AS ENUM ('PRISON', 'PRE_TRIAL_DETENTION_CENTRE', 'PSYCHIATRIC_FACILITY', 'PENAL_COLONY', 'OTHER');

-- AlterTable
ALTER TABLE "case" ADD COLUMN     "letters_not_advised" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "citation" ADD COLUMN     "place_id" TEXT,
ADD COLUMN     "place_stay_id" TEXT;

-- CreateTable
CREATE TABLE "place" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "place_kind" NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "region" TEXT,
    "address_local" TEXT,
    "address_latin" TEXT,
    "letter_rules" TEXT,
    "letter_needs_birth_year" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "place_name" (
    "id" TEXT NOT NULL,
    "place_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "script" "name_script" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "place_name_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "place_stay" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "place_id" TEXT NOT NULL,
    "date" DATE,
    "date_precision" "date_precision" NOT NULL DEFAULT 'UNKNOWN',
    "sequence" INTEGER NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "place_stay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "place_slug_key" ON "place"("slug");

-- CreateIndex
CREATE INDEX "place_country_code_name_idx" ON "place"("country_code", "name");

-- CreateIndex
CREATE UNIQUE INDEX "place_name_place_id_name_key" ON "place_name"("place_id", "name");

-- CreateIndex
CREATE INDEX "place_stay_place_id_case_id_idx" ON "place_stay"("place_id", "case_id");

-- CreateIndex
CREATE UNIQUE INDEX "place_stay_case_id_sequence_key" ON "place_stay"("case_id", "sequence");

-- CreateIndex
CREATE INDEX "citation_place_id_idx" ON "citation"("place_id");

-- CreateIndex
CREATE INDEX "citation_place_stay_id_idx" ON "citation"("place_stay_id");

-- AddForeignKey
ALTER TABLE "place" ADD CONSTRAINT "place_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_name" ADD CONSTRAINT "place_name_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_stay" ADD CONSTRAINT "place_stay_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_stay" ADD CONSTRAINT "place_stay_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_place_stay_id_fkey" FOREIGN KEY ("place_stay_id") REFERENCES "place_stay"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A date and its precision go together, as for status events.
ALTER TABLE "place_stay" ADD CONSTRAINT "place_stay_date_precision_check" CHECK (("date" IS NULL) = ("date_precision" = 'UNKNOWN'));

-- A citation still supports exactly one claim, now possibly a place or a stay.
ALTER TABLE "citation" DROP CONSTRAINT "citation_single_claim_check";
ALTER TABLE "citation" ADD CONSTRAINT "citation_single_claim_check" CHECK (
  num_nonnulls("person_id", "case_id", "status_event_id", "charge_id", "demand_id", "law_id", "case_fact_id", "place_id", "place_stay_id") = 1
  OR (num_nonnulls("person_id", "case_id", "status_event_id", "charge_id", "demand_id", "law_id", "case_fact_id", "place_id", "place_stay_id") = 0 AND "quoted_source_id" IS NOT NULL)
);

-- Public pages are built from these tables too: a change drops every server's caches (20261201700000_public_change_notify).
CREATE TRIGGER notify_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "place"
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_notify_public_change();
CREATE TRIGGER notify_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "place_name"
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_notify_public_change();
CREATE TRIGGER notify_public_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "place_stay"
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_notify_public_change();
