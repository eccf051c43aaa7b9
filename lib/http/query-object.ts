// A query string as an object for a zod schema: the one flattening, for route handlers (a URL) and pages (Next's
// searchParams) alike. The objects have no prototype: a parameter named `__proto__` is just an unknown key, not a
// new prototype whose `sort` or `toString` the schema would then read as if the visitor had sent it.

/** A page's `searchParams`, as Next.js passes them. */
export type TSearchParams = Record<string, string | string[] | undefined>;

function valuesByKey(from: URL | TSearchParams): [string, string[]][] {
  if (from instanceof URL)
    return [...new Set(from.searchParams.keys())].map((key) => [key, from.searchParams.getAll(key)]);
  return Object.entries(from).flatMap(([key, value]) =>
    value === undefined ? [] : [[key, Array.isArray(value) ? value : [value]]],
  );
}

/** Every parameter; a repeated one becomes an array (for schemas that accept lists, like `status=A&status=B`). */
export function queryObject(from: URL | TSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = Object.create(null);
  for (const [key, values] of valuesByKey(from))
    if (values.length > 0) result[key] = values.length > 1 ? values : values[0]!;
  return result;
}

/** One value per parameter, for pages whose parameters are single: the first of a repeated one. An empty value (a
 *  form field left blank) counts as absent. */
export function firstValues(from: URL | TSearchParams): Record<string, string> {
  const result: Record<string, string> = Object.create(null);
  for (const [key, values] of valuesByKey(from)) if (values[0]) result[key] = values[0];
  return result;
}
