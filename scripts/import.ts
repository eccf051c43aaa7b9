// `npm run import -- FILE [--dry-run] [--as EMAIL] [--skip-invalid] [--create-duplicates] [--request-publication]
// [--report OUT.json]`, or `npm run import -- --template`. FILE is a CSV or XLSX spreadsheet, or a .json exchange file
// from another Habeas instance. The same check and import as /dashboard/import, as the
// named editor. Exits 0 when every row is fine, 2 when any row has an error, 1 when the import could not run.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { AppError } from "@/lib/errors";
import { templateCsv } from "@/lib/import/columns";
import { ImportFileError } from "@/lib/import/import-problem";
import { checkImportFile, importFile } from "@/lib/server/internal/import/import-file";
import type { ImportReport } from "@/lib/server/internal/import/import-spreadsheet";
import { runScript } from "./run-script";

function printReport(report: ImportReport) {
  const c = report.counts;
  console.log(
    `${report.rows.length} rows: ${c.new} new, ${c.update} updates, ${c.unchanged} unchanged, ${c.duplicate} possible duplicates, ${c.invalid} with errors.`,
  );
  for (const p of report.problems)
    console.log(`row ${p.row}, ${p.column}: ${p.code}${p.params ? ` ${JSON.stringify(p.params)}` : ""}`);
  for (const r of report.rows.filter((row) => row.outcome === "duplicate")) {
    console.log(`row ${r.row}: possible duplicate of ${r.matches.map((m) => m.fullName).join("; ")}`);
  }
}

runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      template: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      as: { type: "string" },
      "skip-invalid": { type: "boolean", default: false },
      "create-duplicates": { type: "boolean", default: false },
      "request-publication": { type: "boolean", default: false },
      report: { type: "string" },
    },
  });
  if (values.template) {
    process.stdout.write(templateCsv());
    return;
  }
  const file = positionals[0];
  if (!file)
    throw new AppError("INVALID_INPUT", "Name the file to import: npm run import -- FILE [--dry-run] [--as EMAIL].");
  const bytes = new Uint8Array(readFileSync(file));
  const db = createPrismaClient(databaseTarget());
  try {
    let report: ImportReport;
    let result: unknown = null;
    if (values["dry-run"]) report = await checkImportFile(db, bytes, path.basename(file));
    else {
      const email = values.as?.trim().toLowerCase();
      if (!email)
        throw new AppError("INVALID_INPUT", "Say whose import this is: --as EMAIL (an editor or admin account).");
      const actor = await db.user.findUnique({ where: { email }, select: { id: true, disabled: true } });
      if (!actor || actor.disabled) throw new AppError("FORBIDDEN", `No active account with the email ${email}.`);
      const outcome = await importFile(db, actor.id, bytes, path.basename(file), {
        skipInvalid: values["skip-invalid"],
        createDuplicates: values["create-duplicates"],
        requestPublication: values["request-publication"],
      });
      report = outcome.report;
      result = outcome.result;
      if (!outcome.result) console.log("Nothing was imported: fix the rows with errors, or pass --skip-invalid.");
      else
        console.log(
          `Imported as batch ${outcome.result.batchId ?? "(none: nothing to change)"}: ${JSON.stringify(outcome.result.summary)}`,
        );
    }
    printReport(report);
    if (values.report) writeFileSync(values.report, JSON.stringify({ report, result }, null, 2));
    if (report.counts.invalid > 0) process.exitCode = 2;
  } finally {
    await db.$disconnect();
  }
}, [AppError, ImportFileError]);
