// Which claim a record's fields support, and the rule that a changed public record cites its new values.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { CHANGE_NEEDS_CITATION, type RecordType } from "@/lib/records/fields";
import type { TCitationInput } from "@/lib/validations/case";
import { PLACE_CLAIMS, placeNameClaim, STAY_CLAIM } from "@/lib/places/place-claims";

type Changes = Record<string, [unknown, unknown]>;
export type CitationColumn = "personId" | "chargeId" | "demandId" | "lawId" | "caseFactId" | "placeId" | "placeStayId";
type Target = { column: CitationColumn; id: string };

const PERSON_CLAIMS: Record<string, string> = {
  fullName: "name",
  roles: "roles",
  biography: "biography",
  gender: "gender",
  birthYear: "birthYear",
};

/** The claims a record change touches: one per field for a person, one for the whole record otherwise. */
export function claimsOf(type: RecordType, changes: Changes): string[] {
  const fields = Object.keys(changes);
  switch (type) {
    case "person":
      return [...new Set(fields.map((f) => PERSON_CLAIMS[f] ?? f))];
    case "demand":
    case "law":
      return [...new Set(fields.map((f) => (f === "status" ? "status" : type)))];
    case "charge":
      return ["charge"];
    case "caseFact":
      return ["fact"];
    case "alias":
      return [`alias: ${String(changes.name?.[1] ?? "")}`];
    case "place":
      return [...new Set(fields.map((f) => PLACE_CLAIMS[f as keyof typeof PLACE_CLAIMS] ?? f))];
    case "placeName":
      return [placeNameClaim(String(changes.name?.[1] ?? ""))];
    case "placeStay":
      return [STAY_CLAIM];
    default:
      return [];
  }
}

/** An alias Habeas transliterated itself has no source to cite; every other public record does. */
export function changeNeedsCitation(type: RecordType, fields: Record<string, unknown>): boolean {
  return CHANGE_NEEDS_CITATION.has(type) && !(type === "alias" && fields.origin === "EDITORIAL");
}

export function assertRecordChangeCited(
  type: RecordType,
  fields: Record<string, unknown>,
  changes: Changes,
  citation: TCitationInput | undefined,
) {
  if (citation || Object.keys(changes).length === 0 || !changeNeedsCitation(type, fields)) return;
  const fieldErrors: Record<string, string[]> = { "citation.quote": ["citationRequired"] };
  for (const field of Object.keys(changes)) fieldErrors[`fields.${field}`] = ["citationRequired"];
  throw new AppError("INVALID_INPUT", "A changed public fact needs a source and a quote.", {
    reason: "citationRequired",
    fieldErrors,
  });
}

/** Replaces the citations of the touched claims with the new source and quote. */
export async function citeRecordChange(
  tx: Prisma.TransactionClient,
  type: RecordType,
  target: Target,
  changes: Changes,
  cited: { sourceId: string; quote: string },
  /** The claim of the name an alias or a place's other name had before, whose citation the new one replaces. */
  previousNameClaim?: string,
) {
  const claims = claimsOf(type, changes);
  if (claims.length === 0) return;
  const replaced = previousNameClaim ? [previousNameClaim, ...claims] : claims;
  await tx.citation.deleteMany({ where: { [target.column]: target.id, claim: { in: replaced } } });
  await tx.citation.createMany({ data: claims.map((claim) => ({ ...cited, claim, [target.column]: target.id })) });
}
