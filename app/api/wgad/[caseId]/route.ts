// GET /api/wgad/{caseId}?locale=&include=contact,family,notes,risk: a draft individual communication to the UN
// Working Group on Arbitrary Detention for one case, as DOCX, for staff only (getWgadDraft checks the session and
// audits the download). Not under /api/cases/{slug}: a person's slug may name several cases, and a draft has none
// public, so the staff case page's id names it.
import { errorResponse, jsonError } from "@/lib/http/json-error";
import { queryObject } from "@/lib/http/query-object";
import { translatorFor } from "@/lib/i18n/translator";
import { wgadDocx } from "@/lib/export-formats/wgad-docx";
import { getWgadDraft } from "@/lib/server/wgad/get-wgad-draft";
import { ZWgadQuerySchema } from "@/lib/validations/wgad";
import { wgadText } from "@/lib/wgad/wgad-text";

/** The file is private: no browser or proxy may keep a copy. */
const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  try {
    const options = ZWgadQuerySchema.parse(queryObject(new URL(request.url)));
    const { caseId } = await params;
    if (caseId.length > 100) return jsonError(404, "NOT_FOUND", "No such case.", PRIVATE);
    const draft = await getWgadDraft(caseId, options);
    const docx = await wgadDocx(wgadText(draft, translatorFor(options.locale), options.locale));
    const stamp = draft.generatedAt.toISOString().slice(0, 10);
    return new Response(new Uint8Array(docx), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": `attachment; filename="habeas-wgad-draft-${draft.person.slug.replace(/[^a-z0-9-]/gi, "")}-${options.locale}-${stamp}.docx"`,
        ...PRIVATE,
      },
    });
  } catch (error) {
    return errorResponse(error, PRIVATE);
  }
}
