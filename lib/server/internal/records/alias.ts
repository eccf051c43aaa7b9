// Other spellings of a person's name. Public with the person; each cites the source that spells it so.
import { z } from "zod";
import { AliasKind, AliasOrigin, NameScript } from "@/lib/generated/prisma/enums";
import { nameKey } from "@/lib/search/name-key";
import { recordHandler } from "./handler";
import { firstCaseOf, personIsPublic, pick, required } from "./shared";

const ZAliasFields = z.object({
  name: z.string(),
  script: z.enum(NameScript),
  kind: z.enum(AliasKind),
  origin: z.enum(AliasOrigin),
});

export const aliasHandler = recordHandler(ZAliasFields, {
  table: "person_alias",
  load: async (tx, id) => {
    const row = await tx.personAlias.findUnique({ where: { id } });
    return (
      row && {
        values: pick(row, ["name", "script", "kind", "origin"]),
        updatedAt: row.updatedAt,
        caseId: await firstCaseOf(tx, row.personId),
      }
    );
  },
  create: async (tx, f, links, cited) => {
    const personId = required(links.personId, "person");
    const row = await tx.personAlias.create({ data: { ...f, personId, searchName: nameKey(f.name) } });
    // The publish check looks for one citation per spelling, under this claim.
    if (cited) await tx.citation.create({ data: { ...cited, claim: `alias: ${f.name}`, personId } });
    return { id: row.id, caseId: await firstCaseOf(tx, personId) };
  },
  update: async (tx, id, f) => {
    await tx.personAlias.update({ where: { id }, data: { ...f, searchName: nameKey(f.name) } });
  },
  remove: async (tx, id) => {
    await tx.personAlias.delete({ where: { id } });
  },
  isPublic: async (tx, id, links) => {
    const personId = id
      ? (await tx.personAlias.findUnique({ where: { id }, select: { personId: true } }))?.personId
      : links.personId;
    return personIsPublic(tx, personId);
  },
});
