// GET /api/v1/sources: public sources.
import { ENDPOINTS } from "@/lib/api-contract/v1/endpoints";
import { apiGet } from "@/lib/http/api-get";
import { corsPreflight } from "@/lib/http/respond";
import { apiSources } from "@/lib/server/public-api/api-lists";

export const GET = apiGet(ENDPOINTS.sources, (query) => apiSources(query));
export const OPTIONS = corsPreflight;
