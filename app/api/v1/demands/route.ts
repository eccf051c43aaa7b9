// GET /api/v1/demands: public demands.
import { ENDPOINTS } from "@/lib/api-contract/v1/endpoints";
import { apiGet } from "@/lib/http/api-get";
import { corsPreflight } from "@/lib/http/respond";
import { apiDemands } from "@/lib/server/public-api/api-lists";

export const GET = apiGet(ENDPOINTS.demands, (query) => apiDemands(query));
export const OPTIONS = corsPreflight;
