// GET /api/v1/demands: public demands.
import { ENDPOINTS } from "@/lib/api/v1/endpoints";
import { apiGet } from "@/lib/api/v1/route";
import { corsPreflight } from "@/lib/api/respond";
import { apiDemands } from "@/lib/server/api/api-lists";

export const GET = apiGet(ENDPOINTS.demands, (query) => apiDemands(query));
export const OPTIONS = corsPreflight;
