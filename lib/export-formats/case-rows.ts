// Flat export rows for cases: stable machine field names (the JSON keys), plus labels in the chosen language. A
// CSV's header row names the columns in that language too (CaseExport.column.*). A name is shown as the language
// shows it (Cyrillic in Russian, where a source spells it so), with the source's spelling beside it.
import { countryName } from "@/lib/format/country-name";
import { displayName } from "@/lib/format/display-name";
import { isoPartialDate } from "@/lib/format/partial-date";
import type { NameScript } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/i18n/translator";
import type { ExportedCase } from "@/lib/server/public/stream-cases";

export const CASE_EXPORT_COLUMNS = [
  "slug",
  "name",
  "name_source",
  "country_code",
  "country",
  "roles",
  "role_codes",
  "status",
  "status_label",
  "status_since",
  "status_since_precision",
  "arrest_date",
  "arrest_precision",
  "conviction_date",
  "conviction_precision",
  "release_date",
  "release_precision",
  "sentence",
  "facility",
  "place",
  "place_address_local",
  "place_address_latin",
  "charges",
  "demands",
  "source_urls",
  "url",
] as const;

export type CaseExportColumn = (typeof CASE_EXPORT_COLUMNS)[number];
export type CaseExportRow = Record<CaseExportColumn, string | null>;

/** Several values in one cell, as a spreadsheet reader can split them again. */
const LIST = "; ";

export function caseExportRow(c: ExportedCase, t: Translator, siteUrl: string, locale: string): CaseExportRow {
  const aliases = c.aliasName ? [{ name: c.aliasName, script: "CYRILLIC" as NameScript }] : [];
  const { name, sourceName } = displayName(c.fullName, aliases, locale);
  const codes = c.roles ? c.roles.split(";") : [];
  return {
    slug: c.slug,
    name,
    name_source: sourceName ?? c.fullName,
    country_code: c.countryCode,
    country: countryName(c.countryCode, locale, c.countryName),
    roles: codes.map((role) => t(`PersonRole.${role}` as never)).join(LIST),
    role_codes: c.roles,
    status: c.status,
    status_label: t(`CaseStatus.${c.status}`),
    status_since: isoPartialDate(c.statusSince, c.statusSincePrecision) ?? null,
    status_since_precision: c.statusSincePrecision,
    arrest_date: isoPartialDate(c.arrestDate, c.arrestPrecision) ?? null,
    arrest_precision: c.arrestPrecision,
    conviction_date: isoPartialDate(c.convictionDate, c.convictionPrecision) ?? null,
    conviction_precision: c.convictionPrecision,
    release_date: isoPartialDate(c.releaseDate, c.releasePrecision) ?? null,
    release_precision: c.releasePrecision,
    sentence: c.sentence,
    facility: c.facility,
    place: c.placeName,
    place_address_local: c.placeAddressLocal,
    place_address_latin: c.placeAddressLatin,
    charges: c.charges.map((ch) => (ch.article ? `${ch.article}: ${ch.description}` : ch.description)).join(LIST),
    demands: c.demands
      .map((d) =>
        t("CaseExport.demand", {
          kind: t(`DemandKind.${d.kind}`),
          description: d.description,
          authority: d.targetAuthority,
          status: t(`DemandStatus.${d.status}`),
        }),
      )
      .join(LIST),
    source_urls: c.sourceUrls.join(" "),
    url: `${siteUrl}/${locale}/cases/${c.slug}`,
  };
}

/** The CSV header row, in the export's language. */
export const caseExportHeaders = (t: Translator) =>
  CASE_EXPORT_COLUMNS.map((column) => t(`CaseExport.column.${column}`));
