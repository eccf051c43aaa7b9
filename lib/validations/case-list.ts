// The /cases query string: each parameter is checked on its own, so one bad value never breaks the page.
import { z } from "zod";
import { CaseStatus, PersonRole } from "@/lib/generated/prisma/enums";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";

export const CASE_SORT_KEYS = ["name", "country", "role", "status", "since"] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 100_000;

const ZFields = {
  q: z.string().trim().min(1).max(MAX_QUERY_LENGTH),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((s) => s.toUpperCase()),
  status: z.enum(CaseStatus),
  role: z.enum(PersonRole),
  sort: z.enum(CASE_SORT_KEYS),
  dir: z.enum(["asc", "desc"]),
  page: z.coerce.number().int().min(1).max(MAX_PAGE),
  size: z.coerce.number().pipe(z.union(PAGE_SIZES.map((n) => z.literal(n)))),
};

export const ZCaseListQuerySchema = z.object({
  q: ZFields.q.optional(),
  country: ZFields.country.optional(),
  status: ZFields.status.optional(),
  role: ZFields.role.optional(),
  sort: ZFields.sort.default("name"),
  dir: ZFields.dir.default("asc"),
  page: ZFields.page.default(1),
  size: ZFields.size.default(25),
});

export type TCaseListQuery = z.infer<typeof ZCaseListQuerySchema>;

/** Parses what it can; a parameter that fails is dropped and reported by name. */
export type TCaseListParam = keyof typeof ZFields;

export function parseCaseListQuery(params: TSearchParams): { query: TCaseListQuery; rejected: TCaseListParam[] } {
  const rejected: TCaseListParam[] = [];
  const clean: Record<string, string> = {};
  const given = firstValues(params);
  for (const key of Object.keys(ZFields) as (keyof typeof ZFields)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (ZFields[key].safeParse(value).success) clean[key] = value;
    else rejected.push(key);
  }
  return { query: ZCaseListQuerySchema.parse(clean), rejected };
}

/** Serialises a query back to a URL search string, leaving defaults out so URLs stay short. */
export function caseListSearch(query: TCaseListQuery, changes: Partial<TCaseListQuery> = {}): string {
  const merged = { ...query, ...changes };
  const defaults = ZCaseListQuerySchema.parse({});
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === defaults[key as keyof TCaseListQuery]) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

/**
 * A well-formed country code that names no country is rejected like any other bad value, and dropped, so the
 * notice names it and the form's country menu shows the filter actually in force.
 */
export function rejectUnknownCountry(
  parsed: { query: TCaseListQuery; rejected: TCaseListParam[] },
  knownCodes: readonly string[],
): { query: TCaseListQuery; rejected: TCaseListParam[] } {
  const { country, ...rest } = parsed.query;
  if (!country || knownCodes.includes(country)) return parsed;
  return { query: rest, rejected: [...parsed.rejected, "country"] };
}
