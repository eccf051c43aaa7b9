// GET /api/exports/cases?format=csv|json&bom=1&locale=…&{the /cases filters}: every matching published case, streamed.
import { z } from "zod";
import { errorResponse } from "@/lib/http/json-error";
import { queryObject } from "@/lib/http/query-object";
import { routing } from "@/i18n/routing";
import { caseExportStream } from "@/lib/export-formats/case-export-stream";
import { env } from "@/lib/env";
import { preferredScript } from "@/lib/format/display-name";
import { translatorFor } from "@/lib/i18n/translator";
import { recordExport } from "@/lib/server/export-data/record-export";
import { streamPublicCases } from "@/lib/server/public/stream-cases";
import { ZCaseListQuerySchema } from "@/lib/validations/case-list";

const ZExportQuerySchema = ZCaseListQuerySchema.pick({ q: true, country: true, status: true, role: true }).extend({
  format: z.enum(["csv", "json"]).default("csv"),
  bom: z.enum(["0", "1"]).default("0"),
  locale: z.enum(routing.locales).default(routing.defaultLocale),
});

export async function GET(request: Request) {
  try {
    const { format, bom, locale, ...filters } = ZExportQuerySchema.parse(queryObject(new URL(request.url)));
    const query = ZCaseListQuerySchema.parse(filters);
    await recordExport(`cases.${format}`, { ...filters, locale });
    const body = caseExportStream(streamPublicCases(query, undefined, preferredScript(locale)), {
      format,
      bom: bom === "1",
      t: translatorFor(locale),
      siteUrl: env().SITE_URL,
      locale,
    });
    // Named by language, date and kind, so the plain and the Excel CSV of one day do not overwrite each other.
    const stamp = new Date().toISOString().slice(0, 10);
    const filename = `habeas-cases-${locale}-${stamp}${format === "csv" && bom === "1" ? "-excel" : ""}.${format}`;
    return new Response(body, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
