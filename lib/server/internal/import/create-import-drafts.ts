// New drafts for a chunk of import rows in a few multi-row statements instead of a dozen per row: at 10,000 rows
// the row-by-row path (createCaseIn, then the row's fields, aliases, identifiers and charges) took over four minutes.
// It writes what that path wrote, row for row: the person cited for their roles, the case cited for its country,
// the first status event cited for the status, the row's other facts cited on the case, each alias and charge
// cited, and the same audit rows (person created; case created; case updated when the row sets more facts).
import { diffFields, writeAudits, type AuditEntry } from "@/lib/audit/write-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportRow } from "@/lib/import/parse-row";
import { insertRows } from "@/lib/db/insert-rows";
import { newId } from "@/lib/db/new-id";
import { nameKey } from "@/lib/search/name-key";
import { changedFields } from "../case-fields";
import { personSlugs } from "../person-slug";
import { CLAIM_OF_FIELD, rowCaseFields } from "./plan-import";

/** What a new case holds before the row's facts are applied to it: the row-by-row path's "before". */
const FRESH_CASE: Record<string, unknown> = {
  sentence: null,
  facility: null,
  summary: null,
  arrestDate: null,
  arrestPrecision: "UNKNOWN",
  convictionDate: null,
  convictionPrecision: "UNKNOWN",
  releaseDate: null,
  releasePrecision: "UNKNOWN",
};

type Row = Record<string, string | number | null>;
type Key = { countryCode: string; description: string };
const keyOf = (c: Key) => `${c.countryCode}|${c.description}`;
const isoDay = (value: unknown) => (value ? String(value).slice(0, 10) : null);

/** The charge of each (country, description): the oldest on file without an article, or a new one. */
async function chargesOf(tx: Prisma.TransactionClient, wanted: Key[]): Promise<(c: Key) => string> {
  const distinct = [...new Map(wanted.map((c) => [keyOf(c), c])).values()];
  const found = new Map<string, string>();
  if (distinct.length > 0) {
    const existing = await tx.charge.findMany({
      where: { article: null, OR: distinct },
      orderBy: { createdAt: "asc" },
      select: { id: true, countryCode: true, description: true },
    });
    for (const c of existing) if (!found.has(keyOf(c))) found.set(keyOf(c), c.id);
    const missing = distinct.filter((c) => !found.has(keyOf(c))).map((c) => ({ ...c, id: newId() }));
    await insertRows(
      tx,
      "charge",
      { id: "text", country_code: "text", description: "text" },
      missing.map((c) => ({ id: c.id, country_code: c.countryCode, description: c.description })),
    );
    for (const c of missing) found.set(keyOf(c), c.id);
  }
  return (c) => found.get(keyOf(c))!;
}

const CITATION_COLUMNS = {
  id: "text",
  source_id: "text",
  quote: "text",
  claim: "text",
  person_id: "text",
  case_id: "text",
  status_event_id: "text",
  charge_id: "text",
} as const;

/** Creates one draft per row, citing `sourceIds[i]` for row i; returns the new case ids in row order. */
export async function createImportDrafts(
  tx: Prisma.TransactionClient,
  rows: ImportRow[],
  sourceIds: string[],
  actorId: string,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const forms = rows.map((r) => r.createForm);
  const slugs = await personSlugs(
    tx,
    forms.map((f) => f.fullName),
  );
  const personIds = rows.map(() => newId());
  const caseIds = rows.map(() => newId());
  const eventIds = rows.map(() => newId());
  // The row's own facts, as the edit form would have applied them to the new draft (its second version).
  const facts = rows.map((r) => changedFields(FRESH_CASE, rowCaseFields(r)));
  const chargeOf = await chargesOf(
    tx,
    rows.flatMap((r, i) => r.charges.map((description) => ({ countryCode: forms[i]!.countryCode, description }))),
  );

  await insertRows(
    tx,
    "person",
    { id: "text", slug: "text", full_name: "text", search_name: "text", roles: { enumList: "person_role" } },
    forms.map((f, i) => ({
      id: personIds[i]!,
      slug: slugs[i]!,
      full_name: f.fullName,
      search_name: nameKey(f.fullName),
      roles: f.roles.join(","),
    })),
  );
  const after = (i: number, field: string) => facts[i]![field]?.[1] ?? null;
  await insertRows(
    tx,
    "case",
    {
      id: "text",
      person_id: "text",
      country_code: "text",
      status: { enum: "case_status" },
      status_since: "date",
      status_since_precision: { enum: "date_precision" },
      sentence: "text",
      facility: "text",
      summary: "text",
      arrest_date: "date",
      arrest_precision: { enum: "date_precision" },
      conviction_date: "date",
      conviction_precision: { enum: "date_precision" },
      release_date: "date",
      release_precision: { enum: "date_precision" },
      visibility: { enum: "visibility" },
      version: "int",
      created_by_id: "text",
      updated_by_id: "text",
    },
    forms.map((f, i) => ({
      id: caseIds[i]!,
      person_id: personIds[i]!,
      country_code: f.countryCode,
      status: f.status,
      status_since: isoDay(f.when.date?.toISOString()),
      status_since_precision: f.when.precision,
      sentence: after(i, "sentence") as string | null,
      facility: after(i, "facility") as string | null,
      summary: after(i, "summary") as string | null,
      arrest_date: isoDay(after(i, "arrestDate")),
      arrest_precision: (after(i, "arrestPrecision") as string | null) ?? "UNKNOWN",
      conviction_date: isoDay(after(i, "convictionDate")),
      conviction_precision: (after(i, "convictionPrecision") as string | null) ?? "UNKNOWN",
      release_date: isoDay(after(i, "releaseDate")),
      release_precision: (after(i, "releasePrecision") as string | null) ?? "UNKNOWN",
      visibility: "DRAFT",
      version: Object.keys(facts[i]!).length > 0 ? 2 : 1,
      created_by_id: actorId,
      updated_by_id: actorId,
    })),
  );
  await insertRows(
    tx,
    "status_event",
    {
      id: "text",
      case_id: "text",
      to_status: { enum: "case_status" },
      date: "date",
      date_precision: { enum: "date_precision" },
      sequence: "int",
      note: "text",
    },
    forms.map((f, i) => ({
      id: eventIds[i]!,
      case_id: caseIds[i]!,
      to_status: f.status,
      date: isoDay(f.when.date?.toISOString()),
      date_precision: f.when.precision,
      sequence: 1,
      note: f.note,
    })),
  );
  await insertRows(
    tx,
    "person_alias",
    {
      id: "text",
      person_id: "text",
      name: "text",
      search_name: "text",
      script: { enum: "name_script" },
      kind: { enum: "alias_kind" },
      origin: { enum: "alias_origin" },
    },
    rows.flatMap((r, i) =>
      r.aliases.map((a) => ({
        id: newId(),
        person_id: personIds[i]!,
        name: a.name,
        search_name: nameKey(a.name),
        script: a.script,
        kind: "TRANSLITERATION",
        origin: "SOURCE",
      })),
    ),
    "ON CONFLICT DO NOTHING",
  );
  await insertRows(
    tx,
    "external_identifier",
    { id: "text", person_id: "text", scheme: { enum: "external_id_scheme" }, value: "text", search_name: "text" },
    rows.flatMap((r, i) =>
      r.externalIds.map((id) => ({
        id: newId(),
        person_id: personIds[i]!,
        scheme: id.scheme,
        value: id.value,
        search_name: nameKey(id.value),
      })),
    ),
  );
  await insertRows(
    tx,
    "case_charge",
    { case_id: "text", charge_id: "text" },
    rows.flatMap((r, i) =>
      r.charges.map((description) => ({
        case_id: caseIds[i]!,
        charge_id: chargeOf({ countryCode: forms[i]!.countryCode, description }),
      })),
    ),
    "ON CONFLICT DO NOTHING",
  );

  const citations: Row[] = [];
  const audit: AuditEntry[] = [];
  rows.forEach((r, i) => {
    const f = r.createForm;
    const [personId, caseId, sourceId] = [personIds[i]!, caseIds[i]!, sourceIds[i]!];
    const cite = (claim: string, target: Row) =>
      citations.push({ id: newId(), source_id: sourceId, quote: f.citation.quote, claim, ...target });
    cite("roles", { person_id: personId });
    cite("country", { case_id: caseId });
    cite("status", { status_event_id: eventIds[i]! });
    for (const field of Object.keys(facts[i]!)) {
      const claim = CLAIM_OF_FIELD[field];
      if (claim) cite(claim, { case_id: caseId });
    }
    // One citation per spelling, under the claim the publish check looks for.
    for (const a of r.aliases) cite(`alias: ${a.name}`, { person_id: personId });
    for (const description of r.charges)
      cite("charge", { charge_id: chargeOf({ countryCode: f.countryCode, description }) });

    audit.push(
      {
        actorId,
        action: "PERSON_CREATED",
        entityType: "person",
        entityId: personId,
        meta: { fullName: f.fullName, slug: slugs[i]! },
      },
      {
        actorId,
        action: "CASE_CREATED",
        entityType: "case",
        entityId: caseId,
        diff: { status: [null, f.status], countryCode: [null, f.countryCode], visibility: [null, "DRAFT"] },
        meta: { version: 1, sourceId },
      },
    );
    const changed = facts[i]!;
    if (Object.keys(changed).length > 0)
      audit.push({
        actorId,
        action: "CASE_UPDATED",
        entityType: "case",
        entityId: caseId,
        diff: diffFields(
          Object.fromEntries(Object.entries(changed).map(([field, [before]]) => [field, before])),
          Object.fromEntries(Object.entries(changed).map(([field, [, value]]) => [field, value])),
        ),
        meta: { version: 2 },
      });
  });
  await insertRows(tx, "citation", CITATION_COLUMNS, citations);
  await writeAudits(tx, audit);
  return caseIds;
}
