"use client";
// The import page's form: uploads with a progress bar, shows the dry run's report row by row (downloadable as CSV),
// and imports only after the editor has seen it.
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { guardFormula } from "@/lib/import/formula-cell";
import type { ImportProblem } from "@/lib/import/import-problem";
import type { ImportReport } from "@/lib/server/internal/import/import-spreadsheet";
import type { ImportResult } from "@/lib/server/internal/import/write-import";

type Reply = { report: ImportReport; result: ImportResult | null };
type Failure = { problem?: string; params?: Record<string, string | number>; code?: string };

function upload(form: FormData, onProgress: (fraction: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/import");
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: null });
    xhr.send(form);
  });
}

/** A report cell that a spreadsheet would run as a formula is quoted with an apostrophe, as the CSV exports do. */
const csvCell = (value: string) => `"${guardFormula(value).replace(/"/g, '""')}"`;

export function ImportForm() {
  const t = useTranslations("Import");
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [reply, setReply] = useState<Reply | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);

  // Problem codes come from the server; an unknown one falls back to a generic message.
  const dynamic = t as unknown as ((key: string, params?: Record<string, string | number>) => string) & {
    has: (key: string) => boolean;
  };
  const message = (p: Pick<ImportProblem, "code" | "params">) =>
    dynamic.has(`problems.${p.code}`) ? dynamic(`problems.${p.code}`, p.params ?? {}) : t("problems.invalid");
  const where = (p: ImportProblem) => (p.row ? t("at", { row: p.row, column: p.column ?? "" }) : "");

  async function send(mode: "check" | "import") {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    data.set("mode", mode);
    setFailure(null);
    setProgress(0);
    const { status, body } = await upload(data, setProgress);
    setProgress(null);
    if (status === 200 && body) setReply(body as Reply);
    else {
      setReply(null);
      setFailure(((body as { error?: Failure } | null)?.error ?? { code: "INTERNAL" }) as Failure);
    }
  }

  function downloadReport() {
    if (!reply) return;
    const lines = [
      [t("colRow"), t("colColumn"), t("colOutcome"), t("colName"), t("colMessage")].map(csvCell).join(","),
    ];
    for (const row of reply.report.rows) {
      const outcome = t(`outcome.${row.outcome}`);
      if (row.problems.length === 0)
        lines.push(
          [String(row.row), "", outcome, row.name, row.matches.map((m) => m.fullName).join("; ")]
            .map(csvCell)
            .join(","),
        );
      for (const p of row.problems)
        lines.push([String(row.row), p.column ?? "", outcome, row.name, message(p)].map(csvCell).join(","));
    }
    const url = URL.createObjectURL(
      new Blob(["\uFEFF" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" }),
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = "import-report.csv";
    link.click();
    URL.revokeObjectURL(url);
  }

  const report = reply?.report;
  const blocked = report ? report.counts.invalid > 0 : true;
  return (
    <div className="space-y-4">
      <form
        ref={formRef}
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void send("check");
        }}
        onChange={(e) => (e.target as unknown as HTMLInputElement).type === "file" && setReply(null)}
      >
        <label className="block">
          <span className="font-medium">{t("file")}</span>
          <input
            type="file"
            name="file"
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            className="mt-1 block"
          />
        </label>
        <fieldset className="space-y-1 text-sm">
          <label className="flex gap-2">
            <input type="checkbox" name="requestPublication" />
            {t("requestPublication")}
          </label>
          <label className="flex gap-2">
            <input
              type="checkbox"
              name="skipInvalid"
              checked={skipInvalid}
              onChange={(e) => setSkipInvalid(e.target.checked)}
            />
            {t("skipInvalid")}
          </label>
          <label className="flex gap-2">
            <input type="checkbox" name="createDuplicates" />
            {t("createDuplicates")}
          </label>
        </fieldset>
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 text-white" disabled={progress !== null}>
          {t("check")}
        </button>
      </form>
      {progress !== null && (
        <div>
          <label htmlFor="import-progress" className="text-sm">
            {progress < 1 ? t("uploading") : t("working")}
          </label>
          <progress id="import-progress" className="block w-full" value={progress < 1 ? progress : undefined} max={1} />
        </div>
      )}
      {failure && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          {failure.problem
            ? message({ code: `file.${failure.problem}`, params: failure.params })
            : dynamic.has(`errors.${failure.code}`)
              ? dynamic(`errors.${failure.code}`)
              : t("errors.INTERNAL")}
        </p>
      )}
      {report && (
        <section aria-labelledby="import-report" className="space-y-3">
          <h2 id="import-report" className="text-xl font-semibold">
            {t("reportTitle")}
          </h2>
          <p role="status">{t("counts", report.counts)}</p>
          {reply.result && (
            <p role="status" className="rounded border border-green-300 bg-green-50 p-3">
              {reply.result.batchId ? t("imported", reply.result.summary) : t("nothingToDo")}
            </p>
          )}
          {!reply.result && blocked && <p className="text-sm">{t("fixFirst")}</p>}
          <div className="flex gap-3">
            <button type="button" className="rounded border px-3 py-1" onClick={downloadReport}>
              {t("download")}
            </button>
            {!reply.result && (
              <button
                type="button"
                className="rounded bg-blue-800 px-4 py-1 text-white disabled:opacity-50"
                disabled={progress !== null || (blocked && !skipInvalid)}
                onClick={() => void send("import")}
              >
                {t("import")}
              </button>
            )}
          </div>
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th>{t("colRow")}</th>
                <th>{t("colName")}</th>
                <th>{t("colOutcome")}</th>
                <th>{t("colMessage")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.row} className="border-t align-top">
                  <td>{row.row}</td>
                  <td>{row.name}</td>
                  <td>{t(`outcome.${row.outcome}`)}</td>
                  <td>
                    <ul>
                      {row.problems.map((p, i) => (
                        <li key={i}>
                          {where(p)}: {message(p)}
                        </li>
                      ))}
                      {row.matches.length > 0 && (
                        <li>{t("mayBe", { names: row.matches.map((m) => m.fullName).join("; ") })}</li>
                      )}
                      {row.changes.length > 0 && <li>{t("changes", { fields: row.changes.join(", ") })}</li>}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
