"use client";
// A bulk form's refusal as a whole (nothing selected, too many, signed out), before any case was touched.
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { BULK_CASE_LIMIT } from "@/lib/validations/bulk-cases";

export function BulkFormError({ result }: { result: ActionResult<unknown> | null }) {
  const t = useTranslations("BulkCases");
  const validation = useTranslations("Validation");
  const errors = useTranslations("ActionErrors");
  if (!result || result.ok) return null;
  const selection = result.fieldErrors.cases?.[0];
  const message =
    selection === "noneSelected" || selection === "tooManySelected"
      ? validation(selection, { max: BULK_CASE_LIMIT })
      : selection
        ? t("selectionInvalid")
        : errors.has(result.reason as never)
          ? errors(result.reason as never)
          : errors(result.code);
  return (
    <p role="alert" tabIndex={-1} className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
      {message}
    </p>
  );
}
