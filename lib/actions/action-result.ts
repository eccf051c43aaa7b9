// The typed outcome every server action returns to its form: success, or a code and per-field message keys.
import { ZodError } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { logError } from "@/lib/log/log-error";

export type ActionResult<T = null> =
  | { ok: true; data: T; at: number }
  | {
      ok: false;
      code: AppErrorCode | "INTERNAL";
      /** A message key in the ActionErrors namespace. */
      reason: string;
      fieldErrors: Record<string, string[]>;
      details: Record<string, unknown>;
      at: number;
    };

/** Built in a Map: a path is made of schema keys, but an object literal must never be indexed by one. */
function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fields.set(key, [...(fields.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(fields);
}

/** `after` runs only once the work has succeeded, i.e. once the data layer has committed. */
export async function runAction<T>(work: () => Promise<T>, after?: () => void): Promise<ActionResult<T>> {
  const at = Date.now();
  try {
    const data = await work();
    after?.();
    return { ok: true, data, at };
  } catch (error) {
    if (error instanceof ZodError) {
      return {
        ok: false,
        code: "INVALID_INPUT",
        reason: "INVALID_INPUT",
        fieldErrors: fieldErrorsOf(error),
        details: {},
        at,
      };
    }
    if (error instanceof AppError) {
      const { fieldErrors, reason, ...details } = error.details ?? {};
      return {
        ok: false,
        code: error.code,
        reason: typeof reason === "string" ? reason : error.code,
        fieldErrors: (fieldErrors as Record<string, string[]> | undefined) ?? {},
        details,
        at,
      };
    }
    logError("Server action failed", error);
    return { ok: false, code: "INTERNAL", reason: "INTERNAL", fieldErrors: {}, details: {}, at };
  }
}
