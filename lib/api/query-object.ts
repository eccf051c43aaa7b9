// A request's query string as an object for a zod schema; repeated parameters become arrays. The object has
// no prototype: a parameter named `__proto__` is just an unknown key, not a new prototype whose `sort` or
// `toString` the schema would then read as if the visitor had sent it.
export function queryObject(url: URL): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = Object.create(null);
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    result[key] = values.length > 1 ? values : values[0]!;
  }
  return result;
}
