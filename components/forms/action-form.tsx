"use client";
// An editor's form: sends through useFormAction, shows again what was sent (see submitted-values.tsx), and after a
// refusal moves the focus to the first field in error, or to the message when no field is to blame.
import { useEffect, useRef, type FormHTMLAttributes, type ReactNode } from "react";
import { SubmittedValuesContext } from "./submitted-values";
import type { useFormAction } from "./use-form-action";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "children"> & {
  form: ReturnType<typeof useFormAction<never>> | ReturnType<typeof useFormAction<unknown>>;
  children: ReactNode;
};

export function ActionForm({ form, children, ...rest }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  const { action, formProps, submitted, result } = form;
  const generation = submitted?.generation ?? 0;
  const failed = result ? !result.ok : false;
  useEffect(() => {
    if (!generation || !failed) return;
    const target = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
    target?.focus();
  }, [generation, failed]);
  return (
    <form ref={ref} action={action} {...formProps} {...rest}>
      <SubmittedValuesContext value={submitted}>{children}</SubmittedValuesContext>
    </form>
  );
}
