// GET /api/v1/exchange?country=XX: the published cases (of one country, or all) as an exchange file, streamed.
import { errorResponse, jsonError } from "@/lib/http/json-error";
import { queryObject } from "@/lib/http/query-object";
import { CORS_HEADERS } from "@/lib/http/respond";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { textStream } from "@/lib/http/text-stream";
import { exchangeChunks } from "@/lib/server/export-data/exchange-stream";
import { recordExport } from "@/lib/server/export-data/record-export";
import { ZExchangeQuerySchema } from "@/lib/validations/exchange-query";

export async function GET(request: Request) {
  try {
    const { country } = ZExchangeQuerySchema.parse(queryObject(new URL(request.url)));
    if (country && !(await db.country.findUnique({ where: { code: country }, select: { code: true } })))
      return jsonError(404, "NOT_FOUND", `Habeas knows no country with the code ${country}.`, CORS_HEADERS);
    await recordExport("exchange.json", { country: country ?? null });
    const chunks = exchangeChunks(db, { country: country ?? null, siteUrl: env().SITE_URL });
    const body = textStream(chunks, "Exchange export");
    const name = `habeas-exchange-${country ?? "all"}-${new Date().toISOString().slice(0, 10)}.json`;
    return new Response(body, {
      headers: {
        ...CORS_HEADERS,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, CORS_HEADERS);
  }
}
