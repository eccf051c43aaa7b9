// Runs a form's zod validation in the browser before sending it, so field errors appear at once. The server
// reads the form with the same schema and validates again; this only saves a round trip.
import { ZodError, type z } from "zod";
import type { ActionResult } from "./action-result";
import { formToObject } from "./form-data";

/** `schema` names the form's fields; `parse`, when the form needs more than the schema, checks them. */
export function validateLocally(
  schema: z.ZodType,
  form: FormData,
  parse: (input: unknown) => unknown = (input) => schema.parse(input),
): ActionResult<never> | null {
  try {
    parse(formToObject(form, schema));
    return null;
  } catch (error) {
    if (!(error instanceof ZodError)) return null;
    const fieldErrors = new Map<string, string[]>();
    for (const issue of error.issues) {
      const key = issue.path.join(".") || "form";
      fieldErrors.set(key, [...(fieldErrors.get(key) ?? []), issue.message]);
    }
    return {
      ok: false,
      code: "INVALID_INPUT",
      reason: "INVALID_INPUT",
      fieldErrors: Object.fromEntries(fieldErrors),
      details: {},
      at: Date.now(),
    };
  }
}
