// GET /api/v1/laws: public laws.
import { ENDPOINTS } from "@/lib/api/v1/endpoints";
import { apiGet } from "@/lib/api/v1/route";
import { corsPreflight } from "@/lib/api/respond";
import { apiLaws } from "@/lib/server/api/api-lists";

export const GET = apiGet(ENDPOINTS.laws, (query) => apiLaws(query));
export const OPTIONS = corsPreflight;
