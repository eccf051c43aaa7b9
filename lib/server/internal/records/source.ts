// A source: an article, report or statement, with its publication date as precise as it is known and, when it
// is held, its text (for the quote check). Always public once cited publicly.
import { z } from "zod";
import { DatePrecision, SourceKind } from "@/lib/generated/prisma/enums";
import { recordHandler } from "./handler";
import { pick } from "./shared";

const ZSourceFields = z.object({
  title: z.string(),
  publisher: z.string().nullable(),
  authors: z.string().nullable(),
  url: z.string().nullable(),
  kind: z.enum(SourceKind),
  published: z.object({ date: z.date().nullable(), precision: z.enum(DatePrecision) }),
  fullText: z.string().nullable(),
});

/** The form keeps authors as one comma-separated line and the date with its precision; the table does not. */
const sourceData = (f: z.output<typeof ZSourceFields>) => ({
  title: f.title,
  publisher: f.publisher,
  authors: (f.authors ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean),
  url: f.url,
  kind: f.kind,
  publishedDate: f.published.date,
  publishedPrecision: f.published.precision,
  text: f.fullText,
});

export const sourceHandler = recordHandler(ZSourceFields, {
  table: "source",
  load: async (tx, id) => {
    const row = await tx.source.findUnique({ where: { id } });
    if (!row) return null;
    const values = {
      ...pick(row, ["title", "publisher", "url", "kind"]),
      authors: row.authors.join(", ") || null,
      published: { date: row.publishedDate, precision: row.publishedPrecision },
      fullText: row.text,
    };
    return { values, updatedAt: row.updatedAt, caseId: null };
  },
  create: async (tx, f) => ({ id: (await tx.source.create({ data: sourceData(f) })).id, caseId: null }),
  update: async (tx, id, f) => {
    await tx.source.update({ where: { id }, data: sourceData(f) });
  },
  isPublic: async () => true,
});
