"use client";
// What the form last sent, so its fields show it again. React 19 resets every uncontrolled field once a form
// action finishes; the React team's answer is to return the submitted values from the action and render them as
// the fields' defaults (react/react#29034). A field is remounted for each new submission (its `key`), because a
// <select> or checkbox does not take a changed default once it is mounted (react/react#30580).
import { createContext, useContext, type InputHTMLAttributes } from "react";

export type SubmittedValues = { generation: number; values: ReadonlyMap<string, readonly string[]> } | null;

export const SubmittedValuesContext = createContext<SubmittedValues>(null);

/** The text fields of a submitted form by name; files are never kept. */
export function submittedValuesOf(form: FormData): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return values;
}

/**
 * The props that make a control show what was sent: `defaultValue` (or `defaultChecked` for a checkbox, which a
 * form leaves out when unticked) and a fresh `key` per submission. Nothing before the first submission.
 */
export function useSubmittedControl(name: string, checkboxValue?: string) {
  const submitted = useContext(SubmittedValuesContext);
  if (!submitted) return null;
  const sent = submitted.values.get(name);
  if (checkboxValue !== undefined) {
    return {
      key: `${name}-${checkboxValue}-${submitted.generation}`,
      defaultChecked: sent?.includes(checkboxValue) ?? false,
    };
  }
  if (sent === undefined) return null;
  return { key: `${name}-${submitted.generation}`, defaultValue: sent.length > 1 ? [...sent] : sent[0] };
}

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "name"> & { name: string; value?: string };

/** A checkbox outside a Field that, after a submission, is ticked exactly when it was sent ticked. */
export function KeptCheckbox({ name, value, defaultChecked, ...rest }: CheckboxProps) {
  const sent = useSubmittedControl(name, value ?? "on");
  return (
    <input
      key={sent?.key}
      type="checkbox"
      name={name}
      value={value}
      defaultChecked={sent && "defaultChecked" in sent ? sent.defaultChecked : defaultChecked}
      {...rest}
    />
  );
}
