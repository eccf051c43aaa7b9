// Turns an exchange case into the import's row, so that it is checked by the same rules as the "new case" form and
// a spreadsheet row, and matched the same way: external identifiers first (the case's address on the exporting
// instance among them), then the name key and country.
import type { ImportProblem } from "@/lib/import/import-problem";
import type { ImportRow, ParsedRow } from "@/lib/import/parse-row";
import { ZCaseCreateSchema, ZCaseFieldsSchema } from "@/lib/validations/case";
import type { TExchangeCase, TExchangeDate, TExchangeSource } from "./schema";

const ZExtraFields = ZCaseFieldsSchema.pick({
  sentence: true,
  facility: true,
  summary: true,
  arrest: true,
  conviction: true,
  release: true,
});

/** Where a form field's error belongs in the exchange case. */
const PATH_OF_FIELD: Record<string, string> = {
  fullName: "person.fullName",
  roles: "person.roles",
  countryCode: "country.code",
  status: "status",
  when: "statusEvents.last.since",
  "citation.quote": "statusEvents.last.citations.0.quote",
  "citation.newSourceTitle": "sources.title",
  "citation.newSourcePublisher": "sources.publisher",
  "citation.newSourceUrl": "sources.url",
  "citation.newSourcePublished": "sources.published",
  sentence: "sentence",
  facility: "facility",
  summary: "summary",
  arrest: "arrest",
  conviction: "conviction",
  release: "release",
};

export const dateText = (d: TExchangeDate) => d.date ?? "";

/** The identifier an imported person keeps of the record it came from: the case's page on the other instance. */
export const provenanceIdentifier = (c: TExchangeCase) => ({ scheme: "OTHER" as const, value: c.url });

export function toImportRow(row: number, c: TExchangeCase, sources: Map<string, TExchangeSource>): ParsedRow {
  const last = c.statusEvents.at(-1)!;
  const cited = last.citations[0];
  const source = cited ? sources.get(cited.source) : undefined;
  const form = {
    fullName: c.person.fullName,
    roles: c.person.roles,
    countryCode: c.country.code,
    status: c.status,
    when: dateText(last.since),
    note: "",
    citation: {
      sourceId: "",
      newSourceTitle: source?.title ?? "",
      newSourcePublisher: source?.publisher ?? "",
      newSourceUrl: source?.url ?? "",
      newSourceKind: source?.kind ?? "NEWS_ARTICLE",
      newSourcePublished: source ? dateText(source.published) : "",
      quote: cited?.quote ?? "",
    },
  };
  const created = ZCaseCreateSchema.safeParse(form);
  const extra = ZExtraFields.safeParse({
    sentence: c.sentence ?? "",
    facility: c.facility ?? "",
    summary: c.summary ?? "",
    arrest: dateText(c.arrest),
    conviction: dateText(c.conviction),
    release: dateText(c.release),
  });
  if (!created.success || !extra.success) {
    const problems: ImportProblem[] = [...(created.error?.issues ?? []), ...(extra.error?.issues ?? [])].map(
      (issue) => ({
        row,
        column: PATH_OF_FIELD[issue.path.join(".")] ?? (issue.path.join(".") || null),
        code: issue.message || "invalid",
      }),
    );
    return { ok: false, problems };
  }
  const ids = [...c.person.identifiers.map((i) => ({ scheme: i.scheme, value: i.value })), provenanceIdentifier(c)];
  const value: ImportRow = {
    row,
    createForm: created.data,
    aliases: c.person.aliases.map((a) => ({ name: a.name, script: a.script })),
    charges: c.charges.map((ch) => ch.description),
    externalIds: ids.filter((id, i) => ids.findIndex((o) => o.scheme === id.scheme && o.value === id.value) === i),
    ...extra.data,
  };
  return { ok: true, value };
}
