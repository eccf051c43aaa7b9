// Where a person is held now: their newest stay, while their status is one of detention. After a release the stays
// are history only, so no page offers to send a letter to a prison the person has left.
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { DETENTION_STATUSES } from "@/lib/status-time/days-in-status";

/** stays: newest first (by sequence), as the public case select orders them. */
export function currentStay<S>(status: CaseStatus, stays: readonly S[]): S | null {
  return DETENTION_STATUSES.has(status) ? (stays[0] ?? null) : null;
}
