// Removes a record its handler can remove (a spelling, identifier, charge, demand, fact or citation), through review
// when the public would notice. People, laws, organisations and sources are kept; cases are soft-deleted instead.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { parseRecordInput } from "@/lib/records/schemas";
import { submitRecordChangeAudited } from "../internal/submit-record-change-audited";

export async function deleteRecord(raw: unknown): Promise<{ id: string | null; pendingReview: boolean }> {
  const user = await requireUser();
  const change = { ...parseRecordInput(raw, true), remove: true };
  return submitRecordChangeAudited(change, raw, user.id, "remove");
}
