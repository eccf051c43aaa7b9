// The one way a form reaches the data layer: who is asking is settled before a byte of the form is read,
// then the form is read with its schema's own field names. The data layer checks access again, for itself.
import type { z } from "zod";
import { requireRole, requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { runAction, type ActionResult } from "./action-result";
import { formToObject } from "./form-data";

/** "anyone" is for the few forms that prove themselves, such as a one-time link's password form. */
export type Caller = "anyone" | "staff" | "admin";

export async function authenticateCaller(caller: Caller): Promise<void> {
  if (caller === "admin") await requireRole("ADMIN");
  else if (caller === "staff") await requireUser();
}

export async function runFormAction<T>(
  caller: Caller,
  form: unknown,
  schema: z.ZodType,
  work: (input: Record<string, unknown>) => Promise<T>,
  after?: () => void,
): Promise<ActionResult<T>> {
  return runAction(async () => {
    await authenticateCaller(caller);
    // A hand-made request can send anything in place of the form.
    if (!(form instanceof FormData)) throw new AppError("INVALID_INPUT", "Expected a form.");
    return work(formToObject(form, schema));
  }, after);
}
