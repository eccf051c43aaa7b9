// Splits a case form into public fields (which go through review once published) and staff-only ones.
import { CONFIDENTIAL_CASE_COLUMNS } from "@/lib/db/confidential-columns";
import type { TCaseUpdate } from "@/lib/validations/case";
import { PUBLIC_CASE_FIELDS } from "@/lib/validations/change-request";

export type PublicCaseFields = {
  countryCode: string;
  sentence: string | null;
  facility: string | null;
  summary: string | null;
  arrestDate: Date | null;
  arrestPrecision: string;
  convictionDate: Date | null;
  convictionPrecision: string;
  releaseDate: Date | null;
  releasePrecision: string;
};

export type StaffCaseFields = {
  internalNotes: string | null;
  contactDetails: string | null;
  familyDetails: string | null;
  riskNote: string | null;
  consentStatus: string;
};

export { PUBLIC_CASE_FIELDS };

/** Staff-only fields save at once, without review: the confidential columns and the consent status. */
export const STAFF_CASE_FIELDS = [...CONFIDENTIAL_CASE_COLUMNS, "consentStatus"] as const;

export function splitCaseFields(input: TCaseUpdate): { publicFields: PublicCaseFields; staffFields: StaffCaseFields } {
  return {
    publicFields: {
      countryCode: input.countryCode,
      sentence: input.sentence,
      facility: input.facility,
      summary: input.summary,
      arrestDate: input.arrest.date,
      arrestPrecision: input.arrest.precision,
      convictionDate: input.conviction.date,
      convictionPrecision: input.conviction.precision,
      releaseDate: input.release.date,
      releasePrecision: input.release.precision,
    },
    staffFields: {
      internalNotes: input.internalNotes,
      contactDetails: input.contactDetails,
      familyDetails: input.familyDetails,
      riskNote: input.riskNote,
      consentStatus: input.consentStatus,
    },
  };
}

/** Values as JSON keeps them: dates as ISO strings, so stored proposals compare with current rows. */
export function comparable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

/** Field -> [before, after] for each field whose value would change; values are JSON-safe. */
export function changedFields(
  current: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(next)) {
    const before = comparable(current[key]);
    const after = comparable(next[key]);
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[key] = [before, after];
  }
  return changes;
}
