"use client";
// The fields of a status claim: which status, since when, a note, and the source that says so.
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { CaseStatus } from "@/lib/generated/prisma/enums";
import { CitationFields, type SourceChoice } from "./citation-fields";

type Props = {
  name: "status" | "toStatus";
  label: string;
  initial: CaseStatus;
  sources: SourceChoice[];
  errors: Record<string, string[]>;
};

export function StatusFields({ name, label, initial, sources, errors }: Props) {
  const t = useTranslations("Editor");
  const statuses = useTranslations("CaseStatus");
  return (
    <>
      <Field name={name} label={label} errors={errors[name]}>
        <select className={inputClass} defaultValue={initial}>
          {Object.values(CaseStatus).map((s) => (
            <option key={s} value={s}>
              {statuses(s)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="when" label={t("statusDate")} hint={t("partialDateHint")} errors={errors.when}>
        <input className={inputClass} maxLength={10} />
      </Field>
      <Field name="note" label={t("note")} errors={errors.note}>
        <textarea className={inputClass} rows={2} maxLength={2000} />
      </Field>
      <CitationFields sources={sources} errors={errors} />
    </>
  );
}
