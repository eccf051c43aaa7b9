// GET /api/v1/sources: public sources.
import { ENDPOINTS } from "@/lib/api/v1/endpoints";
import { apiGet } from "@/lib/api/v1/route";
import { corsPreflight } from "@/lib/api/respond";
import { apiSources } from "@/lib/server/api/api-lists";

export const GET = apiGet(ENDPOINTS.sources, (query) => apiSources(query));
export const OPTIONS = corsPreflight;
