// Which writing system a piece of text is in, so an envelope names the person in the script of the address below.
import type { NameScript } from "@/lib/generated/prisma/enums";

/** The script of the first letter that belongs to one we tell apart; null for text with no letters (digits only). */
export function textScript(text: string): NameScript | null {
  const letter = /\p{L}/u.exec(text)?.[0];
  if (!letter) return null;
  if (/\p{Script=Cyrillic}/u.test(letter)) return "CYRILLIC";
  if (/\p{Script=Arabic}/u.test(letter)) return "ARABIC";
  if (/\p{Script=Latin}/u.test(letter)) return "LATIN";
  return "OTHER";
}
