// When the current status began, or, when no source says, the latest source that reports it. Days are
// counted only from a known start, and only up to the latest report: never to today.
import { useLocale, useTranslations } from "next-intl";
import { NotKnown } from "@/components/ui/not-known";
import { PartialDate } from "@/components/ui/partial-date";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { formatPartialDate } from "@/lib/format/partial-date";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { StatusAsOf } from "@/lib/status-time/as-of";
import { daysKnown } from "@/lib/status-time/days-in-status";

export function StatusTime({ time }: { time: StatusAsOf | null }) {
  const t = useTranslations("Person");
  const common = useTranslations("Common");
  const locale = useLocale();
  if (!time) return <NotKnown />;
  const { since, report, lastReportedOn } = time;
  if (since.date && since.precision !== "UNKNOWN") {
    const span = daysKnown(since, lastReportedOn);
    const duration =
      span && (span.exact ? common("exactDays", { count: span.days }) : common("atLeastDays", { count: span.days }));
    return (
      <>
        <PartialDate date={since.date} precision={since.precision} />
        {duration && lastReportedOn && (
          <span className="ml-2 text-sm text-slate-600">
            ({t("knownToLast", { duration, date: formatPartialDate(lastReportedOn, "DAY", locale)! })})
          </span>
        )}
      </>
    );
  }
  if (!report) return <NotKnown />;
  return (
    <>
      <NotKnown />
      {"; "}
      {t.rich("asReportedOn", {
        date: () => <PartialDate date={report.date} precision={report.precision} grammaticalCase="genitive" />,
        source: () => (
          <Link href={`/sources/${report.sourceId}`} className="text-blue-800 underline" lang={CONTENT_LANGUAGE}>
            {report.sourceTitle}
          </Link>
        ),
      })}
    </>
  );
}
