// Writes a planned import inside one transaction: new people and cases as drafts (a chunk of rows at a time, see
// create-import-drafts.ts), changes to drafts directly, and changes to published cases as proposals for review. Every
// fact carries the row's citation. Proposals and publication requests share one batch that reviewers can approve
// row by row or as a whole. Rows that would change nothing write nothing, so the same file imported twice is a no-op.
import { writeAudit } from "@/lib/audit/write-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportRow } from "@/lib/import/parse-row";
import { formatPartialDateInput } from "@/lib/validations/partial-date";
import { applyCaseFields } from "../apply-case-fields";
import { applyStatusChange } from "../apply-status-change";
import { changedFields } from "../case-fields";
import { lockCase, type LockedCase } from "../lock-case";
import { submitCaseChange } from "../submit-case-change";
import { createImportDrafts } from "./create-import-drafts";
import { ImportSources } from "./import-sources";
import { CLAIM_OF_FIELD, rowCaseFields, type PlannedRow } from "./plan-import";

export type ImportOptions = {
  /** Import the valid rows and leave out the invalid ones, instead of refusing the whole file. */
  skipInvalid: boolean;
  /** Create possible duplicates as new cases, after the editor has checked they are different people. */
  createDuplicates: boolean;
  /** Ask for the new drafts to be published; the editor confirms that consent is unknown, as the form asks. */
  requestPublication: boolean;
};

export type ImportFile = { format: "spreadsheet" | "exchange"; fileName: string; fileHash: string };
export type ImportSummary = {
  created: number;
  updated: number;
  proposed: number;
  unchanged: number;
  skipped: number;
  publicationRequests: number;
};
export type ImportResult = { batchId: string | null; summary: ImportSummary };

/** A batch's counts before its first row: every import, spreadsheet or exchange file, starts from these. */
export const emptyImportSummary = (): ImportSummary => ({
  created: 0,
  updated: 0,
  proposed: 0,
  unchanged: 0,
  skipped: 0,
  publicationRequests: 0,
});

/** Asks for an imported draft to be published, in the import's batch, unless it is not a draft, its consent is
 *  "no", or a request is already pending. Unknown consent is confirmed and audited, as the case form asks. */
export async function requestImportPublication(
  tx: Prisma.TransactionClient,
  current: LockedCase,
  actorId: string,
  batch: () => Promise<string>,
): Promise<boolean> {
  if (current.visibility !== "DRAFT" || current.consentStatus === "NO") return false;
  const pending = await tx.changeRequest.count({
    where: { caseId: current.id, kind: "PUBLISH_CASE", state: "PENDING" },
  });
  if (pending > 0) return false;
  if (current.consentStatus === "UNKNOWN") {
    await writeAudit(tx, {
      actorId,
      action: "CASE_CONSENT_CONFIRMED",
      entityType: "case",
      entityId: current.id,
      meta: { consent: "UNKNOWN", importBatchId: await batch() },
    });
  }
  await submitCaseChange(tx, {
    kind: "PUBLISH_CASE",
    caseId: current.id,
    payload: { confirmUnknownConsent: current.consentStatus === "UNKNOWN" },
    baseVersion: current.version,
    actorId,
    importBatchId: await batch(),
  });
  return true;
}

class BatchWriter {
  private batchId: string | null = null;
  /** Drafts to ask publication for once every row is written: rows share charges and sources, so a later row's
   *  citation would otherwise change an earlier case's content after its request was fingerprinted. */
  private readonly toPublish: string[] = [];
  readonly summary: ImportSummary = emptyImportSummary();

  private readonly sources: ImportSources;

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly actorId: string,
    private readonly file: ImportFile,
  ) {
    this.sources = new ImportSources(tx, actorId);
  }

  async batch(): Promise<string> {
    if (this.batchId) return this.batchId;
    const created = await this.tx.importBatch.create({
      data: {
        format: this.file.format,
        fileName: this.file.fileName.slice(0, 255),
        fileHash: this.file.fileHash,
        summary: {},
        createdById: this.actorId,
      },
      select: { id: true },
    });
    this.batchId = created.id;
    return created.id;
  }

  get id() {
    return this.batchId;
  }

  /** The row's source: the one already on file with the same title, publisher and address, or a new one. */
  async source(input: ImportRow): Promise<string> {
    return (await this.sources.resolve([input]))[0]!;
  }

  private async cite(
    sourceId: string,
    quote: string,
    claim: string,
    target: { caseId?: string; personId?: string; chargeId?: string },
  ) {
    await this.tx.citation.create({ data: { ...target, sourceId, quote, claim } });
  }

  private async applyToDraft(current: LockedCase, input: ImportRow, sourceId: string): Promise<LockedCase> {
    const quote = input.createForm.citation.quote;
    const changes = changedFields(current, rowCaseFields(input));
    if (Object.keys(changes).length > 0) {
      await applyCaseFields(this.tx, current, changes, this.actorId);
      for (const field of Object.keys(changes)) {
        const claim = CLAIM_OF_FIELD[field];
        if (claim) await this.cite(sourceId, quote, claim, { caseId: current.id });
      }
    }
    return lockCase(this.tx, current.id);
  }

  private statusForm(current: LockedCase, input: ImportRow, sourceId: string) {
    const f = input.createForm;
    return {
      caseId: current.id,
      version: String(current.version),
      toStatus: f.status,
      when: formatPartialDateInput(f.when.date, f.when.precision),
      note: "",
      citation: {
        sourceId,
        newSourceTitle: "",
        newSourcePublisher: "",
        newSourceUrl: "",
        newSourceKind: f.citation.newSourceKind,
        newSourcePublished: "",
        quote: f.citation.quote,
      },
    };
  }

  private async requestPublication(current: LockedCase) {
    if (await requestImportPublication(this.tx, current, this.actorId, () => this.batch()))
      this.summary.publicationRequests += 1;
  }

  /** New drafts for a chunk of rows, a few statements for the whole chunk. */
  async createRows(inputs: ImportRow[], options: ImportOptions) {
    if (inputs.length === 0) return;
    await this.batch();
    const caseIds = await createImportDrafts(this.tx, inputs, await this.sources.resolve(inputs), this.actorId);
    this.summary.created += caseIds.length;
    if (options.requestPublication) this.toPublish.push(...caseIds);
  }

  async updateRow(caseId: string, input: ImportRow, options: ImportOptions) {
    let current = await lockCase(this.tx, caseId);
    const sourceId = await this.source(input);
    if (current.visibility === "DRAFT") {
      // A draft is private: its changes apply at once, as the edit form's do.
      current = await this.applyToDraft(current, input, sourceId);
      if (current.status !== input.createForm.status) {
        await applyStatusChange(
          this.tx,
          current,
          {
            toStatus: input.createForm.status,
            when: input.createForm.when,
            note: null,
            citation: { ...input.createForm.citation, sourceId },
          },
          this.actorId,
        );
      }
      this.summary.updated += 1;
      if (options.requestPublication) this.toPublish.push(caseId);
      return;
    }
    // A published case changes only through review, whatever the four-eyes setting: an import never publishes.
    const changes = changedFields(current, rowCaseFields(input));
    if (Object.keys(changes).length > 0) {
      await submitCaseChange(this.tx, {
        kind: "UPDATE_CASE",
        caseId,
        payload: { changes, citation: { sourceId, quote: input.createForm.citation.quote } } as Prisma.InputJsonObject,
        baseVersion: current.version,
        actorId: this.actorId,
        diff: changes,
        importBatchId: await this.batch(),
      });
    }
    if (current.status !== input.createForm.status) {
      await submitCaseChange(this.tx, {
        kind: "CHANGE_STATUS",
        caseId,
        payload: { form: this.statusForm(current, input, sourceId), fromStatus: current.status },
        baseVersion: current.version,
        actorId: this.actorId,
        diff: { status: [current.status, input.createForm.status] },
        meta: { quote: input.createForm.citation.quote },
        importBatchId: await this.batch(),
      });
    }
    this.summary.proposed += 1;
  }

  async unchangedRow(caseId: string, options: ImportOptions) {
    this.summary.unchanged += 1;
    if (options.requestPublication) this.toPublish.push(caseId);
  }

  async finish(rows: PlannedRow[]) {
    for (const caseId of this.toPublish) await this.requestPublication(await lockCase(this.tx, caseId));
    if (!this.batchId) return;
    await this.tx.importBatch.update({ where: { id: this.batchId }, data: { summary: this.summary } });
    await writeAudit(this.tx, {
      actorId: this.actorId,
      action: "IMPORT_RUN",
      entityType: "import_batch",
      entityId: this.batchId,
      meta: { ...this.summary, fileName: this.file.fileName, fileHash: this.file.fileHash, rows: rows.length },
    });
  }
}

/** New rows are written this many at a time: few statements per chunk, and a bounded amount held in memory. */
const CHUNK = 1000;

export async function writeImport(
  tx: Prisma.TransactionClient,
  rows: PlannedRow[],
  options: ImportOptions,
  actorId: string,
  file: ImportFile,
): Promise<ImportResult> {
  const writer = new BatchWriter(tx, actorId, file);
  let fresh: ImportRow[] = [];
  for (const row of rows) {
    const input = row.input;
    if (!input || row.outcome === "invalid" || (row.outcome === "duplicate" && !options.createDuplicates))
      writer.summary.skipped += 1;
    else if (row.outcome === "new" || row.outcome === "duplicate") {
      fresh.push(input);
      if (fresh.length === CHUNK) {
        await writer.createRows(fresh, options);
        fresh = [];
      }
    } else if (row.outcome === "update") await writer.updateRow(row.caseId!, input, options);
    else await writer.unchangedRow(row.caseId!, options);
  }
  await writer.createRows(fresh, options);
  await writer.finish(rows);
  return { batchId: writer.id, summary: writer.summary };
}
