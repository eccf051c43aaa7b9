// GET /api/briefings/{code}?format=pdf|docx|md&locale=&asOf=YYYY-MM-DD&status=…: a country briefing download.
import { z } from "zod";
import { errorResponse, jsonError } from "@/lib/http/json-error";
import { queryObject } from "@/lib/http/query-object";
import { BRIEFING_FORMATS, renderBriefing } from "@/lib/export-formats/render-briefing";
import { refuseAnonymousDownload } from "@/lib/http/limit-anonymous-download";
import { getCountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import { recordExport } from "@/lib/server/export-data/record-export";
import { ZBriefingOptionsSchema } from "@/lib/validations/briefing";

const ZQuerySchema = ZBriefingOptionsSchema.omit({ code: true }).extend({
  format: z.enum(Object.keys(BRIEFING_FORMATS) as [keyof typeof BRIEFING_FORMATS]).default("pdf"),
});

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  try {
    const { format, ...rest } = ZQuerySchema.parse(queryObject(new URL(request.url)));
    const options = ZBriefingOptionsSchema.parse({
      ...rest,
      asOf: rest.asOf?.toISOString().slice(0, 10),
      code: (await params).code,
    });
    // Every format runs the same uncached briefing query (as of any date, up to 10,000 cases), so every anonymous
    // download counts, Markdown included.
    const refused = await refuseAnonymousDownload(request);
    if (refused) return refused;
    const briefing = await getCountryBriefing(options);
    if (!briefing) return jsonError(404, "NOT_FOUND", "No such country.");
    const body = await renderBriefing(briefing, format);
    await recordExport(`briefing.${format}`, {
      country: briefing.country.code,
      locale: options.locale,
      asOf: briefing.asOf.toISOString(),
      status: options.status ?? [],
    });
    const name = `habeas-briefing-${briefing.country.code.toLowerCase()}-${briefing.asOf.toISOString().slice(0, 10)}-${options.locale}.${BRIEFING_FORMATS[format].extension}`;
    return new Response(body as BodyInit, {
      headers: {
        "Content-Type": BRIEFING_FORMATS[format].type,
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
