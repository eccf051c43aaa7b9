"use client";
// One form for every kind of record, drawn from its field list. New records also cite their source.
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionForm } from "@/components/forms/action-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { KeptCheckbox } from "@/components/forms/submitted-values";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveRecordAction } from "@/lib/actions/records/record-actions";
import { parseRecordInput, ZRecordFormSchema } from "@/lib/records/schemas";
import {
  CHANGE_NEEDS_CITATION,
  NEEDS_CITATION,
  RECORD_FIELDS,
  type FieldSpec,
  type RecordType,
} from "@/lib/records/fields";
import { CitationFields, type SourceChoice } from "./citation-fields";
import { QuoteCheckNote } from "./quote-check-note";

type Choice = { code: string; name: string };

type Props = {
  type: RecordType;
  id?: string;
  seen?: string;
  values?: Record<string, string | string[]>;
  links?: Record<string, string>;
  countries: Choice[];
  /** The places a stay may name: those of its case's country. */
  places?: { id: string; name: string; region: string | null }[];
  sources: SourceChoice[];
};

/** What Field hands its control (id, name, the error links, a submission's key and default), passed on to the input. */
type FieldProps = Record<string, unknown>;

function Control({
  spec,
  value,
  countries,
  places = [],
  ...field
}: {
  spec: FieldSpec;
  value: string | string[] | undefined;
  countries: Props["countries"];
  places?: Props["places"];
} & FieldProps) {
  const enums = useTranslations();
  const label = (option: string) =>
    spec.kind === "select" || spec.kind === "multi" ? enums(`${spec.labels}.${option}` as never) : option;
  if (spec.kind === "multi") {
    const chosen = new Set(Array.isArray(value) ? value : []);
    return (
      <div className="mt-1 grid gap-1 sm:grid-cols-3">
        {spec.options.map((o) => (
          <label key={o} className="flex items-center gap-2">
            <KeptCheckbox name={`fields.${spec.name}`} value={o} defaultChecked={chosen.has(o)} /> {label(o)}
          </label>
        ))}
      </div>
    );
  }
  if (spec.kind === "checkbox")
    return (
      <input type="checkbox" className="mt-1 block h-4 w-4" defaultChecked={value === "true"} value="on" {...field} />
    );
  if (spec.kind === "select" || spec.kind === "country" || spec.kind === "place") {
    const options: (readonly [string, string])[] =
      spec.kind === "select"
        ? spec.options.map((o) => [o, label(o)] as const)
        : spec.kind === "country"
          ? countries.map((c) => [c.code, c.name] as const)
          : places.map((p) => [p.id, p.region ? `${p.name} (${p.region})` : p.name] as const);
    return (
      <select className={inputClass} defaultValue={String(value ?? "")} {...field}>
        {!spec.required && <option value="">—</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    );
  }
  const max = "max" in spec ? spec.max : undefined;
  if (spec.kind === "textarea")
    return (
      <textarea
        className={inputClass}
        rows={3}
        defaultValue={String(value ?? "")}
        maxLength={max}
        required={spec.required}
        {...field}
      />
    );
  return (
    <input
      className={inputClass}
      type={spec.kind === "url" ? "url" : "text"}
      inputMode={spec.kind === "year" ? "numeric" : undefined}
      defaultValue={String(value ?? "")}
      maxLength={spec.kind === "partialDate" ? 10 : spec.kind === "year" ? 4 : max}
      required={spec.required}
      {...field}
    />
  );
}

export function RecordForm({ type, id, seen, values = {}, links = {}, countries, places, sources }: Props) {
  const t = useTranslations("Records");
  const editor = useTranslations("Editor");
  // The record schema is built from the same field list as this form, so it runs here exactly as on the server.
  const form = useFormAction(ZRecordFormSchema, saveRecordAction, {
    parse: parseRecordInput,
  });
  const { result, errors } = form;
  return (
    <ActionForm form={form} className="grid max-w-3xl gap-4">
      <input type="hidden" name="type" value={type} />
      {id && <input type="hidden" name="id" value={id} />}
      {seen && <input type="hidden" name="seen" value={seen} />}
      {Object.entries(links).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {RECORD_FIELDS[type].map((spec) =>
        spec.kind === "multi" ? (
          <fieldset key={spec.name}>
            <legend className="text-sm font-medium">{t(`field.${spec.name}` as never)}</legend>
            <Control spec={spec} value={values[spec.name]} countries={countries} />
            {errors[`fields.${spec.name}`] && <p className="text-sm text-red-800">{editor("rolesRequired")}</p>}
          </fieldset>
        ) : (
          <Field
            key={spec.name}
            name={`fields.${spec.name}`}
            label={t(`field.${spec.name}` as never)}
            hint={spec.kind === "partialDate" ? editor("partialDateHint") : undefined}
            errors={errors[`fields.${spec.name}`]}
          >
            <Control
              spec={spec}
              value={values[spec.name]}
              countries={countries}
              places={places}
              // Field reads a checkbox's type to keep its ticked state after a submission.
              {...(spec.kind === "checkbox" ? { type: "checkbox" } : {})}
            />
          </Field>
        ),
      )}
      {!id && NEEDS_CITATION.has(type) && <CitationFields sources={sources} errors={errors} />}
      {id && CHANGE_NEEDS_CITATION.has(type) && <CitationFields sources={sources} errors={errors} optional />}
      <FormStatus
        result={result}
        success={result?.ok && result.data.pendingReview ? editor("savedPending") : editor("saved")}
      />
      <QuoteCheckNote quoteFound={result?.ok ? result.data.quoteFound : null} />
      <div>
        <SubmitButton pendingLabel={editor("saving")}>{id ? editor("save") : t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
