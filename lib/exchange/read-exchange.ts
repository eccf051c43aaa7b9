// Reads an exchange file's bytes: UTF-8 JSON of a known format and version, no larger than an import may be.
// A file that cannot be read at all is refused whole (ImportFileError); each case is then checked on its own, so
// the report names every bad case by its position in the file (its "row") and the path of the field.
import type { z } from "zod";
import { ImportFileError, type ImportProblem } from "@/lib/import/import-problem";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { parseJson } from "./parse-json";
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  ZExchangeCaseSchema,
  ZExchangeEnvelopeSchema,
  type TExchangeCase,
  type TExchangeSource,
} from "./schema";

export type ExchangeRow =
  | { row: number; name: string; ok: true; value: TExchangeCase }
  | { row: number; name: string; ok: false; problems: ImportProblem[] };

export type ExchangeRead = {
  instance: string;
  country: string | null;
  sources: Map<string, TExchangeSource>;
  rows: ExchangeRow[];
};

/** A file that says it is JSON, or looks like it: the import reads it as an exchange file, not a spreadsheet. */
export function isExchangeFile(bytes: Uint8Array, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < Math.min(bytes.length, start + 64); i++) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x7b; // "{"
  }
  return false;
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join(".");

function problemCode(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_big") return "tooLong";
  if (issue.code === "invalid_type" && issue.input === undefined) return "required";
  if (issue.code === "too_small" && issue.origin === "string") return "required";
  if (issue.code === "unrecognized_keys") return "unknownField";
  return "invalid";
}

function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportFileError("empty");
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new ImportFileError("tooBig", { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 });
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new ImportFileError("notUtf8");
  }
}

function readEnvelope(value: unknown): z.infer<typeof ZExchangeEnvelopeSchema> {
  const object = typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
  if (!object || (object as { format?: unknown }).format !== EXCHANGE_FORMAT) throw new ImportFileError("notExchange");
  const version = (object as { version?: unknown }).version;
  if (version !== EXCHANGE_VERSION)
    throw new ImportFileError("exchangeVersion", { version: String(version).slice(0, 20), expected: EXCHANGE_VERSION });
  const parsed = ZExchangeEnvelopeSchema.safeParse(object);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportFileError("badExchange", { path: pathOf(issue.path).slice(0, 200) || "(file)" });
  }
  if (parsed.data.cases.length === 0) throw new ImportFileError("noRows");
  return parsed.data;
}

/** Problems with the case's references to the file's sources, which the schema alone cannot see. */
function referenceProblems(row: number, value: TExchangeCase, sources: Map<string, TExchangeSource>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, String(i)]));
    else if (node && typeof node === "object") {
      for (const [key, inner] of Object.entries(node)) {
        if (key === "citations" && Array.isArray(inner)) {
          inner.forEach((c: { source: string; quotedSource: string | null }, i) => {
            for (const field of ["source", "quotedSource"] as const) {
              const id = c[field];
              if (id !== null && !sources.has(id))
                problems.push({
                  row,
                  column: [...path, key, i, field].join("."),
                  code: "unknownSource",
                  params: { value: id },
                });
            }
          });
        } else visit(inner, [...path, key]);
      }
    }
  };
  visit(value, []);
  return problems;
}

export function readExchange(bytes: Uint8Array): ExchangeRead {
  const file = readEnvelope(parseJson(decode(bytes)));
  const sources = new Map<string, TExchangeSource>();
  for (const source of file.sources) {
    if (sources.has(source.id)) throw new ImportFileError("badExchange", { path: `sources.${source.id}` });
    sources.set(source.id, source);
  }
  const rows = file.cases.map((raw, index): ExchangeRow => {
    const row = index + 1;
    const named = raw as { person?: { fullName?: unknown } } | null;
    const name = typeof named?.person?.fullName === "string" ? named.person.fullName.slice(0, 200) : "";
    const parsed = ZExchangeCaseSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 20).map((issue) => ({
        row,
        column: pathOf(issue.path).slice(0, 200) || null,
        code: problemCode(issue),
      }));
      return { row, name, ok: false, problems };
    }
    const problems = referenceProblems(row, parsed.data, sources);
    return problems.length ? { row, name, ok: false, problems } : { row, name, ok: true, value: parsed.data };
  });
  return { instance: file.instance, country: file.country, sources, rows };
}
