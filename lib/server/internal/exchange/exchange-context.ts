// What every write of one exchange import shares: the transaction, who imports, the batch (made on first need),
// the file's sources as they resolve to this database's sources, and citations written once only.
import { writeAudit } from "@/lib/audit/write-audit";
import type { TExchangeCitation, TExchangeSource } from "@/lib/exchange/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parsePartialDate } from "@/lib/validations/partial-date";
import { emptyImportSummary, type ImportFile, type ImportSummary } from "../import/write-import";

export type CitationTarget = Partial<
  Record<"personId" | "caseId" | "statusEventId" | "chargeId" | "demandId" | "caseFactId", string>
>;

export const toStored = (d: { date: string | null }) =>
  parsePartialDate(d.date ?? "") ?? { date: null, precision: "UNKNOWN" as const };

export class ExchangeContext {
  private batchId: string | null = null;
  private readonly resolved = new Map<string, string>();
  readonly summary: ImportSummary = emptyImportSummary();

  constructor(
    readonly tx: Prisma.TransactionClient,
    readonly actorId: string,
    readonly file: ImportFile & { instance: string },
    private readonly sources: Map<string, TExchangeSource>,
  ) {}

  get id() {
    return this.batchId;
  }

  async batch(): Promise<string> {
    if (this.batchId) return this.batchId;
    const created = await this.tx.importBatch.create({
      data: {
        format: this.file.format,
        fileName: this.file.fileName.slice(0, 255),
        fileHash: this.file.fileHash,
        summary: { instance: this.file.instance },
        createdById: this.actorId,
      },
      select: { id: true },
    });
    this.batchId = created.id;
    return created.id;
  }

  /** The file's source as a source here: the one on file with the same title, publisher and address, or a new one
   *  with every detail the file gives. */
  async source(key: string): Promise<string> {
    const known = this.resolved.get(key);
    if (known) return known;
    const s = this.sources.get(key);
    if (!s) throw new Error(`The exchange file names a source it does not hold: ${key}`);
    const existing = await this.tx.source.findFirst({
      where: { title: s.title, publisher: s.publisher, url: s.url },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    let id = existing?.id;
    if (!id) {
      const published = toStored(s.published);
      const created = await this.tx.source.create({
        data: {
          title: s.title,
          publisher: s.publisher,
          authors: s.authors,
          url: s.url,
          kind: s.kind,
          publishedDate: published.date,
          publishedPrecision: published.precision,
        },
        select: { id: true },
      });
      id = created.id;
      await writeAudit(this.tx, {
        actorId: this.actorId,
        action: "SOURCE_CREATED",
        entityType: "source",
        entityId: id,
        meta: { title: s.title, importBatchId: await this.batch(), instance: this.file.instance },
      });
    }
    this.resolved.set(key, id);
    return id;
  }

  /** Writes the citations the record lacks; one already here (same source, quote, claim and place) is kept. */
  async cite(citations: TExchangeCitation[], target: CitationTarget): Promise<void> {
    for (const c of citations) {
      const sourceId = await this.source(c.source);
      const quotedSourceId = c.quotedSource ? await this.source(c.quotedSource) : null;
      const data = { ...target, sourceId, quote: c.quote, claim: c.claim, locator: c.locator, quotedSourceId };
      const known = await this.tx.citation.findFirst({ where: data, select: { id: true } });
      if (!known) await this.tx.citation.create({ data });
    }
  }
}
