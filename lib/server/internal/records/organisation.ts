// An organisation that publishes sources (an NGO, a newspaper). Always public.
import { z } from "zod";
import { recordHandler } from "./handler";
import { pick, uniqueSlug } from "./shared";

const ZOrganisationFields = z.object({ name: z.string(), acronym: z.string().nullable() });

export const organisationHandler = recordHandler(ZOrganisationFields, {
  table: "organisation",
  load: async (tx, id) => {
    const row = await tx.organisation.findUnique({ where: { id } });
    return row && { values: pick(row, ["name", "acronym"]), updatedAt: row.updatedAt, caseId: null };
  },
  create: async (tx, f) => {
    const slug = await uniqueSlug(f.name, async (s) => !!(await tx.organisation.findUnique({ where: { slug: s } })));
    const row = await tx.organisation.create({ data: { ...f, slug } });
    return { id: row.id, caseId: null };
  },
  update: async (tx, id, f) => {
    await tx.organisation.update({ where: { id }, data: f });
  },
  isPublic: async () => true,
});
