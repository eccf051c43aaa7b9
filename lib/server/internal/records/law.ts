// A law criticised for being used against people, with its status. Always public.
import { z } from "zod";
import { LawStatus } from "@/lib/generated/prisma/enums";
import { recordHandler } from "./handler";
import { pick } from "./shared";

const ZLawFields = z.object({
  countryCode: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum(LawStatus),
});

export const lawHandler = recordHandler(ZLawFields, {
  table: "law",
  load: async (tx, id) => {
    const row = await tx.law.findUnique({ where: { id } });
    return (
      row && {
        values: pick(row, ["countryCode", "name", "description", "status"]),
        updatedAt: row.updatedAt,
        caseId: null,
      }
    );
  },
  create: async (tx, f, links, cited) => {
    const row = await tx.law.create({ data: f });
    if (cited) await tx.citation.create({ data: { ...cited, claim: "law", lawId: row.id } });
    return { id: row.id, caseId: null };
  },
  update: async (tx, id, f) => {
    await tx.law.update({ where: { id }, data: f });
  },
  isPublic: async () => true,
});
