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
  EXCHANGE_VERSIONS_READ,
  ZExchangeCaseSchema,
  ZExchangeCaseV1Schema,
  ZExchangeEnvelopeSchema,
  ZExchangeEnvelopeV1Schema,
  type TExchangeCase,
  type TExchangePlace,
  type TExchangeSource,
} from "./schema";

export type ExchangeRow =
  | { row: number; name: string; ok: true; value: TExchangeCase }
  | { row: number; name: string; ok: false; problems: ImportProblem[] };

export type ExchangeRead = {
  instance: string;
  country: string | null;
  sources: Map<string, TExchangeSource>;
  /** The file's places by their key, each with its position in `places` for the report. */
  places: Map<string, { index: number; place: TExchangePlace }>;
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

const readsVersion = (version: unknown): version is (typeof EXCHANGE_VERSIONS_READ)[number] =>
  (EXCHANGE_VERSIONS_READ as readonly unknown[]).includes(version);

function readEnvelope(value: unknown) {
  const object = typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
  if (!object || (object as { format?: unknown }).format !== EXCHANGE_FORMAT) throw new ImportFileError("notExchange");
  const version = (object as { version?: unknown }).version;
  if (!readsVersion(version))
    throw new ImportFileError("exchangeVersion", { version: String(version).slice(0, 20), latest: EXCHANGE_VERSION });
  const schema = version === 1 ? ZExchangeEnvelopeV1Schema : ZExchangeEnvelopeSchema;
  const parsed = schema.safeParse(object);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportFileError("badExchange", { path: pathOf(issue.path).slice(0, 200) || "(file)" });
  }
  if (parsed.data.cases.length === 0) throw new ImportFileError("noRows");
  return { ...parsed.data, caseSchema: version === 1 ? ZExchangeCaseV1Schema : ZExchangeCaseSchema };
}

/** Problems with the case's references to the file's sources and places, which the schema alone cannot see. A
 *  stay's place must be in the file and in the case's country (a stay here names a place of its case's country),
 *  and the sources the place cites must be in the file too; each is reported on every case whose stay names it. */
function referenceProblems(
  row: number,
  value: TExchangeCase,
  sources: Map<string, TExchangeSource>,
  places: ExchangeRead["places"],
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
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
  const seenPlaces = new Set<string>();
  value.stays.forEach((stay, i) => {
    const column = `stays.${i}.place`;
    const found = places.get(stay.place);
    if (!found) problems.push({ row, column, code: "unknownPlace", params: { value: stay.place } });
    else if (found.place.country.code !== value.country.code)
      problems.push({ row, column, code: "placeOutsideCountry", params: { value: found.place.name.slice(0, 200) } });
    else if (!seenPlaces.has(stay.place)) {
      seenPlaces.add(stay.place);
      visit({ citations: found.place.citations }, ["places", found.index]);
    }
  });
  return problems;
}

export function readExchange(bytes: Uint8Array): ExchangeRead {
  const file = readEnvelope(parseJson(decode(bytes)));
  const sources = new Map<string, TExchangeSource>();
  for (const source of file.sources) {
    if (sources.has(source.id)) throw new ImportFileError("badExchange", { path: `sources.${source.id}` });
    sources.set(source.id, source);
  }
  const places: ExchangeRead["places"] = new Map();
  file.places.forEach((place, index) => {
    if (places.has(place.id)) throw new ImportFileError("badExchange", { path: `places.${place.id}` });
    places.set(place.id, { index, place });
  });
  const rows = file.cases.map((raw, index): ExchangeRow => {
    const row = index + 1;
    const named = raw as { person?: { fullName?: unknown } } | null;
    const name = typeof named?.person?.fullName === "string" ? named.person.fullName.slice(0, 200) : "";
    const parsed = file.caseSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 20).map((issue) => ({
        row,
        column: pathOf(issue.path).slice(0, 200) || null,
        code: problemCode(issue),
      }));
      return { row, name, ok: false, problems };
    }
    const problems = referenceProblems(row, parsed.data, sources, places);
    return problems.length ? { row, name, ok: false, problems } : { row, name, ok: true, value: parsed.data };
  });
  return { instance: file.instance, country: file.country, sources, places, rows };
}
