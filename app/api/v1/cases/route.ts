// GET /api/v1/cases: published cases, filtered, sorted and cursor-paged.
import { ENDPOINTS } from "@/lib/api-contract/v1/endpoints";
import { apiGet } from "@/lib/http/api-get";
import { corsPreflight } from "@/lib/http/respond";
import { apiListCases } from "@/lib/server/public-api/api-cases";

export const GET = apiGet(ENDPOINTS.cases, (query) => apiListCases(query));
export const OPTIONS = corsPreflight;
