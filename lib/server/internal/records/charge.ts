// A charge brought under a country's law, shared by the cases that face it. Public when one of them is published.
import { z } from "zod";
import { recordHandler } from "./handler";
import { PUBLISHED } from "@/lib/cases/published";
import { caseIsPublic, pick, required } from "./shared";

const ZChargeFields = z.object({
  countryCode: z.string(),
  article: z.string().nullable(),
  description: z.string(),
});

export const chargeHandler = recordHandler(ZChargeFields, {
  table: "charge",
  load: async (tx, id) => {
    const row = await tx.charge.findUnique({
      where: { id },
      include: { cases: { select: { caseId: true }, take: 1 } },
    });
    return (
      row && {
        values: pick(row, ["countryCode", "article", "description"]),
        updatedAt: row.updatedAt,
        caseId: row.cases[0]?.caseId ?? null,
      }
    );
  },
  create: async (tx, f, links, cited) => {
    const caseId = required(links.caseId, "case");
    const row = await tx.charge.create({ data: { ...f, cases: { create: { caseId } } } });
    if (cited) await tx.citation.create({ data: { ...cited, claim: "charge", chargeId: row.id } });
    return { id: row.id, caseId };
  },
  update: async (tx, id, f) => {
    await tx.charge.update({ where: { id }, data: f });
  },
  isPublic: async (tx, id, links) =>
    id ? (await tx.caseCharge.count({ where: { chargeId: id, case: PUBLISHED } })) > 0 : caseIsPublic(tx, links.caseId),
});
