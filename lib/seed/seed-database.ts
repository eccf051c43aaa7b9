// Writes the curated seed in one transaction. Existing rows are left untouched, so a second run changes nothing.
import type { Db } from "@/lib/db/create-client";
import { seedData } from "@/prisma/seed-data";
import { SYNTHETIC_MARK } from "@/lib/synthetic/seed-synthetic";
import { buildSeedRows } from "./build-rows";

export type SeedReport = Record<string, number>;

export async function seedDatabase(db: Db): Promise<SeedReport> {
  if (await db.setting.findUnique({ where: { key: SYNTHETIC_MARK } })) {
    throw new Error("This database holds synthetic data; the real seed never mixes with it.");
  }
  const rows = buildSeedRows(seedData);
  // Prisma gives an interactive transaction 5 s by default; on a busy machine the seed took 6 s and failed, which
  // on PGlite would stop the first start. It is one batch of inserts, so a long limit costs nothing.
  return db.$transaction(
    async (tx) => {
      const opts = { skipDuplicates: true } as const;
      const report: SeedReport = {};
      report.countries = (await tx.country.createMany({ data: rows.countries, ...opts })).count;
      report.organisations = (await tx.organisation.createMany({ data: rows.organisations, ...opts })).count;
      report.sources = (await tx.source.createMany({ data: rows.sources, ...opts })).count;
      report.sourceOrganisations = (
        await tx.sourceOrganisation.createMany({ data: rows.sourceOrganisations, ...opts })
      ).count;
      report.people = (await tx.person.createMany({ data: rows.people, ...opts })).count;
      report.aliases = (await tx.personAlias.createMany({ data: rows.aliases, ...opts })).count;
      report.cases = (await tx.case.createMany({ data: rows.cases, ...opts })).count;
      report.charges = (await tx.charge.createMany({ data: rows.charges, ...opts })).count;
      report.caseCharges = (await tx.caseCharge.createMany({ data: rows.caseCharges, ...opts })).count;
      report.statusEvents = (await tx.statusEvent.createMany({ data: rows.statusEvents, ...opts })).count;
      report.caseFacts = (await tx.caseFact.createMany({ data: rows.caseFacts, ...opts })).count;
      report.laws = (await tx.law.createMany({ data: rows.laws, ...opts })).count;
      report.demands = (await tx.demand.createMany({ data: rows.demands, ...opts })).count;
      report.citations = (await tx.citation.createMany({ data: rows.citations, ...opts })).count;
      return report;
    },
    { timeout: 120_000 },
  );
}
