// The banner under a form: a visible confirmation after a save, or what went wrong.
import { useFormatter, useTranslations } from "next-intl";
import { useContext, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { MarkCleanContext } from "./action-form";
import { ReloadKeepingButton } from "./kept-values";

type Props = { result: ActionResult<unknown> | null; success: ReactNode };

export function FormStatus({ result, success }: Props) {
  const t = useTranslations("ActionErrors");
  if (!result) return null;
  if (result.ok) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {success}
      </p>
    );
  }
  return (
    <div role="alert" tabIndex={-1} className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
      <p>{t.has(result.reason as never) ? t(result.reason as never) : t(result.code)}</p>
      {Array.isArray(result.details.meanwhile) && <Meanwhile entries={result.details.meanwhile as MeanwhileEntry[]} />}
      {Array.isArray(result.details.uncited) && <Uncited facts={result.details.uncited as UncitedEntry[]} />}
      {result.reason === "staleVersion" && <StaleReload />}
    </div>
  );
}

/** Only inside an ActionForm, whose fields can show the kept values once the page has reloaded. */
function StaleReload() {
  const markClean = useContext(MarkCleanContext);
  return markClean ? <ReloadKeepingButton beforeReload={markClean} /> : null;
}

type UncitedEntry = { fact: string; detail: string | null };

/** The public facts a publication was refused for, by name, so the editor knows what to cite. */
function Uncited({ facts }: { facts: UncitedEntry[] }) {
  const t = useTranslations("Editor");
  const names = useTranslations("CitedFact");
  return (
    <>
      <p className="mt-2 text-sm">{t("uncitedFacts")}</p>
      <ul className="list-disc pl-5 text-sm" data-uncited-facts>
        {facts.map((f, i) => (
          <li key={i}>
            {names.has(f.fact as never) ? names(f.fact as never) : f.fact}
            {f.detail ? `: ${f.detail}` : ""}
          </li>
        ))}
      </ul>
    </>
  );
}

type MeanwhileEntry = { action: string; by: string | null; at: string; fields: string[] };

/** A changed column in the interface's words: a date's precision is part of that date, anything else unnamed. */
function useFieldLabel() {
  const fields = useTranslations("ChangedField");
  return (column: string) => {
    const key = column.replace(/Precision$/, "Date").replace(/^statusSinceDate$/, "statusSince");
    return fields.has(key as never) ? fields(key as never) : fields("other");
  };
}

function Meanwhile({ entries }: { entries: MeanwhileEntry[] }) {
  const t = useTranslations("Editor");
  const actions = useTranslations("AuditAction");
  const format = useFormatter();
  const label = useFieldLabel();
  return (
    <ul className="mt-2 list-disc pl-5 text-sm">
      {entries.map((e, i) => (
        <li key={i}>
          {t("meanwhileEntry", {
            action: actions.has(e.action as never) ? actions(e.action as never) : e.action,
            by: e.by ?? "—",
            at: format.dateTime(new Date(e.at), { dateStyle: "long", timeStyle: "short" }),
            fields: [...new Set(e.fields.map(label))].join(", ") || "—",
          })}
        </li>
      ))}
    </ul>
  );
}
