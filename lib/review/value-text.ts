// One value of a change, as people write it: enum values by their label, dates with the precision the source gave
// ("April 2025"), countries by name, and an explicit "(empty)" rather than nothing; and a field's name as the
// editors' forms label it. Pure functions over a translator, shared by the review page, the audit log and its CSV.
import { countryName } from "@/lib/format/country-name";
import { formatPartialDate } from "@/lib/format/partial-date";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { RECORD_FIELDS, RECORD_TYPES, type RecordType } from "@/lib/records/fields";
import { parsePartialDate } from "@/lib/validations/partial-date";

/** The little of a next-intl translator these functions use; both useTranslations() and createTranslator() fit. */
export type TextTranslator = { (key: never): string; has: (key: never) => boolean };

/** Which label set names the values of a case-level field. Record fields name theirs in RECORD_FIELDS. */
const FIELD_LABELS: Record<string, string> = {
  status: "CaseStatus",
  toStatus: "CaseStatus",
  fromStatus: "CaseStatus",
  consentStatus: "ConsentStatus",
  consent: "ConsentStatus",
  visibility: "Visibility",
  roles: "PersonRole",
  role: "UserRole",
};

/** Where an unknown field's enum value may be labelled, tried in order. */
const ENUM_LABELS = [
  "CaseStatus",
  "ConsentStatus",
  "Visibility",
  "PersonRole",
  "DemandKind",
  "DemandStatus",
  "LawStatus",
  "SourceKind",
  "Gender",
  "NameScript",
  "AliasKind",
  "AliasOrigin",
  "ExternalIdScheme",
  "OrganisationRole",
];

const DATE_FIELD = /(Date|date|when|When|since|Since|published|Published|reported|Reported|On)$/;
const PARTIAL_DATE_TEXT = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function labelSet(field: string, entityType: string | null): string | null {
  if (entityType && (RECORD_TYPES as readonly string[]).includes(entityType)) {
    const spec = RECORD_FIELDS[entityType as RecordType].find((f) => f.name === field);
    if (spec && "labels" in spec) return spec.labels;
  }
  return FIELD_LABELS[field] ?? null;
}

function isPartialDateValue(value: unknown): value is { date: string | Date | null; precision: string } {
  return !!value && typeof value === "object" && "precision" in value && "date" in value;
}

export function reviewValueText(t: TextTranslator, locale: string) {
  const say = (key: string) => t(key as never);
  const dateText = (date: Date | null, precision: string) =>
    formatPartialDate(date, precision as DatePrecision, locale) ?? say("Common.notKnown");

  const text = (field: string, value: unknown, entityType: string | null): string => {
    if (value === null || value === undefined || value === "")
      return DATE_FIELD.test(field) ? say("Common.notKnown") : say("Editor.emptyValue");
    if (Array.isArray(value))
      return value.length === 0 ? say("Editor.emptyValue") : value.map((v) => text(field, v, entityType)).join(", ");
    if (isPartialDateValue(value)) return dateText(value.date ? new Date(value.date) : null, value.precision);
    if (typeof value === "boolean") return value ? say("Editor.yes") : say("Editor.no");
    if (typeof value === "object")
      return Object.entries(value)
        .map(([k, v]) => `${fieldLabel(t)(k, entityType)}: ${text(k, v, entityType)}`)
        .join("; ");
    const raw = String(value);
    if (ISO_TIMESTAMP.test(raw)) return dateText(new Date(raw), "DAY");
    if (DATE_FIELD.test(field) && PARTIAL_DATE_TEXT.test(raw)) {
      const parsed = parsePartialDate(raw);
      if (parsed) return dateText(parsed.date, parsed.precision);
    }
    if (field === "countryCode" && /^[A-Z]{2}$/.test(raw)) return countryName(raw, locale, raw);
    const set = labelSet(field, entityType);
    const sets = set ? [set] : /^[A-Z][A-Z_]+$/.test(raw) ? ENUM_LABELS : [];
    for (const s of sets) if (t.has(`${s}.${raw}` as never)) return say(`${s}.${raw}`);
    return raw;
  };
  return text;
}

/** A field's name as the editors' forms label it; a field no form labels yet is spelled out from its name. */
const EDITOR_LABEL: Record<string, string> = {
  countryCode: "country",
  consentStatus: "consent",
  consent: "consent",
  status: "colStatus",
  toStatus: "newStatus",
  when: "statusDate",
};

export function fieldLabel(t: TextTranslator) {
  return (field: string, entityType: string | null): string => {
    const isRecord = !!entityType && (RECORD_TYPES as readonly string[]).includes(entityType);
    const keys = [
      isRecord ? `Records.field.${field}` : null,
      `Editor.${EDITOR_LABEL[field] ?? field}`,
      `Records.field.${field}`,
    ];
    for (const key of keys) if (key && t.has(key as never)) return t(key as never);
    const spelled = field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    return spelled.charAt(0).toUpperCase() + spelled.slice(1);
  };
}
