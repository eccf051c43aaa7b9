// GET /api/audit?locale=…&{the audit log's filters}: the filtered audit log as CSV, for admins.
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { errorResponse } from "@/lib/http/json-error";
import { firstValues } from "@/lib/http/query-object";
import { exportAuditCsv } from "@/lib/server/audit/export-audit-csv";
import { parseAuditQuery } from "@/lib/validations/audit-query";

const ZLocale = z.enum(routing.locales).catch(routing.defaultLocale);

export async function GET(request: Request) {
  try {
    const raw = firstValues(new URL(request.url));
    const { query, rejected } = parseAuditQuery(raw);
    if (rejected.length > 0)
      throw new z.ZodError(
        rejected.map((key) => ({ code: "custom", path: [key], message: "not a valid filter", input: raw[key] })),
      );
    const { after: _after, ...filters } = query;
    const csv = await exportAuditCsv(filters, ZLocale.parse(raw.locale));
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="habeas-audit-${stamp}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
