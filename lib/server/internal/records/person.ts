// People: a name, roles, a biography, gender and year of birth. Public once any of their cases is published.
import { z } from "zod";
import { Gender, PersonRole } from "@/lib/generated/prisma/enums";
import { nameKey } from "@/lib/search/name-key";
import { recordHandler } from "./handler";
import { firstCaseOf, personIsPublic, pick, uniqueSlug } from "./shared";

const ZPersonFields = z.object({
  fullName: z.string(),
  roles: z.array(z.enum(PersonRole)),
  biography: z.string().nullable(),
  gender: z.enum(Gender).nullable(),
  birthYear: z.number().int().nullable(),
});

export const personHandler = recordHandler(ZPersonFields, {
  table: "person",
  load: async (tx, id) => {
    const row = await tx.person.findUnique({ where: { id } });
    return (
      row && {
        values: pick(row, ["fullName", "roles", "biography", "gender", "birthYear"]),
        updatedAt: row.updatedAt,
        caseId: await firstCaseOf(tx, id),
      }
    );
  },
  create: async (tx, f, links, cited) => {
    const slug = await uniqueSlug(f.fullName, async (s) => !!(await tx.person.findUnique({ where: { slug: s } })));
    const row = await tx.person.create({ data: { ...f, slug, searchName: nameKey(f.fullName) } });
    if (cited) await tx.citation.create({ data: { ...cited, claim: "person", personId: row.id } });
    return { id: row.id, caseId: null };
  },
  update: async (tx, id, f) => {
    await tx.person.update({ where: { id }, data: { ...f, searchName: nameKey(f.fullName) } });
  },
  isPublic: (tx, id) => personIsPublic(tx, id),
});
