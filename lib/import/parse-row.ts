// Checks one spreadsheet row and turns it into what the import writes. Every error names the row and the column;
// an empty optional cell means "not known" and is kept as such, never filled in.
import type { CaseStatus, ExternalIdScheme, NameScript, PersonRole, SourceKind } from "@/lib/generated/prisma/enums";
import { ZCaseCreateSchema, ZCaseFieldsSchema, type TCaseCreate } from "@/lib/validations/case";
import { readMessage } from "@/lib/validations/message-values";
import type { TPartialDate } from "@/lib/validations/partial-date";
import type { ImportColumn } from "./columns";
import { isFormulaCell } from "./formula-cell";
import type { CountryLookup } from "./country-lookup";
import type { ImportProblem } from "./import-problem";
import type { TableRow } from "./read-table";
import { readRole, readScheme, readSourceKind, readStatus } from "./vocabulary";

export type ImportRow = {
  row: number;
  /** The same form the editors' "new case" page submits, so the same rules apply. */
  createForm: TCaseCreate;
  aliases: { name: string; script: NameScript }[];
  charges: string[];
  sentence: string | null;
  facility: string | null;
  summary: string | null;
  arrest: TPartialDate;
  conviction: TPartialDate;
  release: TPartialDate;
  externalIds: { scheme: ExternalIdScheme; value: string }[];
};

export type ParsedRow = { ok: true; value: ImportRow } | { ok: false; problems: ImportProblem[] };

/** Where a form field's error belongs in the sheet. */
const COLUMN_OF_PATH: Record<string, ImportColumn> = {
  fullName: "name",
  roles: "roles",
  countryCode: "country",
  status: "status",
  when: "status_since",
  "citation.sourceId": "source_title",
  "citation.newSourceTitle": "source_title",
  "citation.newSourcePublisher": "source_publisher",
  "citation.newSourceUrl": "source_url",
  "citation.newSourcePublished": "source_date",
  "citation.newSourceKind": "source_kind",
  "citation.quote": "quote",
  sentence: "sentence",
  facility: "facility",
  summary: "summary",
  arrest: "arrest_date",
  conviction: "conviction_date",
  release: "release_date",
};

const ZExtraFields = ZCaseFieldsSchema.pick({
  sentence: true,
  facility: true,
  summary: true,
  arrest: true,
  conviction: true,
  release: true,
});

const SCRIPT_PREFIXES: [RegExp, NameScript][] = [
  [/^(cyrillic|кириллица)\s*:/i, "CYRILLIC"],
  [/^(latin|латиница)\s*:/i, "LATIN"],
  [/^(arabic|арабский)\s*:/i, "ARABIC"],
  [/^(other|другое)\s*:/i, "OTHER"],
];

function scriptOf(name: string): NameScript {
  if (/\p{Script=Cyrillic}/u.test(name)) return "CYRILLIC";
  if (/\p{Script=Arabic}/u.test(name)) return "ARABIC";
  if (/\p{Script=Latin}/u.test(name)) return "LATIN";
  return "OTHER";
}

const list = (text: string) =>
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function parseRow(input: TableRow, country: CountryLookup): ParsedRow {
  const problems: ImportProblem[] = [];
  // A formula's cached value is not a fact: the cell is reported as a formula and read as empty (formula-cell.ts
  // says why "-", "+" and "@" alone do not make one).
  const formulas = new Set<ImportColumn>(input.formulas);
  for (const [column, value] of input.cells) if (isFormulaCell(value)) formulas.add(column);
  const cell = (column: ImportColumn) => (formulas.has(column) ? "" : (input.cells.get(column) ?? "").trim());
  const problem = (column: ImportColumn, code: string, params?: Record<string, string | number>) =>
    problems.push({ row: input.row, column, code, ...(params ? { params } : {}) });

  for (const column of formulas) problem(column, "formula");

  const roles: PersonRole[] = [];
  for (const label of list(cell("roles"))) {
    const role = readRole(label);
    if (role) roles.push(role);
    else problem("roles", "unknownRole", { value: label.slice(0, 60) });
  }
  const statusText = cell("status");
  const status: CaseStatus | undefined = statusText ? readStatus(statusText) : undefined;
  if (statusText && !status) problem("status", "unknownStatus", { value: statusText.slice(0, 60) });
  const countryText = cell("country");
  const countryCode = countryText ? country(countryText) : undefined;
  if (countryText && !countryCode) problem("country", "unknownCountry", { value: countryText.slice(0, 60) });
  const kindText = cell("source_kind");
  const sourceKind: SourceKind | undefined = kindText ? readSourceKind(kindText) : "NEWS_ARTICLE";
  if (!sourceKind) problem("source_kind", "unknownSourceKind", { value: kindText.slice(0, 60) });

  const externalIds: ImportRow["externalIds"] = [];
  for (const entry of list(cell("external_ids"))) {
    const at = entry.indexOf(":");
    const scheme = at > 0 ? readScheme(entry.slice(0, at)) : undefined;
    const value = at > 0 ? entry.slice(at + 1).trim() : "";
    if (!scheme || !value || value.length > 200)
      problem("external_ids", "badExternalId", { value: entry.slice(0, 60) });
    else externalIds.push({ scheme, value });
  }

  const aliases: ImportRow["aliases"] = [];
  for (const entry of list(cell("aliases"))) {
    const prefix = SCRIPT_PREFIXES.find(([pattern]) => pattern.test(entry));
    const name = prefix ? entry.replace(prefix[0], "").trim() : entry;
    if (!name || name.length > 200) problem("aliases", name ? "tooLong" : "required");
    else aliases.push({ name, script: prefix ? prefix[1] : scriptOf(name) });
  }

  const charges = list(cell("charges"));
  if (charges.some((c) => c.length > 500)) problem("charges", "tooLong");

  const form = {
    fullName: cell("name"),
    roles,
    countryCode: countryCode ?? (countryText ? "??" : ""),
    status: status ?? statusText,
    when: cell("status_since"),
    note: "",
    citation: {
      sourceId: "",
      newSourceTitle: cell("source_title"),
      newSourcePublisher: cell("source_publisher"),
      newSourceUrl: cell("source_url"),
      newSourceKind: sourceKind ?? "NEWS_ARTICLE",
      newSourcePublished: cell("source_date"),
      quote: cell("quote"),
    },
  };
  const created = ZCaseCreateSchema.safeParse(form);
  const extra = ZExtraFields.safeParse({
    sentence: cell("sentence"),
    facility: cell("facility"),
    summary: cell("summary"),
    arrest: cell("arrest_date"),
    conviction: cell("conviction_date"),
    release: cell("release_date"),
  });
  const already = new Set(problems.map((p) => p.column));
  for (const issue of [...(created.error?.issues ?? []), ...(extra.error?.issues ?? [])]) {
    const column = COLUMN_OF_PATH[issue.path.join(".")];
    if (!column) continue;
    // One message per column: "unknown country" says more than the schema's "choose a country".
    if (already.has(column)) continue;
    already.add(column);
    // A message with values (a date's "no day 30 in February 2024") becomes the problem's code and params.
    const { key, values } = readMessage(issue.message || "invalid");
    problem(column, key, Object.keys(values).length > 0 ? values : undefined);
  }
  if (problems.length > 0 || !created.success || !extra.success) {
    return {
      ok: false,
      problems: problems.length > 0 ? problems : [{ row: input.row, column: null, code: "invalid" }],
    };
  }
  return {
    ok: true,
    value: { row: input.row, createForm: created.data, aliases, charges, externalIds, ...extra.data },
  };
}
