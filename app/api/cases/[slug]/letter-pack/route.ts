// GET /api/cases/{slug}/letter-pack?locale=&case=: the printable letter-writing pack of one published case, as the
// case page's "Write to …" section links to it; 404 whenever that section is hidden. Cached and limited like the
// case sheet.
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { letterPackPdf } from "@/lib/export-formats/letter-pack-pdf";
import { errorResponse, jsonError } from "@/lib/http/json-error";
import { pdfDownload } from "@/lib/http/pdf-download";
import { queryObject } from "@/lib/http/query-object";
import { refuseAnonymousDownload } from "@/lib/http/limit-anonymous-download";
import { letterPackFilename } from "@/lib/letters/letter-pack-path";
import { letterTarget } from "@/lib/letters/letter-target";
import { recordExport } from "@/lib/server/export-data/record-export";
import { getPersonPage } from "@/lib/server/public/cached";

const ZLetterPackQuerySchema = z.object({
  locale: z.enum(routing.locales).default(routing.defaultLocale),
  /** Which of the person's cases; without it, the first whose page offers letters. */
  case: z.string().min(1).max(100).optional(),
});

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const query = ZLetterPackQuerySchema.parse(queryObject(new URL(request.url)));
    const { slug } = await params;
    const person = slug.length <= 200 ? await getPersonPage(slug) : null;
    const targets = (person?.cases ?? [])
      .filter((c) => query.case === undefined || c.id === query.case)
      .map((c) => ({ detention: c, stay: letterTarget(c) }));
    const target = targets.find((x) => x.stay !== null);
    // One answer for every hidden pack, so it says nothing of why (a flag an editor set is not public).
    if (!person || !target?.stay) return jsonError(404, "NOT_FOUND", "Not found, or no letter pack for this case.");
    const refused = await refuseAnonymousDownload(request);
    if (refused) return refused;
    const pdf = await letterPackPdf(person, target.detention, target.stay, query.locale);
    await recordExport("letter-pack.pdf", { slug, locale: query.locale });
    return pdfDownload(pdf, letterPackFilename(slug, query.locale));
  } catch (error) {
    return errorResponse(error);
  }
}
