// GET /api/v1/exchange.schema.json: the JSON Schema of the exchange format, generated from its zod schema.
import { apiJson, corsPreflight } from "@/lib/http/respond";
import { env } from "@/lib/env";
import { exchangeJsonSchema } from "@/lib/exchange/json-schema";

export function GET(request: Request) {
  return apiJson(request, exchangeJsonSchema(env().SITE_URL));
}

export const OPTIONS = corsPreflight;
