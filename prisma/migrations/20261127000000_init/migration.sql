-- CreateEnum
CREATE TYPE "case_status" AS ENUM ('DETAINED_PRE_TRIAL', 'DETAINED', 'IMPRISONED', 'HOUSE_ARREST', 'PSYCHIATRIC_DETENTION', 'INCOMMUNICADO', 'RESTRICTED_NO_LEGAL_STATUS', 'TRAVEL_BAN', 'PROBATION', 'RELEASED', 'PARDONED', 'ACQUITTED', 'CHARGES_DROPPED', 'DECEASED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "visibility" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "name_script" AS ENUM ('LATIN', 'CYRILLIC', 'ARABIC', 'OTHER');

-- CreateEnum
CREATE TYPE "alias_kind" AS ENUM ('NATIVE_SPELLING', 'TRANSLITERATION', 'FORMER_NAME', 'NICKNAME');

-- CreateEnum
CREATE TYPE "gender" AS ENUM ('FEMALE', 'MALE', 'OTHER');

-- CreateEnum
CREATE TYPE "person_role" AS ENUM ('JOURNALIST', 'BLOGGER', 'LAWYER', 'HUMAN_RIGHTS_DEFENDER', 'ACTIVIST', 'OPPOSITION_POLITICIAN', 'LABOUR_RIGHTS_ACTIVIST', 'FORMER_GUANTANAMO_DETAINEE', 'SATIRIST', 'OTHER');

-- CreateEnum
CREATE TYPE "demand_kind" AS ENUM ('RELEASE', 'QUASH_CONVICTION', 'DROP_CHARGES', 'LIFT_PROBATION', 'REPEAL_LAW', 'NOT_ADOPT_LAW', 'ADOPT_LAW', 'ALLOW_TRAVEL', 'GRANT_LEGAL_STATUS', 'RESETTLE', 'FAMILY_REUNIFICATION', 'ESTABLISH_SAFEGUARD', 'END_PRACTICE', 'OTHER');

-- CreateEnum
CREATE TYPE "demand_status" AS ENUM ('OPEN', 'PARTLY_MET', 'MET');

-- CreateEnum
CREATE TYPE "law_status" AS ENUM ('IN_FORCE', 'PLANNED', 'REPEALED');

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('NGO_STATEMENT', 'UN_REPORT', 'NEWS_ARTICLE', 'OFFICIAL_DOCUMENT');

-- CreateEnum
CREATE TYPE "organisation_role" AS ENUM ('AUTHOR', 'SIGNATORY', 'PUBLISHER');

-- CreateTable
CREATE TABLE "country" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "is_unnamed" BOOLEAN NOT NULL DEFAULT false,
    "gender" "gender",
    "birth_year" INTEGER,
    "roles" "person_role"[],
    "biography" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_alias" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "script" "name_script" NOT NULL,
    "kind" "alias_kind" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "person_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "status" "case_status" NOT NULL,
    "status_since" DATE,
    "status_since_precision" "date_precision" NOT NULL DEFAULT 'UNKNOWN',
    "arrest_date" DATE,
    "arrest_precision" "date_precision" NOT NULL DEFAULT 'UNKNOWN',
    "conviction_date" DATE,
    "conviction_precision" "date_precision" NOT NULL DEFAULT 'UNKNOWN',
    "release_date" DATE,
    "release_precision" "date_precision" NOT NULL DEFAULT 'UNKNOWN',
    "sentence" TEXT,
    "facility" TEXT,
    "summary" TEXT,
    "visibility" "visibility" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "internal_notes" TEXT,
    "contact_details" TEXT,
    "family_details" TEXT,
    "risk_note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charge" (
    "id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "article" TEXT,
    "description" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_charge" (
    "case_id" TEXT NOT NULL,
    "charge_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_charge_pkey" PRIMARY KEY ("case_id","charge_id")
);

-- CreateTable
CREATE TABLE "status_event" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "from_status" "case_status",
    "to_status" "case_status" NOT NULL,
    "date" DATE,
    "date_precision" "date_precision" NOT NULL DEFAULT 'UNKNOWN',
    "sequence" INTEGER NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "law" (
    "id" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "law_status" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "law_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "demand" (
    "id" TEXT NOT NULL,
    "kind" "demand_kind" NOT NULL,
    "description" TEXT NOT NULL,
    "target_authority" TEXT NOT NULL,
    "status" "demand_status" NOT NULL DEFAULT 'OPEN',
    "case_id" TEXT,
    "country_code" CHAR(2),
    "law_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "demand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "authors" TEXT[],
    "published_date" DATE,
    "published_precision" "date_precision" NOT NULL DEFAULT 'UNKNOWN',
    "url" TEXT,
    "kind" "source_kind" NOT NULL,
    "archive_note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_organisation" (
    "source_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "role" "organisation_role" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "source_organisation_pkey" PRIMARY KEY ("source_id","organisation_id","role")
);

-- CreateTable
CREATE TABLE "citation" (
    "id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "claim" TEXT NOT NULL,
    "locator" TEXT,
    "quoted_source_id" TEXT,
    "person_id" TEXT,
    "case_id" TEXT,
    "status_event_id" TEXT,
    "charge_id" TEXT,
    "demand_id" TEXT,
    "law_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "citation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "country_name_key" ON "country"("name");

-- CreateIndex
CREATE UNIQUE INDEX "person_slug_key" ON "person"("slug");

-- CreateIndex
CREATE INDEX "person_full_name_idx" ON "person"("full_name");

-- CreateIndex
CREATE INDEX "person_alias_name_idx" ON "person_alias"("name");

-- CreateIndex
CREATE UNIQUE INDEX "person_alias_person_id_name_key" ON "person_alias"("person_id", "name");

-- CreateIndex
CREATE INDEX "case_country_code_status_idx" ON "case"("country_code", "status");

-- CreateIndex
CREATE INDEX "case_status_idx" ON "case"("status");

-- CreateIndex
CREATE INDEX "case_visibility_status_since_idx" ON "case"("visibility", "status_since");

-- CreateIndex
CREATE INDEX "case_person_id_idx" ON "case"("person_id");

-- CreateIndex
CREATE INDEX "charge_country_code_idx" ON "charge"("country_code");

-- CreateIndex
CREATE INDEX "case_charge_charge_id_idx" ON "case_charge"("charge_id");

-- CreateIndex
CREATE INDEX "status_event_created_at_idx" ON "status_event"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "status_event_case_id_sequence_key" ON "status_event"("case_id", "sequence");

-- CreateIndex
CREATE INDEX "law_country_code_idx" ON "law"("country_code");

-- CreateIndex
CREATE INDEX "demand_case_id_idx" ON "demand"("case_id");

-- CreateIndex
CREATE INDEX "demand_country_code_idx" ON "demand"("country_code");

-- CreateIndex
CREATE INDEX "demand_law_id_idx" ON "demand"("law_id");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_slug_key" ON "organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_name_key" ON "organisation"("name");

-- CreateIndex
CREATE INDEX "source_organisation_organisation_id_idx" ON "source_organisation"("organisation_id");

-- CreateIndex
CREATE INDEX "citation_source_id_idx" ON "citation"("source_id");

-- CreateIndex
CREATE INDEX "citation_quoted_source_id_idx" ON "citation"("quoted_source_id");

-- CreateIndex
CREATE INDEX "citation_person_id_idx" ON "citation"("person_id");

-- CreateIndex
CREATE INDEX "citation_case_id_idx" ON "citation"("case_id");

-- CreateIndex
CREATE INDEX "citation_status_event_id_idx" ON "citation"("status_event_id");

-- CreateIndex
CREATE INDEX "citation_charge_id_idx" ON "citation"("charge_id");

-- CreateIndex
CREATE INDEX "citation_demand_id_idx" ON "citation"("demand_id");

-- CreateIndex
CREATE INDEX "citation_law_id_idx" ON "citation"("law_id");

-- AddForeignKey
ALTER TABLE "person_alias" ADD CONSTRAINT "person_alias_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charge" ADD CONSTRAINT "charge_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_charge" ADD CONSTRAINT "case_charge_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_charge" ADD CONSTRAINT "case_charge_charge_id_fkey" FOREIGN KEY ("charge_id") REFERENCES "charge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_event" ADD CONSTRAINT "status_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "law" ADD CONSTRAINT "law_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demand" ADD CONSTRAINT "demand_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demand" ADD CONSTRAINT "demand_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demand" ADD CONSTRAINT "demand_law_id_fkey" FOREIGN KEY ("law_id") REFERENCES "law"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_organisation" ADD CONSTRAINT "source_organisation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_organisation" ADD CONSTRAINT "source_organisation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_quoted_source_id_fkey" FOREIGN KEY ("quoted_source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_status_event_id_fkey" FOREIGN KEY ("status_event_id") REFERENCES "status_event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_charge_id_fkey" FOREIGN KEY ("charge_id") REFERENCES "charge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_demand_id_fkey" FOREIGN KEY ("demand_id") REFERENCES "demand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_law_id_fkey" FOREIGN KEY ("law_id") REFERENCES "law"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Invariants Prisma's schema language cannot state: a date is present exactly when its precision is known.
ALTER TABLE "case" ADD CONSTRAINT "case_status_since_precision_check" CHECK (("status_since" IS NULL) = ("status_since_precision" = 'UNKNOWN'));
ALTER TABLE "case" ADD CONSTRAINT "case_arrest_precision_check" CHECK (("arrest_date" IS NULL) = ("arrest_precision" = 'UNKNOWN'));
ALTER TABLE "case" ADD CONSTRAINT "case_conviction_precision_check" CHECK (("conviction_date" IS NULL) = ("conviction_precision" = 'UNKNOWN'));
ALTER TABLE "case" ADD CONSTRAINT "case_release_precision_check" CHECK (("release_date" IS NULL) = ("release_precision" = 'UNKNOWN'));
ALTER TABLE "status_event" ADD CONSTRAINT "status_event_date_precision_check" CHECK (("date" IS NULL) = ("date_precision" = 'UNKNOWN'));
ALTER TABLE "source" ADD CONSTRAINT "source_published_precision_check" CHECK (("published_date" IS NULL) = ("published_precision" = 'UNKNOWN'));

-- A citation supports at most one claim; with none, it records a passage of another document quoted in its source.
ALTER TABLE "citation" ADD CONSTRAINT "citation_single_claim_check" CHECK (
  num_nonnulls("person_id", "case_id", "status_event_id", "charge_id", "demand_id", "law_id") = 1
  OR (num_nonnulls("person_id", "case_id", "status_event_id", "charge_id", "demand_id", "law_id") = 0 AND "quoted_source_id" IS NOT NULL)
);
