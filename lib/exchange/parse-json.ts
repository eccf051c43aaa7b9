// Parses untrusted JSON, refusing any object key that could reach an object's prototype when code later copies
// or merges the value ("__proto__", "constructor", "prototype"), however deep it sits.
import { ImportFileError } from "@/lib/import/import-problem";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function parseJson(text: string): unknown {
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, function (key, inner: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return inner;
    });
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    throw new ImportFileError("badJson", { position: at ? Number(at) : 0 });
  }
  if (forbidden !== null) throw new ImportFileError("forbiddenKey", { key: forbidden });
  return value;
}
