"use client";
// Choose the source that supports a claim, or describe a new one, and quote the passage.
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { SourceKind } from "@/lib/generated/prisma/enums";
import { SourceOptions, type SourceChoice } from "@/components/editor/choice-options";

export type { SourceChoice };

/** optional: the citation is needed only for some changes (an edit of public facts); the server says when. */
type Props = { sources: SourceChoice[]; errors: Record<string, string[]>; optional?: boolean };

export function CitationFields({ sources, errors, optional = false }: Props) {
  const t = useTranslations("Editor");
  const kinds = useTranslations("SourceKind");
  const e = (name: string) => errors[`citation.${name}`];
  return (
    <fieldset className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-2">
      <legend className="px-1 font-semibold">{optional ? t("changeCitationLegend") : t("sourceLegend")}</legend>
      {optional && <p className="text-sm text-slate-700 sm:col-span-2">{t("changeCitationHint")}</p>}
      <div className="sm:col-span-2">
        <Field name="citation.sourceId" label={t("existingSource")} errors={e("sourceId")}>
          <select className={inputClass} defaultValue="">
            <option value="">{t("newSourceOption")}</option>
            <SourceOptions sources={sources} />
          </select>
        </Field>
      </div>
      <Field name="citation.newSourceTitle" label={t("newSourceTitle")} errors={e("newSourceTitle")}>
        <input className={inputClass} maxLength={500} />
      </Field>
      <Field name="citation.newSourcePublisher" label={t("newSourcePublisher")} errors={e("newSourcePublisher")}>
        <input className={inputClass} maxLength={300} />
      </Field>
      <Field name="citation.newSourceUrl" label={t("newSourceUrl")} errors={e("newSourceUrl")}>
        <input className={inputClass} type="url" maxLength={2000} />
      </Field>
      <Field
        name="citation.newSourcePublished"
        label={t("newSourcePublished")}
        hint={t("partialDateHint")}
        errors={e("newSourcePublished")}
      >
        <input className={inputClass} maxLength={10} />
      </Field>
      <Field name="citation.newSourceKind" label={t("newSourceKind")} errors={e("newSourceKind")}>
        <select className={inputClass} defaultValue="NEWS_ARTICLE">
          {Object.values(SourceKind).map((k) => (
            <option key={k} value={k}>
              {kinds(k)}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <Field name="citation.quote" label={t("quote")} hint={t("quoteHint")} errors={e("quote")}>
          <textarea className={inputClass} rows={3} maxLength={5000} required={!optional} />
        </Field>
      </div>
    </fieldset>
  );
}
