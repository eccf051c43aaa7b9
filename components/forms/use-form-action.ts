"use client";
// The editors' form wiring: validate in the browser with the server's schema, send, mark the form clean on
// success, and hand back the result and its field errors.
import { useActionState } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { validateLocally } from "@/lib/actions/validate-locally";
import { useUnsavedGuard } from "./use-unsaved-guard";

type ServerAction<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;
type Options<T> = { parse?: (input: unknown) => unknown; onSuccess?: (data: T) => void };

export function useFormAction<T>(schema: z.ZodType, send: ServerAction<T>, options: Options<T> = {}) {
  const guard = useUnsavedGuard();
  const [result, action] = useActionState(async (prev: unknown, form: FormData): Promise<ActionResult<T> | null> => {
    const invalid = validateLocally(schema, form, options.parse);
    if (invalid) return invalid;
    const outcome = await send(prev, form);
    if (outcome.ok) {
      guard.markClean();
      options.onSuccess?.(outcome.data);
    }
    return outcome;
  }, null);
  const errors = result && !result.ok ? result.fieldErrors : {};
  return { result, action, errors, formProps: guard.formProps };
}
