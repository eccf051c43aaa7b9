// GET /api/v1/laws: public laws.
import { ENDPOINTS } from "@/lib/api-contract/v1/endpoints";
import { apiGet } from "@/lib/http/api-get";
import { corsPreflight } from "@/lib/http/respond";
import { apiLaws } from "@/lib/server/public-api/api-lists";

export const GET = apiGet(ENDPOINTS.laws, (query) => apiLaws(query));
export const OPTIONS = corsPreflight;
