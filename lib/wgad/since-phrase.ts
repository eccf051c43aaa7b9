// "Since when" in a WGAD draft's sentences: a stay, the current status, each step of the status history. The date
// follows a preposition ("с" in Russian governs the genitive), so it is formatted in that case, and the message
// chooses its words by precision: a Russian day ends in "г." already, a month or a year takes "года".
import { formatPartialDate } from "@/lib/format/partial-date";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Translator } from "@/lib/i18n/translator";

export function sincePhrase(t: Translator, date: Date | null, precision: DatePrecision, locale: string): string {
  const since = formatPartialDate(date, precision, locale, "genitive");
  return since ? t("Wgad.since", { date: since, precision }) : t("Wgad.sinceNotKnown");
}
