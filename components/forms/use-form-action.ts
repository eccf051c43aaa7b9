"use client";
// The editors' form wiring: validate in the browser with the server's schema, send, mark the form clean on
// success, and hand back the result, its field errors and what was sent, so no field loses what was typed.
import { useActionState } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { validateLocally } from "@/lib/actions/validate-locally";
import { submittedValuesOf, type SubmittedValues } from "./submitted-values";
import { useUnsavedGuard } from "./use-unsaved-guard";

type ServerAction<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
type Options<T> = { parse?: (input: unknown) => unknown; onSuccess?: (data: T) => void };
type State<T> = { result: ActionResult<T>; submitted: NonNullable<SubmittedValues> } | null;

export function useFormAction<T>(schema: z.ZodType, send: ServerAction<T>, options: Options<T> = {}) {
  const guard = useUnsavedGuard();
  const [state, action] = useActionState(async (prev: State<T>, form: FormData): Promise<State<T>> => {
    const submitted = { generation: (prev?.submitted.generation ?? 0) + 1, values: submittedValuesOf(form) };
    const invalid = validateLocally(schema, form, options.parse);
    if (invalid) return { result: invalid, submitted };
    const outcome = await send(null, form);
    if (outcome.ok) {
      guard.markClean();
      options.onSuccess?.(outcome.data);
    }
    return { result: outcome, submitted };
  }, null);
  const result = state?.result ?? null;
  const errors = result && !result.ok ? result.fieldErrors : {};
  return {
    result,
    action,
    errors,
    submitted: state?.submitted ?? null,
    formProps: guard.formProps,
    markClean: guard.markClean,
  };
}
