// The sources of a chunk of import rows, all at once: each row's source is the one already on file with the same
// title, publisher and address (the oldest, as the form's source picker would show first), or a new one made from
// the first row that names it, audited as the form's are. Known sources are remembered across chunks.
import { writeAudits } from "@/lib/audit/write-audit";
import { insertRows } from "@/lib/db/insert-rows";
import { newId } from "@/lib/db/new-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportRow } from "@/lib/import/parse-row";

type Citation = ImportRow["createForm"]["citation"];

const keyOf = (s: { title: string | null; publisher: string | null; url: string | null }) =>
  JSON.stringify([s.title ?? "", s.publisher, s.url]);
const named = (c: Citation) => ({
  title: c.newSourceTitle ?? "",
  publisher: c.newSourcePublisher,
  url: c.newSourceUrl,
});

export class ImportSources {
  private readonly known = new Map<string, string>();

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly actorId: string,
  ) {}

  /** The source id of each row's citation, in order, finding or creating every source the rows name. */
  async resolve(rows: ImportRow[]): Promise<string[]> {
    const wanted = new Map<string, Citation>();
    for (const row of rows) {
      const key = keyOf(named(row.createForm.citation));
      if (!this.known.has(key) && !wanted.has(key)) wanted.set(key, row.createForm.citation);
    }
    if (wanted.size > 0) await this.fill(wanted);
    return rows.map((row) => this.known.get(keyOf(named(row.createForm.citation)))!);
  }

  private async fill(wanted: Map<string, Citation>) {
    const existing = await this.tx.source.findMany({
      where: { OR: [...wanted.values()].map(named) },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, publisher: true, url: true },
    });
    for (const s of existing) {
      const key = keyOf(s);
      if (wanted.has(key) && !this.known.has(key)) this.known.set(key, s.id);
    }
    const missing = [...wanted].filter(([key]) => !this.known.has(key)).map(([, c]) => c);
    if (missing.length === 0) return;
    const created = missing.map((c) => ({ id: newId(), title: c.newSourceTitle!, c }));
    await insertRows(
      this.tx,
      "source",
      {
        id: "text",
        title: "text",
        publisher: "text",
        url: "text",
        kind: { enum: "source_kind" },
        published_date: "date",
        published_precision: { enum: "date_precision" },
        authors: { enumList: "text" },
      },
      created.map(({ id, title, c }) => ({
        id,
        title,
        publisher: c.newSourcePublisher,
        url: c.newSourceUrl,
        kind: c.newSourceKind,
        published_date: c.newSourcePublished.date?.toISOString().slice(0, 10) ?? null,
        published_precision: c.newSourcePublished.precision,
        authors: "",
      })),
    );
    for (const { id, c } of created) this.known.set(keyOf(named(c)), id);
    await writeAudits(
      this.tx,
      created.map((s) => ({
        actorId: this.actorId,
        action: "SOURCE_CREATED" as const,
        entityType: "source",
        entityId: s.id,
        meta: { title: s.title },
      })),
    );
  }
}
