// Lists the public facts of a case that no citation supports, so publishing can refuse them by name.
import type { CitedFactKind } from "@/lib/cases/cited-facts";
import type { Prisma } from "@/lib/generated/prisma/client";

export type UncitedFact = { fact: CitedFactKind; detail: string | null };

// The country is a fact like the others: changing it needs a citation (cite-case-facts.ts), so publishing does too.
const CASE_FACTS = [
  ["countryCode", "country"],
  ["sentence", "sentence"],
  ["facility", "facility"],
  ["summary", "summary"],
  ["arrestDate", "arrestDate"],
  ["convictionDate", "convictionDate"],
  ["releaseDate", "releaseDate"],
] as const;

const PERSON_FACTS = [
  ["roles", "roles"],
  ["biography", "biography"],
  ["gender", "gender"],
  ["birthYear", "birthYear"],
] as const;

export async function findUncitedFacts(tx: Prisma.TransactionClient, caseId: string): Promise<UncitedFact[]> {
  const claims = { select: { claim: true } } as const;
  const row = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      countryCode: true,
      sentence: true,
      facility: true,
      summary: true,
      arrestDate: true,
      convictionDate: true,
      releaseDate: true,
      citations: claims,
      person: {
        select: {
          roles: true,
          biography: true,
          gender: true,
          birthYear: true,
          citations: claims,
          aliases: { where: { origin: "SOURCE" }, select: { name: true } },
        },
      },
      statusEvents: {
        orderBy: { sequence: "asc" },
        select: { toStatus: true, sequence: true, _count: { select: { citations: true } } },
      },
      charges: { select: { charge: { select: { description: true, _count: { select: { citations: true } } } } } },
      demands: { select: { description: true, _count: { select: { citations: true } } } },
      facts: { orderBy: { sequence: "asc" }, select: { text: true, _count: { select: { citations: true } } } },
    },
  });
  const uncited: UncitedFact[] = [];
  const caseClaims = new Set(row.citations.map((c) => c.claim));
  for (const [column, claim] of CASE_FACTS) {
    if (row[column] !== null && !caseClaims.has(claim)) uncited.push({ fact: claim, detail: null });
  }
  // A person created with one citation for the whole record ("person") has every field cited by it.
  const personClaims = new Set(row.person.citations.map((c) => c.claim));
  const personCited = (claim: string) => personClaims.has(claim) || personClaims.has("person");
  for (const [column, claim] of PERSON_FACTS) {
    const value = row.person[column];
    const present = Array.isArray(value) ? value.length > 0 : value !== null;
    if (present && !personCited(claim)) uncited.push({ fact: claim, detail: null });
  }
  for (const alias of row.person.aliases) {
    if (!personClaims.has(`alias: ${alias.name}`)) uncited.push({ fact: "alias", detail: alias.name });
  }
  for (const e of row.statusEvents)
    if (e._count.citations === 0) uncited.push({ fact: "statusEvent", detail: e.toStatus });
  for (const { charge } of row.charges)
    if (charge._count.citations === 0) uncited.push({ fact: "charge", detail: charge.description });
  for (const d of row.demands) if (d._count.citations === 0) uncited.push({ fact: "demand", detail: d.description });
  for (const f of row.facts) if (f._count.citations === 0) uncited.push({ fact: "caseFact", detail: f.text });
  return uncited;
}
