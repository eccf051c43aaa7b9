// Writes one audit row inside the caller's transaction, so the record and its audit stand or fall together.
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_ACTIONS = [
  "LOGIN_SUCCEEDED",
  "LOGIN_FAILED",
  "CASE_CREATED",
  "CASE_UPDATED",
  "CASE_UPDATE_CONFLICT",
  "CASE_DELETED",
  "CASE_RESTORED",
  "CASE_STATUS_CHANGED",
  "CASE_PUBLISHED",
  "CASE_CONSENT_CONFIRMED",
  "PERSON_CREATED",
  "SOURCE_CREATED",
  "RECORD_CREATED",
  "RECORD_UPDATED",
  "RECORD_DELETED",
  "CHANGE_SUBMITTED",
  "CHANGE_APPROVED",
  "CHANGE_REJECTED",
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
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const SECRET_FIELDS = new Set(["passwordHash", "password", "totpSecret", "tokenHash", "codeHash", "token"]);
const REDACTED = "[redacted]";

export type AuditDiff = Record<string, [unknown, unknown]>;

/** The fields whose values differ, as [before, after]; secrets appear only as "[redacted]". */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): AuditDiff {
  const diff: AuditDiff = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    diff[key] = SECRET_FIELDS.has(key) ? [REDACTED, REDACTED] : [a ?? null, b ?? null];
  }
  return diff;
}

export function redact(meta: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? REDACTED : v]));
}

type Entry = {
  actorId: string | null;
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  diff?: AuditDiff;
  meta?: Record<string, unknown>;
};

export async function writeAudit(tx: Prisma.TransactionClient, entry: Entry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      diff: (entry.diff ?? undefined) as Prisma.InputJsonValue | undefined,
      meta: entry.meta ? (redact(entry.meta) as Prisma.InputJsonValue) : undefined,
    },
  });
}
