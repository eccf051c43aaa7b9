// What a reviewer needs to see beside a pending change: whether its quote stands in the source's text (for a
// publication, every quote of the case's preview), and, for a release, which demands for release approval could
// mark as met.
import type { Prisma } from "@/lib/generated/prisma/client";
import { quoteFoundInText } from "@/lib/citations/quote-match";
import { isReleaseStatus } from "@/lib/cases/release-statuses";
import type { CaseContent } from "./case-content";
import { checkPreviewQuotes } from "./preview-quote-check";

type Change = { kind: string; payload: unknown; case: { id: string } | null; preview?: CaseContent | null };

export type ChangeEvidence = {
  /** false: the source holds its text and the quote is not in it; null: nothing to check. */
  quoteFound: boolean | null;
  /** For a publication: the preview's citations whose quote is not in their source's text. */
  unmatchedQuotes: string[];
  openReleaseDemands: { id: string; description: string }[];
};

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" ? (value as Record<string, unknown>) : {};

function citationOf(change: Change): { sourceId: string; quote: string } | null {
  const payload = record(change.payload);
  const citation = record(change.kind === "UPDATE_CASE" ? payload.citation : record(payload.form).citation);
  return typeof citation.sourceId === "string" && citation.sourceId && typeof citation.quote === "string"
    ? { sourceId: citation.sourceId, quote: citation.quote }
    : null;
}

const isRelease = (change: Change) =>
  change.kind === "CHANGE_STATUS" && isReleaseStatus(record(record(change.payload).form).toStatus);

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
  const previewChecks = new Map<T, Awaited<ReturnType<typeof checkPreviewQuotes>>>();
  for (const change of changes)
    if (change.kind === "PUBLISH_CASE" && change.preview)
      previewChecks.set(change, await checkPreviewQuotes(tx, change.preview));
  return changes.map((change) => {
    const citation = citationOf(change);
    const text = citation ? textOf.get(citation.sourceId) : null;
    const preview = previewChecks.get(change);
    return {
      ...change,
      quoteFound: preview ? preview.quoteFound : citation && text ? quoteFoundInText(citation.quote, text) : null,
      unmatchedQuotes: preview?.unmatchedQuotes ?? [],
      openReleaseDemands: isRelease(change)
        ? demands.filter((d) => d.caseId === change.case?.id).map(({ id, description }) => ({ id, description }))
        : [],
    };
  });
}
