// Writes an unexpected error to the server's log with every control character of its message escaped:
// the message may quote what a visitor sent (a URL, a form field), and a raw newline or escape sequence
// there could forge log lines or drive the terminal of whoever reads the log. The stack's frames are code.
import { inspect } from "node:util";

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function escapeForLog(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return escapeForLog(inspect(error, { depth: 2 }));
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const head = `${error.name}${typeof code === "string" ? ` [${escapeForLog(code)}]` : ""}: ${escapeForLog(error.message)}`;
  const cause = error.cause === undefined ? [] : [`  caused by ${describeError(error.cause)}`];
  return [head, ...frames.map(escapeForLog), ...cause].join("\n");
}

export function logError(context: string, error: unknown): void {
  console.error(`${escapeForLog(context)}: ${describeError(error)}`);
}
