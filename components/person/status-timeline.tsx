// The dated history of a case's status, newest first.
import { useTranslations } from "next-intl";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { PartialDate } from "@/components/ui/partial-date";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Footnotes } from "@/lib/citations/footnotes";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { PersonPage } from "@/lib/server/public/get-person-page";

type Props = { events: PersonPage["cases"][number]["statusEvents"]; footnotes: Footnotes };

export function StatusTimeline({ events, footnotes }: Props) {
  const t = useTranslations("Person");
  const statuses = useTranslations("CaseStatus");
  return (
    <div className="mt-6">
      <h3 className="text-lg font-semibold">{t("timeline")}</h3>
      <ol className="mt-2 space-y-3 border-l-2 border-slate-300 pl-4">
        {events.map((e) => (
          <li key={e.id}>
            <p className="text-sm text-slate-600">
              <PartialDate date={e.date} precision={e.datePrecision} />
            </p>
            <p>
              {e.fromStatus ? <>{statuses(e.fromStatus)} → </> : null}
              <StatusBadge status={e.toStatus} />
              <FootnoteRefs numbers={footnotes.numbersFor(e.citations)} />
            </p>
            {e.note && (
              <p className="text-slate-700" lang={CONTENT_LANGUAGE}>
                {e.note}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
