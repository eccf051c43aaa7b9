"use client";
// An editor's form: sends through useFormAction, shows again what was sent (see submitted-values.tsx), and after a
// refusal moves the focus to the first field in error, or to the message when no field is to blame. After a
// stale-save refusal its fields offer back what the editor had before reloading (kept-values.tsx).
import { createContext, useEffect, useRef, type FormHTMLAttributes, type ReactNode } from "react";
import { KeptValuesProvider } from "./kept-values";
import { SubmittedValuesContext } from "./submitted-values";
import type { useFormAction } from "./use-form-action";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action" | "children"> & {
  form: ReturnType<typeof useFormAction<never>> | ReturnType<typeof useFormAction<unknown>>;
  children: ReactNode;
};

/** Lets the stale-save refusal's reload button leave the page without the unsaved-changes question. */
export const MarkCleanContext = createContext<(() => void) | undefined>(undefined);

export function ActionForm({ form, children, ...rest }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  const { action, formProps, submitted, result, markClean } = form;
  const generation = submitted?.generation ?? 0;
  const failed = result ? !result.ok : false;
  useEffect(() => {
    if (!generation || !failed) return;
    const target = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
    target?.focus();
  }, [generation, failed]);
  return (
    <form ref={ref} action={action} {...formProps} {...rest}>
      <MarkCleanContext value={markClean}>
        <KeptValuesProvider saved={result?.ok ?? false}>
          <SubmittedValuesContext value={submitted}>{children}</SubmittedValuesContext>
        </KeptValuesProvider>
      </MarkCleanContext>
    </form>
  );
}
