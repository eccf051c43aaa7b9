"use client";
// What a bulk action did, case by case: which went through (and how), and why each refused case was refused.
import { useTranslations } from "next-intl";
import type { BulkCaseOutcome } from "@/lib/server/cases/bulk/publish-cases";

type Props = { outcomes: BulkCaseOutcome[]; kind: "publish" | "country" };

const TONE = { submitted: "text-green-900", applied: "text-green-900", unchanged: "text-slate-700", refused: "" };

export function BulkResults({ outcomes, kind }: Props) {
  const t = useTranslations("BulkCases");
  const errors = useTranslations("ActionErrors");
  const facts = useTranslations("CitedFact");
  const through = outcomes.filter((o) => o.outcome === "submitted" || o.outcome === "applied").length;
  // A bulk page cannot confirm anything for one person, so a few refusals read differently here than on a case page.
  const reasonText = (reason: string) =>
    t.has(`reason.${reason}` as never)
      ? t(`reason.${reason}` as never)
      : errors.has(reason as never)
        ? errors(reason as never)
        : errors("CONFLICT");
  return (
    <div role="status" className="rounded border border-slate-300 bg-slate-50 p-3" data-bulk-results>
      <p className="font-medium">{t("summary", { through, total: outcomes.length })}</p>
      <ul className="mt-2 grid gap-1">
        {outcomes.map((o) => (
          <li key={o.caseId} data-outcome={o.outcome} className={TONE[o.outcome]}>
            <span className="font-medium">{o.fullName ?? t("unknownCase")}</span>
            {": "}
            {o.outcome === "refused" ? (
              <span className="text-red-900">
                {t("refused", { reason: reasonText(o.reason ?? "CONFLICT") })}
                {Array.isArray(o.uncited) && o.uncited.length > 0 && (
                  <>
                    {" "}
                    {(o.uncited as { fact: string }[])
                      .map((f) => (facts.has(f.fact as never) ? facts(f.fact as never) : f.fact))
                      .join(", ")}
                  </>
                )}
              </span>
            ) : (
              t(`outcome.${kind}.${o.outcome}`)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
