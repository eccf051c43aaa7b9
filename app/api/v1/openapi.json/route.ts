// GET /api/v1/openapi.json: the API described as OpenAPI 3.1, generated from its zod schemas.
import { apiJson, corsPreflight } from "@/lib/http/respond";
import { openApiDocument } from "@/lib/api-contract/v1/openapi";
import { env } from "@/lib/env";

export function GET(request: Request) {
  return apiJson(request, openApiDocument(env().SITE_URL));
}

export const OPTIONS = corsPreflight;
