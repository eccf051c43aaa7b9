// Removes an alias or a citation. Other records are kept for their history; cases are soft-deleted instead.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { parseRecordInput } from "@/lib/records/schemas";
import { submitRecordChangeAudited } from "../internal/submit-record-change-audited";

export async function deleteRecord(raw: unknown): Promise<{ id: string | null; pendingReview: boolean }> {
  const user = await requireUser();
  const change = { ...parseRecordInput(raw, true), remove: true };
  return submitRecordChangeAudited(change, raw, user.id, "remove");
}
