// The banner under a form: a visible confirmation after a save, or what went wrong.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

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
    </div>
  );
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

function Meanwhile({ entries }: { entries: MeanwhileEntry[] }) {
  const t = useTranslations("Editor");
  const actions = useTranslations("AuditAction");
  return (
    <ul className="mt-2 list-disc pl-5 text-sm">
      {entries.map((e, i) => (
        <li key={i}>
          {t("meanwhileEntry", {
            action: actions.has(e.action as never) ? actions(e.action as never) : e.action,
            by: e.by ?? "—",
            at: new Date(e.at).toLocaleString(),
            fields: e.fields.join(", ") || "—",
          })}
        </li>
      ))}
    </ul>
  );
}
