// Creates or edits a person, alias, charge, demand, law, organisation, source or citation.
// A change the public would see waits for a second person's approval while four-eyes publishing is on.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseRecordInput } from "@/lib/records/schemas";
import { submitRecordChange } from "../internal/submit-record-change";

export async function saveRecord(
  raw: unknown,
): Promise<{ id: string | null; pendingReview: boolean; quoteFound: boolean | null }> {
  const user = await requireUser();
  const change = parseRecordInput(raw);
  return db.$transaction((tx) => submitRecordChange(tx, change, raw, user.id));
}
