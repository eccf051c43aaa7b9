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
  // The spelling's citation goes with it, unless another alias spells the name the same way: otherwise its quote
  // would still be listed among the person's sources.
  remove: async (tx, id) => {
    const alias = await tx.personAlias.delete({ where: { id } });
    const twin = await tx.personAlias.count({ where: { personId: alias.personId, name: alias.name } });
    if (twin === 0)
      await tx.citation.deleteMany({ where: { personId: alias.personId, claim: `alias: ${alias.name}` } });
  },
  isPublic: async (tx, id, links) => {
    const personId = id
      ? (await tx.personAlias.findUnique({ where: { id }, select: { personId: true } }))?.personId
      : links.personId;
    return personIsPublic(tx, personId);
  },
});
