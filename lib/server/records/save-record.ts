// Creates or edits a person, alias, charge, demand, law, organisation, source or citation.
// A change the public would see waits for a second person's approval while four-eyes publishing is on.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { parseRecordInput } from "@/lib/records/schemas";
import { submitRecordChangeAudited } from "../internal/submit-record-change-audited";

export async function saveRecord(
  raw: unknown,
): Promise<{ id: string | null; pendingReview: boolean; quoteFound: boolean | null }> {
  const user = await requireUser();
  const change = parseRecordInput(raw);
  return submitRecordChangeAudited(change, raw, user.id, change.fields);
}
