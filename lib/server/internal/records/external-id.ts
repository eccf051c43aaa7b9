// A person's number in another register (a Guantánamo ISN, a court file). Public with the person.
import { z } from "zod";
import { ExternalIdScheme } from "@/lib/generated/prisma/enums";
import { nameKey } from "@/lib/search/name-key";
import { recordHandler } from "./handler";
import { firstCaseOf, personIsPublic, pick, required } from "./shared";

const ZExternalIdFields = z.object({
  scheme: z.enum(ExternalIdScheme),
  value: z.string(),
  url: z.string().nullable(),
});

export const externalIdHandler = recordHandler(ZExternalIdFields, {
  table: "external_identifier",
  load: async (tx, id) => {
    const row = await tx.externalIdentifier.findUnique({ where: { id } });
    return (
      row && {
        values: pick(row, ["scheme", "value", "url"]),
        updatedAt: row.updatedAt,
        caseId: await firstCaseOf(tx, row.personId),
      }
    );
  },
  create: async (tx, f, links) => {
    const personId = required(links.personId, "person");
    const row = await tx.externalIdentifier.create({ data: { ...f, personId, searchName: nameKey(f.value) } });
    return { id: row.id, caseId: await firstCaseOf(tx, personId) };
  },
  update: async (tx, id, f) => {
    await tx.externalIdentifier.update({ where: { id }, data: { ...f, searchName: nameKey(f.value) } });
  },
  remove: async (tx, id) => {
    await tx.externalIdentifier.delete({ where: { id } });
  },
  isPublic: async (tx, id, links) => {
    const personId = id
      ? (await tx.externalIdentifier.findUnique({ where: { id }, select: { personId: true } }))?.personId
      : links.personId;
    return personIsPublic(tx, personId);
  },
});
