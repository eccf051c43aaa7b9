// GET /api/cases/{slug}/sheet?locale=: one published case as a PDF case sheet.
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { errorResponse, jsonError } from "@/lib/http/json-error";
import { pdfDownload } from "@/lib/http/pdf-download";
import { queryObject } from "@/lib/http/query-object";
import { caseSheetPdf } from "@/lib/export-formats/case-sheet-pdf";
import { refuseAnonymousDownload } from "@/lib/http/limit-anonymous-download";
import { recordExport } from "@/lib/server/export-data/record-export";
import { getPersonPage } from "@/lib/server/public/cached";

const ZSheetQuerySchema = z.object({ locale: z.enum(routing.locales).default(routing.defaultLocale) });

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { locale } = ZSheetQuerySchema.parse(queryObject(new URL(request.url)));
    const { slug } = await params;
    const person = slug.length <= 200 ? await getPersonPage(slug) : null;
    if (!person) return jsonError(404, "NOT_FOUND", "Not found, or not published.");
    const refused = await refuseAnonymousDownload(request);
    if (refused) return refused;
    const pdf = await caseSheetPdf(person, locale);
    await recordExport("case-sheet.pdf", { slug, locale });
    return pdfDownload(pdf, `habeas-${slug}-${locale}.pdf`);
  } catch (error) {
    return errorResponse(error);
  }
}
