// GET /api/v1/cases/{slug}: one published case in full.
import { ENDPOINTS } from "@/lib/api-contract/v1/endpoints";
import { apiGet } from "@/lib/http/api-get";
import { corsPreflight } from "@/lib/http/respond";
import { apiGetCase } from "@/lib/server/public-api/api-cases";

export const GET = apiGet(ENDPOINTS.case, (_query, params: { slug: string }) => apiGetCase(params.slug));
export const OPTIONS = corsPreflight;
