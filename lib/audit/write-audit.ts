// Writes one audit row inside the caller's transaction, so the record and its audit stand or fall together.
// Secrets (password hashes, TOTP secrets, tokens: see SECRET_FIELD_NAMES) are redacted from every diff and meta.
import { SECRET_FIELD_NAMES } from "@/lib/db/confidential-columns";
import { insertRows } from "@/lib/db/insert-rows";
import { newId } from "@/lib/db/new-id";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_ACTIONS = [
  "LOGIN_SUCCEEDED",
  "LOGIN_FAILED",
  "CASE_CREATED",
  "CASE_UPDATED",
  "CASE_UPDATE_CONFLICT",
  "CASE_STATUS_CONFLICT",
  "CASE_PUBLISH_CONFLICT",
  "CASE_DELETED",
  "CASE_TAKEN_DOWN",
  "CASE_RESTORED",
  "CASE_STATUS_CHANGED",
  "CASE_PUBLISHED",
  "CASE_CONSENT_CONFIRMED",
  "CASE_LETTERS_NOT_ADVISED",
  "CASE_LETTERS_ADVISED",
  "PERSON_CREATED",
  "SOURCE_CREATED",
  "RECORD_CREATED",
  "RECORD_UPDATED",
  "RECORD_DELETED",
  "RECORD_UPDATE_CONFLICT",
  "CHANGE_SUBMITTED",
  "CHANGE_APPROVED",
  "CHANGE_REJECTED",
  "CHANGE_SENT_BACK",
  "CHANGE_REFUSED",
  "USER_CREATED",
  "USER_INVITED",
  "USER_ROLE_CHANGED",
  "USER_DISABLED",
  "USER_ENABLED",
  "USER_RESET_ISSUED",
  "USER_PASSWORD_SET",
  "USER_TOTP_ENABLED",
  "USER_TOTP_DISABLED",
  "USER_SIGNED_OUT",
  "USER_LINKS_REVOKED",
  "SETTING_CHANGED",
  "EXPORT_GENERATED",
  "WGAD_DRAFT_GENERATED",
  "IMPORT_RUN",
  "IMPORT_REVIEWED",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const REDACTED = "[redacted]";

export type AuditDiff = Record<string, [unknown, unknown]>;

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** A copy in which every secret field, at any depth, reads "[redacted]". */
export function redact<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => redact(v)) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_FIELD_NAMES.has(k) ? REDACTED : redact(v)]),
    ) as T;
  }
  return value;
}

/** A diff with secrets redacted: a secret field shows only that it changed. */
export function redactDiff(diff: AuditDiff): AuditDiff {
  return Object.fromEntries(
    Object.entries(diff).map(([k, [before, after]]) => [
      k,
      SECRET_FIELD_NAMES.has(k) ? [REDACTED, REDACTED] : [redact(before), redact(after)],
    ]),
  );
}

/** The fields whose values differ, as [before, after]; secrets appear only as "[redacted]". */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): AuditDiff {
  const diff: AuditDiff = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = comparable(before[key]);
    const b = comparable(after[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) diff[key] = [a, b];
  }
  return redactDiff(diff);
}

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  diff?: AuditDiff;
  meta?: Record<string, unknown>;
};

/** The row an entry becomes. Every diff and meta passes through here, so no caller can put a secret into the log. */
function auditRow(entry: AuditEntry): Prisma.AuditLogCreateManyInput {
  return {
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    diff: entry.diff ? (redactDiff(entry.diff) as Prisma.InputJsonValue) : undefined,
    meta: entry.meta ? (redact(entry.meta) as Prisma.InputJsonValue) : undefined,
  };
}

export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(entry) });
}

/** Many audit rows in one statement, redacted alike: for bulk writes such as a 10,000-row import. */
export async function writeAudits(tx: Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  await insertRows(
    tx,
    "audit_log",
    {
      id: "text",
      actor_id: "text",
      action: "text",
      entity_type: "text",
      entity_id: "text",
      diff: "jsonb",
      meta: "jsonb",
    },
    entries.map(auditRow).map((row) => ({
      id: newId(),
      actor_id: row.actorId ?? null,
      action: row.action,
      entity_type: row.entityType ?? null,
      entity_id: row.entityId ?? null,
      diff: json(row.diff),
      meta: json(row.meta),
    })),
  );
}
