// A labelled form control with its error messages linked through aria-describedby.
import { useTranslations } from "next-intl";
import { cloneElement, type ReactElement } from "react";
import { translateMessage } from "@/lib/validations/message-values";
import { KeptValue } from "./kept-values";
import { useSubmittedControl } from "./submitted-values";

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactElement<{
    id?: string;
    name?: string;
    type?: string;
    value?: string;
    "aria-describedby"?: string;
    "aria-invalid"?: boolean;
  }>;
};

export const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5";

export function Field({ name, label, hint, errors, children }: Props) {
  const t = useTranslations("Validation");
  const id = `field-${name.replace(/\./g, "-")}`;
  // After a submission the control shows what was sent, not its first default (see submitted-values.tsx).
  const isCheckbox = children.props.type === "checkbox";
  const sent = useSubmittedControl(name, isCheckbox ? (children.props.value ?? "on") : undefined);
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {cloneElement(children, {
        ...sent,
        id,
        name,
        "aria-describedby": describedBy,
        "aria-invalid": errors?.length ? true : undefined,
      })}
      {!isCheckbox && <KeptValue id={id} name={name} />}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {errors.map((message) => translateMessage(t as never, message)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
