// What advocates ask of the authorities, for one case or for a whole country. A country-wide one is public.
import { z } from "zod";
import { DemandKind, DemandStatus } from "@/lib/generated/prisma/enums";
import { recordHandler } from "./handler";
import { caseIsPublic, pick } from "./shared";

const ZDemandFields = z.object({
  kind: z.enum(DemandKind),
  description: z.string(),
  targetAuthority: z.string(),
  status: z.enum(DemandStatus),
});

export const demandHandler = recordHandler(ZDemandFields, {
  table: "demand",
  load: async (tx, id) => {
    const row = await tx.demand.findUnique({ where: { id } });
    return (
      row && {
        values: pick(row, ["kind", "description", "targetAuthority", "status"]),
        updatedAt: row.updatedAt,
        caseId: row.caseId,
      }
    );
  },
  create: async (tx, f, links, cited) => {
    const linked = links.caseId
      ? await tx.case.findUnique({ where: { id: links.caseId }, select: { countryCode: true } })
      : null;
    const row = await tx.demand.create({
      data: { ...f, caseId: links.caseId ?? null, countryCode: linked?.countryCode ?? null },
    });
    if (cited) await tx.citation.create({ data: { ...cited, claim: "demand", demandId: row.id } });
    return { id: row.id, caseId: row.caseId };
  },
  update: async (tx, id, f) => {
    await tx.demand.update({ where: { id }, data: f });
  },
  remove: async (tx, id) => {
    await tx.citation.deleteMany({ where: { demandId: id } });
    await tx.demand.delete({ where: { id } });
  },
  isPublic: async (tx, id, links) => {
    const caseId = id
      ? (await tx.demand.findUnique({ where: { id }, select: { caseId: true } }))?.caseId
      : links.caseId;
    return caseId ? caseIsPublic(tx, caseId) : true;
  },
});
