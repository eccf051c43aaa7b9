// Turns a submitted form into the object its zod schema validates. Only the names the schema declares are
// read, so a hostile name such as "__proto__.x" or "constructor.prototype.x" is never even looked at; the
// objects built have no prototype, and the keys that reach one are refused besides, as a second guard.
import { z } from "zod";
import { formShapeOf } from "./form-shape";

const FORBIDDEN_KEYS = new Set(["__proto__", "prototype", "constructor"]);

type Tree = Record<string, unknown>;

function setPath(root: Tree, path: string, value: unknown): void {
  const keys = path.split(".");
  if (keys.some((key) => FORBIDDEN_KEYS.has(key))) throw new Error(`Refused form field name "${path}".`);
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    node = (next ?? (node[key] = Object.create(null))) as Tree;
  }
  node[keys.at(-1)!] = value;
}

const isText = (value: FormDataEntryValue): value is string => typeof value === "string";

/** PostgreSQL cannot store a NUL character in text, so a field holding one is invalid input, not a crash. */
function refuseNul(form: FormData, names: readonly string[]): void {
  const issues: z.core.$ZodIssue[] = names
    .filter((name) => form.getAll(name).some((value) => isText(value) && value.includes("\u0000")))
    .map((name) => ({ code: "custom", path: name.split("."), message: "invalid", input: undefined }));
  if (issues.length > 0) throw new z.ZodError(issues);
}

/** Repeated names become arrays where the schema has an array, and checkboxes become true or false. */
export function formToObject(form: FormData, schema: z.ZodType): Tree {
  const shape = formShapeOf(schema);
  refuseNul(form, [...shape.scalars, ...shape.arrays]);
  const result: Tree = Object.create(null);
  for (const name of shape.scalars) {
    const value = form.get(name);
    if (value !== null) setPath(result, name, isText(value) ? value : "");
  }
  for (const name of shape.arrays) setPath(result, name, form.getAll(name).filter(isText));
  for (const name of shape.booleans) setPath(result, name, form.get(name) === "on" || form.get(name) === "true");
  return result;
}
