// A charge brought under a country's law, shared by the cases that face it. Public when one of them is published.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { recordHandler, type Tx } from "./handler";
import { PUBLISHED } from "@/lib/cases/published";
import { caseIsPublic, pick, required } from "./shared";

const ZChargeFields = z.object({
  countryCode: z.string(),
  article: z.string().nullable(),
  description: z.string(),
});

/** The case a charge is removed from: the one named, which must face it, or the only one that does. A charge
 *  shared by several cases (an import reuses one by its wording) is never removed from all of them at once. */
async function caseToRemoveFrom(tx: Tx, chargeId: string, caseId: string | undefined): Promise<string> {
  const links = await tx.caseCharge.findMany({ where: { chargeId }, select: { caseId: true } });
  const named = caseId ? links.find((link) => link.caseId === caseId) : links.length === 1 ? links[0] : undefined;
  if (named) return named.caseId;
  throw new AppError(
    "INVALID_INPUT",
    caseId
      ? "This charge is not one of this case's charges."
      : "This charge is shared by several cases: remove it from the case's own editor.",
    { reason: caseId ? "chargeNotOfCase" : "chargeShared" },
  );
}

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
  removalCase: (tx, id, links) => caseToRemoveFrom(tx, id, links.caseId),
  // The charge leaves the case; once no case faces it, it goes with the citations that supported it.
  remove: async (tx, id, links) => {
    const caseId = await caseToRemoveFrom(tx, id, links.caseId);
    await tx.caseCharge.delete({ where: { caseId_chargeId: { caseId, chargeId: id } } });
    if ((await tx.caseCharge.count({ where: { chargeId: id } })) > 0) return;
    await tx.citation.deleteMany({ where: { chargeId: id } });
    await tx.charge.delete({ where: { id } });
  },
  isPublic: async (tx, id, links) =>
    id ? (await tx.caseCharge.count({ where: { chargeId: id, case: PUBLISHED } })) > 0 : caseIsPublic(tx, links.caseId),
});
