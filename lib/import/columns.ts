// The spreadsheet template: one row per case, these columns, in this order. Headers are matched case-insensitively.
export const IMPORT_COLUMNS = [
  "name",
  "aliases",
  "country",
  "roles",
  "status",
  "status_since",
  "arrest_date",
  "conviction_date",
  "release_date",
  "charges",
  "sentence",
  "facility",
  "summary",
  "source_title",
  "source_publisher",
  "source_url",
  "source_date",
  "source_kind",
  "quote",
  "external_ids",
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Without these a row cannot say who, where, what, or on whose word. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  "name",
  "country",
  "roles",
  "status",
  "source_title",
  "quote",
];

const EXAMPLE: Record<ImportColumn, string> = {
  name: "Example Person",
  aliases: "cyrillic:Пример Персонов; Primer Personov",
  country: "KG",
  roles: "Journalist; Blogger",
  status: "Imprisoned",
  status_since: "2024-11",
  arrest_date: "2024",
  conviction_date: "",
  release_date: "",
  charges: "Calls to mass unrest",
  sentence: "",
  facility: "",
  summary: "",
  source_title: "Title of the statement or article",
  source_publisher: "Publishing organisation",
  source_url: "https://example.org/statement",
  source_date: "2025-04-10",
  source_kind: "NGO statement",
  quote: "The passage of the source that says all of the above, copied word for word.",
  external_ids: "CPJ:example-id",
};

/** The template as CSV: the header and one example row to overwrite. */
export function templateCsv(): string {
  const quote = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${IMPORT_COLUMNS.join(",")}\r\n${IMPORT_COLUMNS.map((c) => quote(EXAMPLE[c])).join(",")}\r\n`;
}
