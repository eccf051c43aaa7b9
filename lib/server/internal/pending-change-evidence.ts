// What a reviewer needs to see beside a pending change: whether its quote stands in the source's text, and,
// for a release, which demands for release approval could mark as met.
import type { Prisma } from "@/lib/generated/prisma/client";
import { quoteFoundInText } from "@/lib/citations/quote-match";
import { isReleaseStatus } from "@/lib/cases/release-statuses";
import { isRecordProposal, type TChangeProposal } from "@/lib/validations/change-request";

/** proposal: the request read as its kind (lib/validations/change-request.ts), null when it cannot be read. */
type Change = { proposal: TChangeProposal | null; case: { id: string } | null };

export type ChangeEvidence = {
  /** false: the source holds its text and the quote is not in it; null: nothing to check. */
  quoteFound: boolean | null;
  openReleaseDemands: { id: string; description: string }[];
};

function citationOf({ proposal }: Change): { sourceId: string; quote: string } | null {
  if (!proposal) return null;
  const citation =
    proposal.kind === "UPDATE_CASE"
      ? proposal.payload.citation
      : proposal.kind === "CHANGE_STATUS" || isRecordProposal(proposal)
        ? proposal.payload.form.citation
        : null;
  return citation?.sourceId && typeof citation.quote === "string"
    ? { sourceId: citation.sourceId, quote: citation.quote }
    : null;
}

const isRelease = ({ proposal }: Change) =>
  proposal?.kind === "CHANGE_STATUS" && isReleaseStatus(proposal.payload.form.toStatus);

export async function withEvidence<T extends Change>(
  tx: Prisma.TransactionClient,
  changes: T[],
): Promise<(T & ChangeEvidence)[]> {
  const sourceIds = [
    ...new Set(
      changes
        .map(citationOf)
        .filter((c) => c !== null)
        .map((c) => c.sourceId),
    ),
  ];
  const caseIds = [
    ...new Set(
      changes
        .filter(isRelease)
        .map((c) => c.case?.id)
        .filter((id): id is string => !!id),
    ),
  ];
  const [sources, demands] = await Promise.all([
    sourceIds.length ? tx.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, text: true } }) : [],
    caseIds.length
      ? tx.demand.findMany({
          where: { caseId: { in: caseIds }, kind: "RELEASE", status: { not: "MET" } },
          select: { id: true, description: true, caseId: true },
        })
      : [],
  ]);
  const textOf = new Map(sources.map((s) => [s.id, s.text]));
  return changes.map((change) => {
    const citation = citationOf(change);
    const text = citation ? textOf.get(citation.sourceId) : null;
    return {
      ...change,
      quoteFound: citation && text ? quoteFoundInText(citation.quote, text) : null,
      openReleaseDemands: isRelease(change)
        ? demands.filter((d) => d.caseId === change.case?.id).map(({ id, description }) => ({ id, description }))
        : [],
    };
  });
}
