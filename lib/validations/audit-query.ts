// The audit log's filters, from the page's query string or the CSV link: who did it (name or email), whose case it
// concerns (the person's name), which record, which action, a date range (days in UTC, both ends included), and the
// keyset cursor of the next page. A value that does not read is reported by name and left out; nothing else fails.
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit/write-audit";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z
  .string()
  .regex(DAY, "date")
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    "date",
  );

/** `<created_at ISO>~<id>` of the last row shown. */
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)~([A-Za-z0-9_-]{1,100})$/;

export const ZAuditQuerySchema = z.object({
  actor: z.string().trim().min(1).max(200).optional(),
  person: z.string().trim().min(2).max(200).optional(),
  entity: z.string().trim().min(1).max(100).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: day.optional(),
  to: day.optional(),
  after: z.string().regex(CURSOR).optional(),
});

export type TAuditQuery = z.infer<typeof ZAuditQuerySchema>;

export const AUDIT_QUERY_KEYS = Object.keys(ZAuditQuerySchema.shape) as (keyof TAuditQuery)[];

/** The filters that read, and the names of those that did not (an end before the start rejects both dates). */
export function parseAuditQuery(raw: Record<string, unknown>): { query: TAuditQuery; rejected: string[] } {
  const query: Record<string, unknown> = {};
  const rejected: string[] = [];
  for (const key of AUDIT_QUERY_KEYS) {
    if (raw[key] === undefined || raw[key] === "") continue;
    const parsed = ZAuditQuerySchema.shape[key].safeParse(raw[key]);
    if (parsed.success) query[key] = parsed.data;
    else rejected.push(key);
  }
  const result = query as TAuditQuery;
  if (result.from && result.to && result.from > result.to) {
    delete result.from;
    delete result.to;
    rejected.push("from", "to");
  }
  return { query: result, rejected };
}

/** The cursor parts, for the query. */
export function readAuditCursor(after: string): { createdAt: Date; id: string } {
  const [, at, id] = CURSOR.exec(after)!;
  return { createdAt: new Date(at!), id: id! };
}

export const auditCursor = (row: { createdAt: Date; id: string }) => `${row.createdAt.toISOString()}~${row.id}`;
