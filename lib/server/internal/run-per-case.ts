// Runs one bulk action case by case. Each case goes through its own single-case data function, in its own
// transaction, so a refusal leaves that case untouched and the others as they went; the outcome says which.
import "server-only";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log/log-error";

export type BulkCaseOutcome = {
  caseId: string;
  /** The person's name as staff see it; null for a case id that names no case. */
  fullName: string | null;
  /** submitted: waiting for a second editor's review. applied: done at once, as the single-case path does it. */
  outcome: "submitted" | "applied" | "unchanged" | "refused";
  /** For a refusal: a message key of the ActionErrors namespace. */
  reason?: string;
  /** For a publication refused for uncited facts: which, as the single-case form names them. */
  uncited?: unknown[];
};

type Done = Pick<BulkCaseOutcome, "outcome">;

function refusal(error: unknown): Pick<BulkCaseOutcome, "outcome" | "reason" | "uncited"> {
  if (error instanceof AppError) {
    const reason = typeof error.details?.reason === "string" ? error.details.reason : error.code;
    const uncited = Array.isArray(error.details?.uncited) ? error.details.uncited : undefined;
    return { outcome: "refused", reason, ...(uncited ? { uncited } : {}) };
  }
  if (error instanceof ZodError) return { outcome: "refused", reason: "INVALID_INPUT" };
  // A bug or a lost database must not hide which cases already went through: this case is reported as failed.
  logError("Bulk case action failed for one case", error);
  return { outcome: "refused", reason: "INTERNAL" };
}

export async function runPerCase<T extends { caseId: string }>(
  cases: T[],
  work: (item: T) => Promise<Done>,
): Promise<BulkCaseOutcome[]> {
  const people = await db.case.findMany({
    where: { id: { in: cases.map((c) => c.caseId) } },
    select: { id: true, person: { select: { fullName: true } } },
  });
  const names = new Map(people.map((p) => [p.id, p.person.fullName]));
  const outcomes: BulkCaseOutcome[] = [];
  // One after another: each case takes its row lock and its transaction alone, as a single save would.
  for (const item of cases) {
    const fullName = names.get(item.caseId) ?? null;
    try {
      outcomes.push({ caseId: item.caseId, fullName, ...(await work(item)) });
    } catch (error) {
      outcomes.push({ caseId: item.caseId, fullName, ...refusal(error) });
    }
  }
  return outcomes;
}
