// Checks a quote against the text its source holds, for the flag the editor and the reviewer see.
import type { Prisma } from "@/lib/generated/prisma/client";
import { quoteFoundInText } from "@/lib/citations/quote-match";

/** true: found; false: the source holds its text and the quote is not in it; null: the source holds no text. */
export async function checkQuote(
  tx: Prisma.TransactionClient,
  sourceId: string | null | undefined,
  quote: string,
): Promise<boolean | null> {
  if (!sourceId) return null;
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { text: true } });
  if (!source?.text) return null;
  return quoteFoundInText(quote, source.text);
}
