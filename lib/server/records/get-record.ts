// One record's editable values and version, for its edit form.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { RecordType } from "@/lib/records/fields";
import { RECORD_HANDLERS } from "../internal/record-handlers";

export async function getRecord(type: RecordType, id: string) {
  await requireUser();
  const found = await db.$transaction((tx) => RECORD_HANDLERS[type].load(tx, id));
  const removable = !!RECORD_HANDLERS[type].remove;
  return found && { id, values: found.values, seen: found.updatedAt.toISOString(), caseId: found.caseId, removable };
}
