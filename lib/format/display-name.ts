// Chooses how to show a person's name in a given interface language.
import type { NameScript } from "@/lib/generated/prisma/enums";

const SCRIPT_OF_LOCALE: Record<string, NameScript> = { ru: "CYRILLIC", kk: "CYRILLIC", ky: "CYRILLIC", tg: "CYRILLIC" };

export function preferredScript(locale: string): NameScript {
  return SCRIPT_OF_LOCALE[locale] ?? "LATIN";
}

type Alias = { name: string; script: NameScript };

/** The alias in the locale's script if there is one; `sourceName` is then shown beside it. */
export function displayName(
  fullName: string,
  aliases: Alias[],
  locale: string,
): { name: string; sourceName: string | null } {
  const script = preferredScript(locale);
  if (script === "LATIN") return { name: fullName, sourceName: null };
  const alias = aliases.find((a) => a.script === script);
  return alias ? { name: alias.name, sourceName: fullName } : { name: fullName, sourceName: null };
}
