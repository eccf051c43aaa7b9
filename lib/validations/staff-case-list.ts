// The editors' case table query string.
import { z } from "zod";
import { Visibility } from "@/lib/generated/prisma/enums";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { PAGE_SIZES } from "./case-list";

export const ZStaffCaseQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  visibility: z.enum(Visibility).optional().catch(undefined),
  deleted: z.literal("1").optional().catch(undefined),
  sort: z.enum(["name", "country", "status", "visibility", "updated"]).catch("updated"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .pipe(z.union(PAGE_SIZES.map((n) => z.literal(n))))
    .catch(25),
});

export type TStaffCaseQuery = z.infer<typeof ZStaffCaseQuerySchema>;

export function parseStaffCaseQuery(params: TSearchParams): TStaffCaseQuery {
  return ZStaffCaseQuerySchema.parse(firstValues(params));
}
