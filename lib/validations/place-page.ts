// The ?page= of the place pages: a bad value means the first page, so one bad parameter never breaks the page.
import { z } from "zod";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { MAX_PAGE } from "./case-list";

const ZPageSchema = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

export function pageParam(query: TSearchParams): number {
  return ZPageSchema.parse(firstValues(query).page ?? 1);
}
