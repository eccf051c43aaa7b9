// Public facts of a case cite their source like a status does: a changed fact needs a source and a quote, and
// the new citation replaces the ones that supported the old value. A cleared fact is "not known" and cites nothing.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { TCitationInput } from "@/lib/validations/case";
import { checkQuote } from "./check-quote";
import { resolveSource } from "./resolve-source";

/** Column of the case -> the claim its citations carry. A date and its precision are one fact. */
export const CASE_FACT_CLAIMS: Record<string, string> = {
  countryCode: "country",
  sentence: "sentence",
  facility: "facility",
  summary: "summary",
  arrestDate: "arrestDate",
  arrestPrecision: "arrestDate",
  convictionDate: "convictionDate",
  convictionPrecision: "convictionDate",
  releaseDate: "releaseDate",
  releasePrecision: "releaseDate",
};

/** Claim -> the form field an error is shown on. */
const FORM_FIELD: Record<string, string> = {
  country: "countryCode",
  sentence: "sentence",
  facility: "facility",
  summary: "summary",
  arrestDate: "arrest",
  convictionDate: "conviction",
  releaseDate: "release",
};

const VALUE_COLUMN: Record<string, string> = {
  arrestDate: "arrestDate",
  convictionDate: "convictionDate",
  releaseDate: "releaseDate",
};

type Changes = Record<string, [unknown, unknown]>;

/** The claims a change touches, each with whether the fact now has a value (and so needs a citation). */
function touchedClaims(changes: Changes, next: (column: string) => unknown): Map<string, boolean> {
  const claims = new Map<string, boolean>();
  for (const column of Object.keys(changes)) {
    const claim = CASE_FACT_CLAIMS[column];
    if (!claim) continue;
    const valueColumn = VALUE_COLUMN[claim] ?? column;
    claims.set(claim, next(valueColumn) !== null && next(valueColumn) !== undefined);
  }
  return claims;
}

const afterOf = (changes: Changes, current: Record<string, unknown>) => (column: string) =>
  column in changes ? changes[column]![1] : current[column];

/** Refuses a change that gives a public fact a value without a source and quote, naming the fields. */
export function assertCaseFactsCited(
  changes: Changes,
  current: Record<string, unknown>,
  citation: TCitationInput | undefined,
): void {
  if (citation) return;
  const uncited = [...touchedClaims(changes, afterOf(changes, current))]
    .filter(([, hasValue]) => hasValue)
    .map(([claim]) => claim);
  if (uncited.length === 0) return;
  const fieldErrors: Record<string, string[]> = { "citation.quote": ["citationRequired"] };
  for (const claim of uncited) fieldErrors[FORM_FIELD[claim]!] = ["citationRequired"];
  throw new AppError("INVALID_INPUT", "A changed public fact needs a source and a quote.", {
    reason: "citationRequired",
    fieldErrors,
    facts: uncited,
  });
}

/** Writes the citations for the facts a change touched; returns the quote check for the editor. */
export async function citeCaseFacts(
  tx: Prisma.TransactionClient,
  caseId: string,
  changes: Changes,
  current: Record<string, unknown>,
  citation: TCitationInput | undefined,
  actorId: string,
): Promise<{ sourceId: string | null; quoteFound: boolean | null }> {
  const claims = touchedClaims(changes, afterOf(changes, current));
  if (claims.size === 0) return { sourceId: null, quoteFound: null };
  await tx.citation.deleteMany({ where: { caseId, claim: { in: [...claims.keys()] } } });
  const cited = [...claims].filter(([, hasValue]) => hasValue).map(([claim]) => claim);
  if (cited.length === 0 || !citation) return { sourceId: null, quoteFound: null };
  const sourceId = await resolveSource(tx, citation, actorId);
  await tx.citation.createMany({ data: cited.map((claim) => ({ caseId, sourceId, quote: citation.quote, claim })) });
  return { sourceId, quoteFound: await checkQuote(tx, sourceId, citation.quote) };
}
