// GET /api/v1/countries: public countries.
import { ENDPOINTS } from "@/lib/api/v1/endpoints";
import { apiGet } from "@/lib/api/v1/route";
import { corsPreflight } from "@/lib/api/respond";
import { apiCountries } from "@/lib/server/api/api-lists";

export const GET = apiGet(ENDPOINTS.countries, () => apiCountries());
export const OPTIONS = corsPreflight;
