// A validation message that needs values ("There is no day 30 in February 2024") travels as one string: its key,
// a space, then its values as JSON. Field errors are lists of message keys (lib/actions/action-result.ts), and this
// keeps them so, for the forms, the browser's own check and the import report alike.
export type TMessageValues = Record<string, string | number>;
export type TMessage = { key: string; values: TMessageValues };

/** A message without values stays a plain key. */
export function messageWithValues(key: string, values: TMessageValues = {}): string {
  return Object.keys(values).length > 0 ? `${key} ${JSON.stringify(values)}` : key;
}

/** A value's name is letters only and names no object internals: the text may come from anywhere. */
const VALUE_NAME = /^[a-zA-Z]+$/;
const INTERNALS = new Set(["__proto__", "prototype", "constructor"]);

/** The key and values of a message string; a plain key has no values. Never throws: the text may be anything. */
export function readMessage(text: string): TMessage {
  const space = text.indexOf(" ");
  if (space < 0) return { key: text, values: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(space + 1));
  } catch {
    return { key: text, values: {} };
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return { key: text, values: {} };
  const values = Object.entries(parsed).filter(
    ([name, value]) =>
      VALUE_NAME.test(name) && !INTERNALS.has(name) && (typeof value === "string" || typeof value === "number"),
  );
  return { key: text.slice(0, space), values: Object.fromEntries(values) };
}

type Translator = ((key: string, values?: TMessageValues) => string) & { has: (key: string) => boolean };

/** The message in the reader's language, or the text itself when no message has its key. */
export function translateMessage(t: Translator, text: string, fallback = text): string {
  const { key, values } = readMessage(text);
  return t.has(key) ? t(key, values) : fallback;
}
