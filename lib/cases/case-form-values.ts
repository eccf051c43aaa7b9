// A case as its edit form holds it: text fields as typed ("" for not known), dates as their partial-date text.
// The case page fills the form with it, and a bulk field change sends it back with one field changed, so both
// read a case the same way.
import type { ConsentStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { formatPartialDateInput } from "@/lib/validations/partial-date";

export type CaseEditValues = {
  caseId: string;
  version: number;
  countryCode: string;
  sentence: string;
  facility: string;
  summary: string;
  arrest: string;
  conviction: string;
  release: string;
  internalNotes: string;
  contactDetails: string;
  familyDetails: string;
  riskNote: string;
  consentStatus: ConsentStatus;
};

type CaseRow = {
  id: string;
  version: number;
  countryCode: string;
  sentence: string | null;
  facility: string | null;
  summary: string | null;
  arrestDate: Date | null;
  arrestPrecision: DatePrecision;
  convictionDate: Date | null;
  convictionPrecision: DatePrecision;
  releaseDate: Date | null;
  releasePrecision: DatePrecision;
  internalNotes: string | null;
  contactDetails: string | null;
  familyDetails: string | null;
  riskNote: string | null;
  consentStatus: ConsentStatus;
};

export function caseFormValues(found: CaseRow): CaseEditValues {
  return {
    caseId: found.id,
    version: found.version,
    countryCode: found.countryCode,
    sentence: found.sentence ?? "",
    facility: found.facility ?? "",
    summary: found.summary ?? "",
    arrest: formatPartialDateInput(found.arrestDate, found.arrestPrecision),
    conviction: formatPartialDateInput(found.convictionDate, found.convictionPrecision),
    release: formatPartialDateInput(found.releaseDate, found.releasePrecision),
    internalNotes: found.internalNotes ?? "",
    contactDetails: found.contactDetails ?? "",
    familyDetails: found.familyDetails ?? "",
    riskNote: found.riskNote ?? "",
    consentStatus: found.consentStatus,
  };
}
