// Turns one audit row into sentences a person reads ("Status: Imprisoned → Released (November 2026), source: …"),
// for the audit log, a case's or a record's history, and the audit CSV. Values go through the review page's wording
// (lib/review/value-text.ts); form plumbing (versions, ids, hashes) is left out.
import { redact } from "@/lib/audit/write-audit";
import { fieldLabel, reviewValueText, type TextTranslator } from "@/lib/review/value-text";

/** What the data layer adds to a row so it reads in words: the case's person, the cited source, the status's date. */
export type AuditNames = {
  personName?: string | null;
  source?: { title: string; url: string | null } | null;
  since?: { date: string | null; precision: string } | null;
};

export type DescribableAuditRow = {
  action: string;
  entityType?: string | null;
  diff: unknown;
  meta: unknown;
  names?: AuditNames;
};

/** Meta keys that say nothing to a reader, or that another line already says. */
const PLUMBING = new Set([
  "version",
  "statusEventId",
  "sourceId",
  "caseId",
  "changeId",
  "importBatchId",
  "seen",
  "fileHash",
  "quote",
  "reason",
  "kind",
  "since",
  "attempted",
  "demandsMet",
  "includedConfidentialFields",
  "locale",
]);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

const stringValues = (v: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x ?? 0)]));

export function describeAudit(t: TextTranslator, locale: string) {
  const text = reviewValueText(t, locale);
  const label = fieldLabel(t);
  const say = (key: string, values?: Record<string, string>) =>
    (t as unknown as (k: string, v?: Record<string, string>) => string)(key, values);
  return (row: DescribableAuditRow): string[] => {
    // Rows are redacted when written; redacting again costs nothing and keeps an old row's secret out of any copy.
    const diff = isObject(row.diff) ? (redact(row.diff) as Record<string, unknown>) : {};
    const meta = isObject(row.meta) ? (redact(row.meta) as Record<string, unknown>) : {};
    const entity = row.entityType ?? null;
    const lines: string[] = [];
    const since = row.names?.since;
    const source = row.names?.source;
    const quote = typeof meta.quote === "string" && meta.quote ? meta.quote : null;
    const sourcePart = source
      ? say("Editor.auditSource", { title: source.title }) + (quote ? ` “${quote}”` : "")
      : quote
        ? `“${quote}”`
        : null;
    let sourceUsed = false;
    for (const [field, pair] of Object.entries(diff)) {
      const [before, after] = Array.isArray(pair) ? pair : [undefined, pair];
      const value = (v: unknown) => text(field, v, entity);
      let line =
        before === null || before === undefined
          ? `${label(field, entity)}: ${value(after)}`
          : `${label(field, entity)}: ${value(before)} → ${value(after)}`;
      if (field === "status" && since) line += ` (${text("since", since, entity)})`;
      if (field === "status" && sourcePart) {
        line += `, ${sourcePart}`;
        sourceUsed = true;
      }
      lines.push(line);
    }
    if (sourcePart && !sourceUsed) lines.push(sourcePart.charAt(0).toUpperCase() + sourcePart.slice(1));
    if (typeof meta.kind === "string" && t.has(`ChangeKind.${meta.kind}` as never))
      lines.push(`${say("Editor.auditChangeKind")}: ${say(`ChangeKind.${meta.kind}`)}`);
    // Which confidential fields a WGAD draft carried, in the form's words.
    if (Array.isArray(meta.includedConfidentialFields) && meta.includedConfidentialFields.length > 0)
      lines.push(
        say("Editor.auditConfidentialIncluded", {
          fields: meta.includedConfidentialFields.map((f) => label(String(f), "case")).join(", "),
        }),
      );
    if (isObject(meta.importReview)) lines.push(say("Editor.auditImportReviewed", stringValues(meta.importReview)));
    if (Array.isArray(meta.demandsMet) && meta.demandsMet.length > 0)
      lines.push(say("Editor.auditDemandsMet", { count: String(meta.demandsMet.length) }));
    // A refused stale save keeps what the editor tried to save, so nothing typed is lost from the history.
    if (isObject(meta.attempted))
      for (const [field, value] of Object.entries(meta.attempted)) {
        if (value === null || value === undefined || value === "") continue;
        lines.push(`${label(field, entity)}: ${text(field, value, entity)} (${say("Editor.auditNotSaved")})`);
      }
    for (const [field, value] of Object.entries(meta)) {
      if (PLUMBING.has(field) || value === null || value === undefined) continue;
      if (isObject(value) && !("date" in value && "precision" in value)) continue;
      lines.push(`${label(field, entity)}: ${text(field, value, entity)}`);
    }
    return lines;
  };
}

/** The reason a reviewer or editor gave, kept apart so a page can show it on its own line. */
export function auditReason(meta: unknown): string | null {
  return isObject(meta) && typeof meta.reason === "string" && meta.reason ? meta.reason : null;
}
