// Turns a stored change request into what a reviewer reads: one row per changed field (with the value before where
// known), the cited sources and quotes, and whether it removes something. The payload is read as its kind
// (lib/validations/change-request.ts); within that, the forms are read generically, so a field added to a form later
// shows up as a row without changes here; only its label and formatting may need adding.
import { RECORD_FIELDS, type RecordType } from "@/lib/records/fields";
import { readChangeProposal } from "@/lib/validations/change-request";

export type PartialDateValue = { date: string | null; precision: string };

export type ChangeRow = {
  field: string;
  /** Absent when the value before is not part of the change (a new record, a status form). */
  before?: unknown;
  after: unknown;
};

export type ProposedCitation = {
  sourceId: string | null;
  newSource: { title: string; publisher: string | null; url: string | null; published: unknown } | null;
  quote: string | null;
  locator: string | null;
};

/** unreadable: the stored request is of no kind this code knows, or its payload is not that kind's; approving it is
 *  refused. */
export type ChangeDescription = {
  rows: ChangeRow[];
  citations: ProposedCitation[];
  removal: boolean;
  unreadable: boolean;
};

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);

/** Form plumbing that says nothing to a reviewer. */
const HIDDEN_FIELDS = new Set([
  "caseId",
  "version",
  "seen",
  "id",
  "type",
  "personId",
  "target",
  "remove",
  "citation",
  "citations",
  "fields",
  "form",
]);

function citationOf(value: unknown): ProposedCitation | null {
  if (!isObject(value)) return null;
  const text = (k: string) => {
    const v = value[k];
    return typeof v === "string" && v !== "" ? v : null;
  };
  const title = text("newSourceTitle");
  return {
    sourceId: text("sourceId"),
    newSource:
      title && !text("sourceId")
        ? {
            title,
            publisher: text("newSourcePublisher"),
            url: text("newSourceUrl"),
            published: value.newSourcePublished ?? null,
          }
        : null,
    quote: text("quote"),
    locator: text("locator"),
  };
}

/** Every citation a payload carries, wherever a form put it: `citation`, `citations: [...]`, or nested in `form`. */
function citationsIn(payload: unknown): ProposedCitation[] {
  if (!isObject(payload)) return [];
  const found: ProposedCitation[] = [];
  for (const [key, value] of Object.entries(payload)) {
    if (key === "citation") found.push(...[citationOf(value)].filter((c): c is ProposedCitation => !!c));
    else if (key === "citations" && Array.isArray(value))
      found.push(...value.map(citationOf).filter((c): c is ProposedCitation => !!c));
    else if (isObject(value)) found.push(...citationsIn(value));
  }
  return found;
}

/** `arrestDate` and `arrestPrecision` are one fact to a reader: each such pair becomes one date row. A partner that
 *  did not change is taken from the record as it stands, so "April 2025 → 2025" reads right. */
function mergeDatePairs(rows: ChangeRow[], current: Json | null): ChangeRow[] {
  const out: ChangeRow[] = [];
  const done = new Set<string>();
  const has = (field: string) => rows.some((r) => r.field === field) || (!!current && field in current);
  for (const row of rows) {
    const base = /^(.+)(Date|Precision)$/.exec(row.field)?.[1];
    const dateField = `${base}Date`;
    const precisionField = `${base}Precision`;
    if (!base || !has(dateField) || !has(precisionField)) {
      out.push(row);
      continue;
    }
    if (done.has(base)) continue;
    done.add(base);
    const value = (field: string, side: "before" | "after") => {
      const changed = rows.find((r) => r.field === field);
      const v = changed ? changed[side] : current?.[field];
      return v instanceof Date ? v.toISOString() : (v ?? null);
    };
    const at = (side: "before" | "after"): PartialDateValue => {
      const date = value(dateField, side);
      return {
        date: typeof date === "string" ? date : null,
        precision: String(value(precisionField, side) ?? "UNKNOWN"),
      };
    };
    const withBefore = rows
      .filter((r) => r.field === dateField || r.field === precisionField)
      .every((r) => "before" in r);
    out.push({ field: dateField, ...(withBefore ? { before: at("before") } : {}), after: at("after") });
  }
  return out;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** Rows for proposed fields. A field left empty that has no earlier value to compare says nothing, so it is left out. */
function rowsFromFields(fields: Json, before: Json | null): ChangeRow[] {
  return Object.entries(fields)
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .filter(([field, after]) => !isEmpty(after) || (!!before && field in before && !isEmpty(before[field])))
    .map(([field, after]) => (before && field in before ? { field, before: before[field], after } : { field, after }));
}

export function describeChange(kind: string, payload: unknown, currentValues: Json | null): ChangeDescription {
  const proposal = readChangeProposal({ kind, payload });
  if (!proposal) return { rows: [], citations: [], removal: false, unreadable: true };
  const body: Json = proposal.payload;
  const citations = citationsIn(body);
  const described = (rows: ChangeRow[], removal = false) => ({ rows, citations, removal, unreadable: false });
  switch (proposal.kind) {
    case "UPDATE_CASE": {
      const rows = Object.entries(proposal.payload.changes).map(([field, [before, after]]) => ({
        field,
        before,
        after,
      }));
      return described(mergeDatePairs([...rows, ...rowsFromFields(omit(body, ["changes"]), null)], currentValues));
    }
    case "CHANGE_STATUS": {
      const { toStatus, ...rest } = proposal.payload.form;
      const status: ChangeRow = { field: "status", before: proposal.payload.fromStatus, after: toStatus };
      return described([
        status,
        ...rowsFromFields(rest, null),
        ...rowsFromFields(omit(body, ["form", "fromStatus"]), null),
      ]);
    }
    case "CREATE_RECORD":
    case "UPDATE_RECORD":
    case "DELETE_RECORD":
      if (proposal.payload.remove)
        return described(
          Object.entries(currentValues ?? {}).map(([field, before]) => ({ field, before, after: null })),
          true,
        );
      return described(
        rowsFromFields(ownFields(proposal.payload.form.type, proposal.payload.form.fields), currentValues),
      );
    case "UNPUBLISH_CASE":
      return described(
        rowsFromFields(body, null).filter((r) => r.after !== null),
        true,
      );
    case "PUBLISH_CASE":
      return described([]);
  }
}

/** The record form sends every type's fields (an unticked checkbox as false): a record's are those of its type. */
function ownFields(type: RecordType, fields: Json = {}): Json {
  const own = new Set(RECORD_FIELDS[type].map((f) => f.name));
  return Object.fromEntries(Object.entries(fields).filter(([field]) => own.has(field)));
}

function omit(value: Json, keys: string[]): Json {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}
