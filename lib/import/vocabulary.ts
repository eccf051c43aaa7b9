// Reads statuses, roles, identifier schemes and source kinds as an editor would type them: the code, or the
// interface's label in English or Russian, in any case, with "ё" as "е" and Russian gendered endings either way.
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { CaseStatus, ExternalIdScheme, PersonRole, SourceKind } from "@/lib/generated/prisma/enums";

export function normalLabel(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[_\s]+/g, " ")
    .trim();
}

/** "Освобождён(а)" is also written "освобождён" and "освобождена". */
function variants(label: string): string[] {
  const stem = label.replace(/\(([^)]*)\)/g, "");
  const joined = label.replace(/\(([^)]*)\)/g, "$1");
  return [label, stem, joined].map(normalLabel);
}

function lookup<T extends string>(
  codes: readonly T[],
  labels: Record<string, string>[],
  extra: [string, T][] = [],
): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(normalLabel(code), code);
    for (const set of labels) {
      const label = set[code];
      if (label) variants(label).forEach((v) => map.set(v, code));
    }
  }
  for (const [alias, code] of extra) map.set(normalLabel(alias), code);
  return map;
}

const STATUS = lookup(Object.values(CaseStatus), [en.CaseStatus, ru.CaseStatus]);
// The interface names roles in the masculine; Russian sheets write a woman's role in the feminine.
const ROLE = lookup(
  Object.values(PersonRole),
  [en.PersonRole, ru.PersonRole],
  [
    ["журналистка", "JOURNALIST"],
    ["блогерка", "BLOGGER"],
    ["блогерша", "BLOGGER"],
    ["юристка", "LAWYER"],
    ["адвокатка", "LAWYER"],
    ["адвокат", "LAWYER"],
    ["правозащитница", "HUMAN_RIGHTS_DEFENDER"],
    ["активистка", "ACTIVIST"],
    ["оппозиционная политик", "OPPOSITION_POLITICIAN"],
    ["оппозиционная политикесса", "OPPOSITION_POLITICIAN"],
    ["оппозиционерка", "OPPOSITION_POLITICIAN"],
    ["оппозиционер", "OPPOSITION_POLITICIAN"],
    ["активистка за трудовые права", "LABOUR_RIGHTS_ACTIVIST"],
    ["бывшая узница гуантанамо", "FORMER_GUANTANAMO_DETAINEE"],
    ["сатиричка", "SATIRIST"],
  ],
);
const SCHEME = lookup(
  Object.values(ExternalIdScheme),
  [en.ExternalIdScheme, ru.ExternalIdScheme],
  [
    ["ISN", "GUANTANAMO_ISN"],
    ["WGAD", "WGAD_OPINION"],
  ],
);
const SOURCE_KIND = lookup(Object.values(SourceKind), [en.SourceKind, ru.SourceKind]);

export const readStatus = (text: string): CaseStatus | undefined => STATUS.get(normalLabel(text));
export const readRole = (text: string): PersonRole | undefined => ROLE.get(normalLabel(text));
export const readScheme = (text: string): ExternalIdScheme | undefined => SCHEME.get(normalLabel(text));
export const readSourceKind = (text: string): SourceKind | undefined => SOURCE_KIND.get(normalLabel(text));
