// GET /api/import/template: the spreadsheet template (header and one example row), UTF-8 with a BOM for Excel.
import { templateCsv } from "@/lib/import/columns";

export function GET() {
  return new Response(`\uFEFF${templateCsv()}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="habeas-import-template.csv"',
    },
  });
}
