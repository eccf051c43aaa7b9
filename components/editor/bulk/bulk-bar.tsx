"use client";
// The staff case table's bulk bar: how many cases are selected, and the two things that can be done to all of them.
// Each case still goes through its own single-case path; the results list says what happened to each.
import { useTranslations } from "next-intl";
import type { SourceChoice } from "@/components/editor/citation-fields";
import { BULK_CASE_LIMIT } from "@/lib/validations/bulk-cases";
import { BulkCountryForm } from "./bulk-country-form";
import { BulkPublishForm } from "./bulk-publish-form";
import type { SelectedCase } from "./selected-case-inputs";

type Props = {
  selected: SelectedCase[];
  countries: { code: string; name: string }[];
  sources: SourceChoice[];
  onClear: () => void;
};

export function BulkBar({ selected, countries, sources, onClear }: Props) {
  const t = useTranslations("BulkCases");
  const validation = useTranslations("Validation");
  const count = selected.length;
  return (
    <section aria-labelledby="bulk-heading" className="mt-4 rounded border border-slate-300 p-4" data-bulk-bar>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h2 id="bulk-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p aria-live="polite" data-selected-count={count}>
          {t("selected", { count })}
        </p>
        {count > 0 && (
          <button type="button" onClick={onClear} className="text-blue-800 underline">
            {t("clear")}
          </button>
        )}
      </div>
      {count > BULK_CASE_LIMIT && (
        <p className="mt-2 text-red-900">{validation("tooManySelected", { max: BULK_CASE_LIMIT })}</p>
      )}
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <BulkPublishForm selected={selected} onDone={onClear} />
        <details className="self-start rounded border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium">{t("changeField")}</summary>
          <div className="mt-3">
            <BulkCountryForm selected={selected} countries={countries} sources={sources} onDone={onClear} />
          </div>
        </details>
      </div>
    </section>
  );
}
