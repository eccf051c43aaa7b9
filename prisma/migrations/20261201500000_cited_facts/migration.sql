-- AlterTable
ALTER TABLE "source" ADD COLUMN     "text" TEXT;

-- AlterTable
ALTER TABLE "citation" ADD COLUMN     "case_fact_id" TEXT;

-- CreateTable
CREATE TABLE "case_fact" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_fact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "case_fact_case_id_sequence_key" ON "case_fact"("case_id", "sequence");

-- CreateIndex
CREATE INDEX "citation_case_fact_id_idx" ON "citation"("case_fact_id");

-- AddForeignKey
ALTER TABLE "case_fact" ADD CONSTRAINT "case_fact_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_case_fact_id_fkey" FOREIGN KEY ("case_fact_id") REFERENCES "case_fact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A citation still supports exactly one claim, now possibly a case fact.
ALTER TABLE "citation" DROP CONSTRAINT "citation_single_claim_check";
ALTER TABLE "citation" ADD CONSTRAINT "citation_single_claim_check" CHECK (
  num_nonnulls("person_id", "case_id", "status_event_id", "charge_id", "demand_id", "law_id", "case_fact_id") = 1
  OR (num_nonnulls("person_id", "case_id", "status_event_id", "charge_id", "demand_id", "law_id", "case_fact_id") = 0 AND "quoted_source_id" IS NOT NULL)
);

-- Data: the fact-check of the seed found demands that no one in its documents makes (issue 13). The seed no
-- longer writes them; remove them, with their citations, from databases seeded before.
DELETE FROM "citation" WHERE "demand_id" IN ('demand-sabri-al-qurashi-2', 'demand-sabri-al-qurashi-3', 'demand-muhammad-ali-husayn-khanayna-2');
DELETE FROM "demand" WHERE "id" IN ('demand-sabri-al-qurashi-2', 'demand-sabri-al-qurashi-3', 'demand-muhammad-ali-husayn-khanayna-2');
