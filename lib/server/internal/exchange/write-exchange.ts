// Writes a planned exchange import inside one transaction: new cases as drafts, matched cases brought in line
// (drafts at once, published ones through review), then the publication requests, the batch's summary and its
// audit row. A row that would change nothing writes nothing, so the same file imported twice is a no-op.
import { writeAudit } from "@/lib/audit/write-audit";
import type { ExchangeRead } from "@/lib/exchange/read-exchange";
import type { TExchangeCase } from "@/lib/exchange/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockCase } from "../lock-case";
import type { PlannedRow } from "../import/plan-import";
import {
  requestImportPublication,
  type ImportFile,
  type ImportOptions,
  type ImportResult,
} from "../import/write-import";
import { createExchangeCase } from "./create-exchange-case";
import { ExchangeContext } from "./exchange-context";
import { updateExchangeCase } from "./update-exchange-case";

export type ExchangePlannedRow = PlannedRow & { value: TExchangeCase | null };

export async function writeExchange(
  tx: Prisma.TransactionClient,
  rows: ExchangePlannedRow[],
  read: Pick<ExchangeRead, "sources" | "places">,
  options: ImportOptions,
  actorId: string,
  file: ImportFile & { instance: string },
): Promise<ImportResult> {
  const ctx = new ExchangeContext(tx, actorId, file, read.sources, read.places);
  const toPublish: string[] = [];
  for (const row of rows) {
    const { input, value } = row;
    if (!input || !value || row.outcome === "invalid" || (row.outcome === "duplicate" && !options.createDuplicates)) {
      ctx.summary.skipped += 1;
      continue;
    }
    if (row.outcome === "new" || row.outcome === "duplicate") toPublish.push(await createExchangeCase(ctx, value));
    else {
      if (row.outcome === "update") await updateExchangeCase(ctx, row.caseId!, value, input);
      else ctx.summary.unchanged += 1;
      toPublish.push(row.caseId!);
    }
  }
  // Asked for once every row is written: rows share charges and sources, so a later row could otherwise change
  // an earlier case's content after its request was fingerprinted.
  if (options.requestPublication) {
    for (const caseId of toPublish)
      if (await requestImportPublication(tx, await lockCase(tx, caseId), actorId, () => ctx.batch()))
        ctx.summary.publicationRequests += 1;
  }
  if (ctx.id) {
    const summary = { ...ctx.summary, instance: file.instance };
    await tx.importBatch.update({ where: { id: ctx.id }, data: { summary } });
    await writeAudit(tx, {
      actorId,
      action: "IMPORT_RUN",
      entityType: "import_batch",
      entityId: ctx.id,
      meta: { ...summary, format: "exchange", fileName: file.fileName, fileHash: file.fileHash, rows: rows.length },
    });
  }
  return { batchId: ctx.id, summary: ctx.summary };
}
