// GET /api/v1/countries: public countries.
import { ENDPOINTS } from "@/lib/api-contract/v1/endpoints";
import { apiGet } from "@/lib/http/api-get";
import { corsPreflight } from "@/lib/http/respond";
import { apiCountries } from "@/lib/server/public-api/api-lists";

export const GET = apiGet(ENDPOINTS.countries, () => apiCountries());
export const OPTIONS = corsPreflight;
