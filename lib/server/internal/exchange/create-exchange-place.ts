// Writes a place of detention the exchange file brings and this instance lacks: its fields, its other names and every
// citation the file gives for them, audited as a record created by the import (with its batch and instance).
import { writeAudit } from "@/lib/audit/write-audit";
import type { TExchangePlace } from "@/lib/exchange/schema";
import { uniqueSlug } from "../records/shared";
import type { ExchangeContext } from "./exchange-context";

export async function createExchangePlace(ctx: ExchangeContext, p: TExchangePlace): Promise<string> {
  const { tx } = ctx;
  const slug = await uniqueSlug(p.name, async (s) => !!(await tx.place.findUnique({ where: { slug: s } })));
  // The file's key means nothing here; every other field of the (strictly parsed) place is a column of the same name.
  const { id: _key, country, names: _names, citations: _citations, ...columns } = p;
  const fields = { ...columns, countryCode: country.code };
  const place = await tx.place.create({ data: { ...fields, slug }, select: { id: true } });
  for (const n of p.names)
    await tx.placeName.upsert({
      where: { placeId_name: { placeId: place.id, name: n.name } },
      create: { placeId: place.id, name: n.name, script: n.script },
      update: {},
    });
  await ctx.cite(p.citations, { placeId: place.id });
  await writeAudit(tx, {
    actorId: ctx.actorId,
    action: "RECORD_CREATED",
    entityType: "place",
    entityId: place.id,
    diff: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [null, v]])),
    meta: {
      slug,
      names: p.names.map((n) => n.name),
      importBatchId: await ctx.batch(),
      instance: ctx.file.instance,
    },
  });
  return place.id;
}
