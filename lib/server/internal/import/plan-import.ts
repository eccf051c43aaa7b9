// The dry run's judgement of each row against the database: a new case, an update of a case it matches (by
// external identifier first, then the same name key in the same country), a possible duplicate (a close name,
// as the case form warns), or invalid. Reads only; the import writes what this plans.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportProblem } from "@/lib/import/import-problem";
import type { ImportRow, ParsedRow } from "@/lib/import/parse-row";
import { nameKey } from "@/lib/search/name-key";
import { comparable } from "../case-fields";
import { possibleDuplicatesOfMany } from "../possible-duplicates";

export type RowOutcome = "new" | "update" | "unchanged" | "duplicate" | "invalid";

export type RowReport = {
  row: number;
  outcome: RowOutcome;
  name: string;
  caseId: string | null;
  /** For a possible duplicate: the people it may be. */
  matches: { fullName: string; caseId: string | null; countryCode: string | null }[];
  /** For an update: the fields that would change. */
  changes: string[];
  problems: ImportProblem[];
};

export type PlannedRow = RowReport & { input: ImportRow | null };

type Reader = Pick<Prisma.TransactionClient, "$queryRaw" | "externalIdentifier" | "person" | "personAlias" | "case">;

/** The fact each case field states, as citations name it (the publish check reads these claims). */
export const CLAIM_OF_FIELD: Record<string, string> = {
  sentence: "sentence",
  facility: "facility",
  summary: "summary",
  arrestDate: "arrestDate",
  convictionDate: "convictionDate",
  releaseDate: "releaseDate",
};

/** Case fields a row sets, as the case stores them; empty cells are left out, since "not known" changes nothing. */
export function rowCaseFields(input: ImportRow): Record<string, unknown> {
  const fields: Record<string, unknown> = Object.create(null);
  if (input.sentence) fields.sentence = input.sentence;
  if (input.facility) fields.facility = input.facility;
  if (input.summary) fields.summary = input.summary;
  for (const [name, date] of [
    ["arrest", input.arrest],
    ["conviction", input.conviction],
    ["release", input.release],
  ] as const) {
    if (date.precision === "UNKNOWN") continue;
    fields[`${name}Date`] = date.date;
    fields[`${name}Precision`] = date.precision;
  }
  return fields;
}

const CASE_SELECT = {
  id: true,
  countryCode: true,
  status: true,
  sentence: true,
  facility: true,
  summary: true,
  arrestDate: true,
  arrestPrecision: true,
  convictionDate: true,
  convictionPrecision: true,
  releaseDate: true,
  releasePrecision: true,
} as const;

/** The fields of the row that differ from the case, plus "status" when the row gives a different one. */
export function differences(current: Record<string, unknown>, input: ImportRow): string[] {
  const next = rowCaseFields(input);
  const changed = Object.keys(next).filter(
    (field) => JSON.stringify(comparable(current[field])) !== JSON.stringify(comparable(next[field])),
  );
  if (current.status !== input.createForm.status) changed.push("status");
  return changed;
}

async function casesOfPeople(db: Reader, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db.case.findMany({
    where: { personId: { in: personIds }, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { ...CASE_SELECT, personId: true },
  });
}

export async function planImport(
  db: Reader,
  parsed: ParsedRow[],
  rowNumbers: number[],
  names: string[],
): Promise<PlannedRow[]> {
  const valid = parsed.flatMap((p) => (p.ok ? [p.value] : []));
  // External identifiers, all at once.
  const idPairs = valid.flatMap((r) => r.externalIds);
  const ids = idPairs.length
    ? await db.externalIdentifier.findMany({
        where: { OR: idPairs.map(({ scheme, value }) => ({ scheme, value })) },
        select: { scheme: true, value: true, personId: true },
      })
    : [];
  const personOfId = new Map(ids.map((i) => [`${i.scheme}:${i.value}`, i.personId]));
  // Exact name keys, on names and aliases, all at once.
  const keys = [...new Set(valid.map((r) => nameKey(r.createForm.fullName)))];
  const [people, aliases] = await Promise.all([
    db.person.findMany({ where: { searchName: { in: keys } }, select: { id: true, searchName: true } }),
    db.personAlias.findMany({ where: { searchName: { in: keys } }, select: { personId: true, searchName: true } }),
  ]);
  const peopleOfKey = new Map<string, Set<string>>();
  for (const { id, searchName } of [...people, ...aliases.map((a) => ({ id: a.personId, searchName: a.searchName }))]) {
    peopleOfKey.set(searchName, (peopleOfKey.get(searchName) ?? new Set()).add(id));
  }
  const candidates = await casesOfPeople(db, [
    ...new Set([...personOfId.values(), ...[...peopleOfKey.values()].flatMap((s) => [...s])]),
  ]);
  const seenInFile = new Map<string, number>();

  const planned: PlannedRow[] = [];
  /** Where in `planned` the rows that matched no case are. */
  const unmatched: number[] = [];
  for (const [index, result] of parsed.entries()) {
    const base = { row: rowNumbers[index]!, name: names[index]!, caseId: null, matches: [], changes: [] };
    if (!result.ok) {
      planned.push({ ...base, outcome: "invalid", problems: result.problems, input: null });
      continue;
    }
    const input = result.value;
    const key = nameKey(input.createForm.fullName);
    const fileKey = `${key}|${input.createForm.countryCode}`;
    const earlier = seenInFile.get(fileKey);
    if (earlier !== undefined) {
      planned.push({
        ...base,
        outcome: "invalid",
        problems: [{ row: base.row, column: "name", code: "repeatedInFile", params: { row: earlier } }],
        input: null,
      });
      continue;
    }
    const repeatedId = input.externalIds
      .map((i) => seenInFile.get(`${i.scheme}:${i.value}`))
      .find((r) => r !== undefined);
    if (repeatedId !== undefined) {
      planned.push({
        ...base,
        outcome: "invalid",
        problems: [{ row: base.row, column: "external_ids", code: "repeatedInFile", params: { row: repeatedId } }],
        input: null,
      });
      continue;
    }
    seenInFile.set(fileKey, base.row);
    for (const i of input.externalIds) seenInFile.set(`${i.scheme}:${i.value}`, base.row);
    const byId = input.externalIds.map((i) => personOfId.get(`${i.scheme}:${i.value}`)).find(Boolean);
    const sameKey = peopleOfKey.get(key) ?? new Set<string>();
    const match = byId
      ? candidates.find((c) => c.personId === byId)
      : candidates.find((c) => sameKey.has(c.personId) && c.countryCode === input.createForm.countryCode);
    if (match) {
      const changes = differences(match, input);
      planned.push({
        ...base,
        outcome: changes.length ? "update" : "unchanged",
        caseId: match.id,
        changes,
        problems: [],
        input,
      });
      continue;
    }
    // New unless someone close exists: asked for every such row at once, below.
    unmatched.push(planned.length);
    planned.push({ ...base, outcome: "new", problems: [], input });
  }
  const close = await possibleDuplicatesOfMany(
    db,
    unmatched.map((at) => {
      const form = planned[at]!.input!.createForm;
      return { name: form.fullName, countryCode: form.countryCode };
    }),
  );
  for (const [n, at] of unmatched.entries()) {
    const found = close[n] ?? [];
    if (found.length === 0) continue;
    const matches = found
      .slice(0, 3)
      .map((d) => ({ fullName: d.fullName, caseId: d.caseId, countryCode: d.countryCode }));
    planned[at] = { ...planned[at]!, outcome: "duplicate", matches };
  }
  return planned;
}
