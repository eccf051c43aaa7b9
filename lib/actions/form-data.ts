// Turns a submitted form into a plain object: "a.b" names nest, repeated names become arrays,
// and checkboxes named in `booleans` become true or false.
export function formToObject(form: FormData, options: { arrays?: string[]; booleans?: string[] } = {}): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const set = (path: string, value: unknown) => {
    const keys = path.split(".");
    let node = result;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  };
  for (const name of new Set(form.keys())) {
    if (name.startsWith("$ACTION")) continue;
    const values = form.getAll(name).filter((v): v is string => typeof v === "string");
    set(name, options.arrays?.includes(name) ? values : (values[0] ?? ""));
  }
  for (const name of options.arrays ?? []) if (!form.has(name)) set(name, []);
  for (const name of options.booleans ?? []) set(name, form.get(name) === "on" || form.get(name) === "true");
  return result;
}
