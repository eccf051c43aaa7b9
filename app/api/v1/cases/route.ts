// GET /api/v1/cases: published cases, filtered, sorted and cursor-paged.
import { ENDPOINTS } from "@/lib/api/v1/endpoints";
import { apiGet } from "@/lib/api/v1/route";
import { corsPreflight } from "@/lib/api/respond";
import { apiListCases } from "@/lib/server/api/api-cases";

export const GET = apiGet(ENDPOINTS.cases, (query) => apiListCases(query));
export const OPTIONS = corsPreflight;
