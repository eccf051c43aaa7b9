// Turns an endpoint definition and a loader into a GET handler with validation, ETags, CORS and JSON errors.
import type { z } from "zod";
import { errorResponse, jsonError } from "./json-error";
import { queryObject } from "@/lib/http/query-object";
import { apiJson, CORS_HEADERS, CursorError } from "./respond";
import type { Endpoint } from "@/lib/api-contract/v1/endpoints";

export function apiGet<E extends Endpoint, P = Record<string, never>>(
  endpoint: E,
  load: (query: z.infer<E["query"]>, params: P) => Promise<unknown>,
) {
  return async function GET(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      const query = endpoint.query.parse(queryObject(new URL(request.url))) as z.infer<E["query"]>;
      const data = await load(query, await context.params);
      if (data === null) return jsonError(404, "NOT_FOUND", "Not found, or not published.", CORS_HEADERS);
      return apiJson(request, data);
    } catch (error) {
      if (error instanceof CursorError) return jsonError(400, "INVALID_CURSOR", error.message, CORS_HEADERS);
      return errorResponse(error, CORS_HEADERS);
    }
  };
}
