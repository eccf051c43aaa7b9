// GET /api/search?q=…&limit=: published people whose name or alias matches, best first. Feeds the search box.
import { z } from "zod";
import { errorResponse } from "@/lib/http/json-error";
import { queryObject } from "@/lib/http/query-object";
import { apiJson, corsPreflight } from "@/lib/http/respond";
import { MAX_SEARCH_LENGTH } from "@/lib/server/public/search-people";
import { searchPeople } from "@/lib/server/public/cached";

const ZSearchQuerySchema = z.object({
  q: z.string().max(MAX_SEARCH_LENGTH).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(8),
});

export async function GET(request: Request) {
  try {
    const { q, limit } = ZSearchQuerySchema.parse(queryObject(new URL(request.url)));
    const matches = await searchPeople(q, limit, { fuzzy: "fallback" });
    return apiJson(request, {
      results: matches.map((m) => ({
        slug: m.slug,
        name: m.fullName,
        isUnnamed: m.isUnnamed,
        countryCode: m.countryCode,
        status: m.status,
      })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export const OPTIONS = corsPreflight;
