// Runs a form's zod validation in the browser before sending it, so field errors appear at once. The server
// validates again with the same schema; this only saves a round trip.
import { ZodError, type z } from "zod";
import type { ActionResult } from "./action-result";
import { formToObject } from "./form-data";

type Parse = z.ZodType | ((input: unknown) => unknown);

export function validateLocally(parse: Parse, form: FormData, options: Parameters<typeof formToObject>[1] = {}): ActionResult<never> | null {
  try {
    const input = formToObject(form, options);
    if (typeof parse === "function") parse(input);
    else parse.parse(input);
    return null;
  } catch (error) {
    if (!(error instanceof ZodError)) return null;
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
    return { ok: false, code: "INVALID_INPUT", reason: "INVALID_INPUT", fieldErrors, details: {}, at: Date.now() };
  }
}
