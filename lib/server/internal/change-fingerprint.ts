// What a reviewer approves, as one hash. For a publication it covers the whole public content of the case, so
// any later edit to the case or its records (summary, alias, charge, citation, source…) changes it; for other
// changes it covers the proposal itself, which cannot change after submission.
import type { Prisma } from "@/lib/generated/prisma/client";
import { fingerprint } from "@/lib/review/fingerprint";
import { loadCaseContent } from "./case-content";

export type FingerprintedChange = {
  kind: string;
  caseId: string | null;
  entityType: string | null;
  entityId: string | null;
  payload: unknown;
};

/** Kinds whose approval publishes whatever the case holds, rather than a stored proposal. */
export const CONTENT_BOUND_KINDS: ReadonlySet<string> = new Set(["PUBLISH_CASE"]);

export async function changeFingerprint(tx: Prisma.TransactionClient, change: FingerprintedChange): Promise<string> {
  const proposal = {
    kind: change.kind,
    caseId: change.caseId,
    entityType: change.entityType,
    entityId: change.entityId,
    payload: change.payload,
  };
  if (!CONTENT_BOUND_KINDS.has(change.kind) || !change.caseId) return fingerprint(proposal);
  return fingerprint({ proposal, content: await loadCaseContent(tx, change.caseId) });
}
