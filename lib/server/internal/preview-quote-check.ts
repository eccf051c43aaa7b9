// The quote check for a publication request: a new case carries no quote of its own in the request, so every
// citation its public page would show is checked against the text Habeas holds for its source.
import type { Prisma } from "@/lib/generated/prisma/client";
import { citationsInDisplayOrder } from "@/lib/citations/person-page-citations";
import { quoteFoundInText } from "@/lib/citations/quote-match";
import type { CaseContent } from "./case-content";

export type PreviewQuoteCheck = {
  /** false: some quote is not in its source's text; true: every quote that could be checked is; null: none could. */
  quoteFound: boolean | null;
  /** The citations of the preview whose quote is not in their source's text, for the footnotes to flag. */
  unmatchedQuotes: string[];
};

export async function checkPreviewQuotes(
  tx: Prisma.TransactionClient,
  preview: CaseContent,
): Promise<PreviewQuoteCheck> {
  const citations = citationsInDisplayOrder(preview.person).flat();
  const sourceIds = [...new Set(citations.map((c) => c.source.id))];
  const sources = sourceIds.length
    ? await tx.source.findMany({
        where: { id: { in: sourceIds }, text: { not: null } },
        select: { id: true, text: true },
      })
    : [];
  const textOf = new Map(sources.map((s) => [s.id, s.text ?? ""]));
  const checked = citations.filter((c) => textOf.get(c.source.id));
  const unmatchedQuotes = [
    ...new Set(checked.filter((c) => !quoteFoundInText(c.quote, textOf.get(c.source.id)!)).map((c) => c.id)),
  ];
  return { quoteFound: checked.length === 0 ? null : unmatchedQuotes.length === 0, unmatchedQuotes };
}
