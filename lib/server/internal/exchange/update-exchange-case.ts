// Brings a case this instance already holds in line with the exchange file's version of it, as a spreadsheet row
// would: a draft changes at once, a published case through proposals for review. Each changed fact cites the
// passage the file gives for that fact, never another fact's; a change the file does not cite is left out.
import type { TExchangeCase } from "@/lib/exchange/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportRow } from "@/lib/import/parse-row";
import { formatPartialDateInput } from "@/lib/validations/partial-date";
import { applyCaseFields } from "../apply-case-fields";
import { applyStatusChange } from "../apply-status-change";
import { changedFields } from "../case-fields";
import { lockCase } from "../lock-case";
import { CLAIM_OF_FIELD, rowCaseFields } from "../import/plan-import";
import { submitCaseChange } from "../submit-case-change";
import { toStored, type ExchangeContext } from "./exchange-context";

/** Date fields change with their precision; both travel under the date's claim. */
const claimOf = (field: string) => CLAIM_OF_FIELD[field.replace(/Precision$/, "Date")];

export async function updateExchangeCase(ctx: ExchangeContext, caseId: string, c: TExchangeCase, row: ImportRow) {
  const { tx, actorId } = ctx;
  let current = await lockCase(tx, caseId);
  const all = changedFields(current, rowCaseFields(row));
  const byClaim = new Map<string, { changes: Record<string, [unknown, unknown]>; sourceId: string; quote: string }>();
  for (const [field, change] of Object.entries(all)) {
    const claim = claimOf(field);
    const cited = claim ? c.citations.find((x) => x.claim === claim) : undefined;
    if (!claim || !cited) continue;
    const entry = byClaim.get(claim) ?? { changes: {}, sourceId: await ctx.source(cited.source), quote: cited.quote };
    entry.changes[field] = change;
    byClaim.set(claim, entry);
  }
  const last = c.statusEvents.at(-1)!;
  const statusCited = last.citations[0]!;
  const statusSourceId = await ctx.source(statusCited.source);
  const when = toStored(last.since);
  const statusChanged = current.status !== c.status;

  if (current.visibility === "DRAFT") {
    for (const [claim, { changes, sourceId, quote }] of byClaim) {
      await applyCaseFields(tx, current, changes, actorId, { sourceId, quote, importBatchId: await ctx.batch() });
      await tx.citation.create({ data: { caseId, sourceId, quote, claim } });
      current = await lockCase(tx, caseId);
    }
    if (statusChanged) {
      await applyStatusChange(
        tx,
        current,
        {
          toStatus: c.status,
          when,
          note: last.note,
          citation: {
            sourceId: statusSourceId,
            newSourceTitle: null,
            newSourcePublisher: null,
            newSourceUrl: null,
            newSourceKind: "NEWS_ARTICLE",
            newSourcePublished: { date: null, precision: "UNKNOWN" },
            quote: statusCited.quote,
          },
        },
        actorId,
      );
    }
    if (byClaim.size > 0 || statusChanged) ctx.summary.updated += 1;
    return;
  }
  // A published case changes only through review, whatever the four-eyes setting: an import never publishes.
  for (const { changes, sourceId, quote } of byClaim.values()) {
    await submitCaseChange(tx, {
      kind: "UPDATE_CASE",
      caseId,
      payload: { changes, citation: { sourceId, quote } } as Prisma.InputJsonObject,
      baseVersion: current.version,
      actorId,
      diff: changes,
      importBatchId: await ctx.batch(),
    });
  }
  if (statusChanged) {
    const form = {
      caseId,
      version: String(current.version),
      toStatus: c.status,
      when: formatPartialDateInput(when.date, when.precision),
      note: last.note ?? "",
      citation: {
        sourceId: statusSourceId,
        newSourceTitle: "",
        newSourcePublisher: "",
        newSourceUrl: "",
        newSourceKind: "NEWS_ARTICLE",
        newSourcePublished: "",
        quote: statusCited.quote,
      },
    };
    await submitCaseChange(tx, {
      kind: "CHANGE_STATUS",
      caseId,
      payload: { form, fromStatus: current.status },
      baseVersion: current.version,
      actorId,
      diff: { status: [current.status, c.status] },
      meta: { quote: statusCited.quote },
      importBatchId: await ctx.batch(),
    });
  }
  if (byClaim.size > 0 || statusChanged) ctx.summary.proposed += 1;
}
