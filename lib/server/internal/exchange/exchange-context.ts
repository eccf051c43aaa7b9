// What every write of one exchange import shares: the transaction, who imports, the batch (made on first need),
// the file's sources and places as they resolve to this database's, and citations written once only.
import { writeAudit } from "@/lib/audit/write-audit";
import type { ExchangeRead } from "@/lib/exchange/read-exchange";
import type { TExchangeCitation, TExchangeSource } from "@/lib/exchange/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parsePartialDate } from "@/lib/validations/partial-date";
import { emptyImportSummary, type ImportFile, type ImportSummary } from "../import/write-import";
import { createExchangePlace } from "./create-exchange-place";

export type CitationTarget = Partial<
  Record<
    "personId" | "caseId" | "statusEventId" | "chargeId" | "demandId" | "caseFactId" | "placeId" | "placeStayId",
    string
  >
>;

export const toStored = (d: { date: string | null }) =>
  parsePartialDate(d.date ?? "") ?? { date: null, precision: "UNKNOWN" as const };

export class ExchangeContext {
  private batchId: string | null = null;
  private readonly resolved = new Map<string, string>();
  private readonly resolvedPlaces = new Map<string, string>();
  readonly summary: ImportSummary = emptyImportSummary();

  constructor(
    readonly tx: Prisma.TransactionClient,
    readonly actorId: string,
    readonly file: ImportFile & { instance: string },
    private readonly sources: Map<string, TExchangeSource>,
    private readonly places: ExchangeRead["places"],
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

  /** The file's place as a place here: the one in the same country with the same name (the oldest, should there be
   *  several), used as it is, or a new one with everything the file gives. Keys are the other instance's, so they
   *  never match by themselves. */
  async place(key: string): Promise<string> {
    const known = this.resolvedPlaces.get(key);
    if (known) return known;
    const p = this.places.get(key)?.place;
    if (!p) throw new Error(`The exchange file names a place it does not hold: ${key}`);
    const existing = await this.tx.place.findFirst({
      where: { countryCode: p.country.code, name: p.name },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    const id = existing?.id ?? (await createExchangePlace(this, p));
    this.resolvedPlaces.set(key, id);
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
