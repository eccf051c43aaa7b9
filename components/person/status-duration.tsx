// How long a case has been in its status, as a safe minimum when the start date is imprecise.
import { useTranslations } from "next-intl";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { daysSince } from "@/lib/format/partial-date";

export function StatusDuration({ date, precision }: { date: Date | null; precision: DatePrecision }) {
  const t = useTranslations();
  const span = daysSince(date, precision, new Date());
  if (!span) return null;
  const duration = span.exact ? t("Common.exactDays", { count: span.days }) : t("Common.atLeastDays", { count: span.days });
  return <span className="ml-2 text-sm text-slate-600">({t("Person.inStatusFor", { duration })})</span>;
}
