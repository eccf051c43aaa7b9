// A cited fact about a case's situation that is neither a status nor a demand (a threat, a restriction).
import { z } from "zod";
import { recordHandler } from "./handler";
import { caseIsPublic, pick, required } from "./shared";

const ZCaseFactFields = z.object({ text: z.string() });

export const caseFactHandler = recordHandler(ZCaseFactFields, {
  table: "case_fact",
  load: async (tx, id) => {
    const row = await tx.caseFact.findUnique({ where: { id } });
    return row && { values: pick(row, ["text"]), updatedAt: row.updatedAt, caseId: row.caseId };
  },
  create: async (tx, f, links, cited) => {
    const caseId = required(links.caseId, "case");
    const last = await tx.caseFact.aggregate({ where: { caseId }, _max: { sequence: true } });
    const row = await tx.caseFact.create({ data: { caseId, text: f.text, sequence: (last._max.sequence ?? 0) + 1 } });
    if (cited) await tx.citation.create({ data: { ...cited, claim: "fact", caseFactId: row.id } });
    return { id: row.id, caseId };
  },
  update: async (tx, id, f) => {
    await tx.caseFact.update({ where: { id }, data: { text: f.text } });
  },
  remove: async (tx, id) => {
    await tx.citation.deleteMany({ where: { caseFactId: id } });
    await tx.caseFact.delete({ where: { id } });
  },
  isPublic: async (tx, id, links) => {
    const caseId = id
      ? (await tx.caseFact.findUnique({ where: { id }, select: { caseId: true } }))?.caseId
      : links.caseId;
    return caseIsPublic(tx, caseId);
  },
});
