// Atom feeds of published status changes, for following the whole site, a country or one case.
import type { Locale } from "@/i18n/routing";
import { formatPartialDate } from "@/lib/format/partial-date";
import { translatorFor } from "@/lib/i18n/translator";
import type { listStatusChanges } from "@/lib/server/public/list-status-changes";
import { atomFeed } from "./atom";

type Change = Awaited<ReturnType<typeof listStatusChanges>>[number];

export function statusFeed(o: {
  id: string;
  title: string;
  link: string;
  selfUrl: string;
  siteUrl: string;
  locale: Locale;
  changes: Change[];
}): string {
  const t = translatorFor(o.locale);
  const entries = o.changes.map((change) => {
    const person = change.case.person;
    // An entry is dated by the change itself when a source dates it; otherwise it says so in words, and its
    // <updated> is when Habeas recorded the change, which is all the time Atom can be given.
    const when = formatPartialDate(change.date, change.datePrecision, o.locale);
    const status = t(`CaseStatus.${change.toStatus}`);
    const quotes = change.citations.map((c) => `“${c.quote}” — ${c.source.title}`);
    return {
      id: `${o.siteUrl}/status-events/${change.id}`,
      title: `${person.fullName}: ${status}`,
      link: `${o.siteUrl}/${o.locale}/cases/${person.slug}`,
      updated: when && change.date ? change.date : change.createdAt,
      ...(when && change.date ? { published: change.date } : {}),
      summary: [
        when ? `${status} (${t("Feeds.since", { date: when })})` : `${status}. ${t("Feeds.dateNotKnown")}`,
        change.note,
        ...quotes,
      ]
        .filter(Boolean)
        .join("\n\n"),
    };
  });
  return atomFeed({
    id: o.id,
    title: o.title,
    link: o.link,
    selfUrl: o.selfUrl,
    language: o.locale,
    author: "Habeas",
    updated: o.changes[0]?.createdAt ?? new Date(0),
    entries,
  });
}
