// A citation added on its own: a claim about a person, case, charge, demand, law, place or stay, with the source and the quote
// that support it. Written whole, with its source, so it has its own id from the start.
import { z } from "zod";
import { recordHandler, type CitationTarget, type Tx } from "./handler";
import { caseIsPublic, personIsPublic, pick, required } from "./shared";

const ZCitationFields = z.object({ claim: z.string(), locator: z.string().nullable() });

/** The column that ties a citation to what it supports. */
function targetColumn(target: CitationTarget): TargetLink {
  switch (target.type) {
    case "person":
      return { personId: target.id };
    case "case":
      return { caseId: target.id };
    case "charge":
      return { chargeId: target.id };
    case "demand":
      return { demandId: target.id };
    case "law":
      return { lawId: target.id };
    case "place":
      return { placeId: target.id };
    case "placeStay":
      return { placeStayId: target.id };
  }
}

type TargetLink =
  | { personId: string }
  | { caseId: string }
  | { chargeId: string }
  | { demandId: string }
  | { lawId: string }
  | { placeId: string }
  | { placeStayId: string };

/** The case a stay belongs to: its citations are reviewed and audited under that case. */
const caseOfStay = async (tx: Tx, stayId: string) =>
  (await tx.placeStay.findUnique({ where: { id: stayId }, select: { caseId: true } }))?.caseId ?? null;

export const citationHandler = recordHandler(ZCitationFields, {
  table: "citation",
  load: async (tx, id) => {
    const row = await tx.citation.findUnique({ where: { id } });
    return row && { values: pick(row, ["claim", "locator"]), updatedAt: row.updatedAt, caseId: row.caseId };
  },
  create: async (tx, f, links, cited) => {
    const target = required(links.target, "target");
    const source = required(cited, "source and quote");
    const row = await tx.citation.create({ data: { ...source, ...f, ...targetColumn(target) } });
    const caseId =
      target.type === "case" ? target.id : target.type === "placeStay" ? await caseOfStay(tx, target.id) : null;
    return { id: row.id, caseId };
  },
  update: async (tx, id, f) => {
    await tx.citation.update({ where: { id }, data: f });
  },
  remove: async (tx, id) => {
    await tx.citation.delete({ where: { id } });
  },
  isPublic: async (tx, id, links) => {
    const target = id ? null : links.target;
    if (!target) return true;
    if (target.type === "person") return personIsPublic(tx, target.id);
    if (target.type === "case") return caseIsPublic(tx, target.id);
    if (target.type === "placeStay") return caseIsPublic(tx, await caseOfStay(tx, target.id));
    return true;
  },
});
