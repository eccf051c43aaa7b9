// Flat export rows for cases: stable machine field names, plus labels in the chosen language.
import { isoPartialDate } from "@/lib/format/partial-date";
import type { Translator } from "@/lib/i18n/translator";
import type { ExportedCase } from "@/lib/server/public/stream-cases";

export const CASE_EXPORT_COLUMNS = [
  "slug",
  "name",
  "country_code",
  "country",
  "roles",
  "status",
  "status_label",
  "status_since",
  "status_since_precision",
  "arrest_date",
  "arrest_precision",
  "sentence",
  "facility",
  "place",
  "place_address_local",
  "place_address_latin",
  "url",
] as const;

export type CaseExportRow = Record<(typeof CASE_EXPORT_COLUMNS)[number], string | null>;

export function caseExportRow(c: ExportedCase, t: Translator, siteUrl: string, locale: string): CaseExportRow {
  return {
    slug: c.slug,
    name: c.fullName,
    country_code: c.countryCode,
    country: c.countryName,
    roles: c.roles,
    status: c.status,
    status_label: t(`CaseStatus.${c.status}`),
    status_since: isoPartialDate(c.statusSince, c.statusSincePrecision) ?? null,
    status_since_precision: c.statusSincePrecision,
    arrest_date: isoPartialDate(c.arrestDate, c.arrestPrecision) ?? null,
    arrest_precision: c.arrestPrecision,
    sentence: c.sentence,
    facility: c.facility,
    place: c.placeName,
    place_address_local: c.placeAddressLocal,
    place_address_latin: c.placeAddressLatin,
    url: `${siteUrl}/${locale}/cases/${c.slug}`,
  };
}
