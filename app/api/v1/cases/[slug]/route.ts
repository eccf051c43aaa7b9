// GET /api/v1/cases/{slug}: one published case in full.
import { ENDPOINTS } from "@/lib/api/v1/endpoints";
import { apiGet } from "@/lib/api/v1/route";
import { corsPreflight } from "@/lib/api/respond";
import { apiGetCase } from "@/lib/server/api/api-cases";

export const GET = apiGet(ENDPOINTS.case, (_query, params: { slug: string }) => apiGetCase(params.slug));
export const OPTIONS = corsPreflight;
