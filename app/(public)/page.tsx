// /: what Habeas is, counts by country and status, and the latest status changes.
import Link from "next/link";
import { PartialDate } from "@/components/ui/partial-date";
import { StatusBadge } from "@/components/ui/status-badge";
import { STATUS_LABELS } from "@/lib/format/labels";
import { getHomeSummary } from "@/lib/server/public/get-home-summary";

export default async function HomePage() {
  const summary = await getHomeSummary();
  return (
    <>
      <h1 className="text-3xl font-bold">People detained for what they said or did</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        Habeas records journalists, bloggers, lawyers, activists and opposition figures who are detained or restricted,
        with a source for every fact. It now holds {summary.total} published cases.
      </p>
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="by-country">
          <h2 id="by-country" className="text-xl font-semibold">Cases by country</h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {summary.byCountry.map((c) => (
              <li key={c.code} className="flex justify-between py-1.5">
                <Link href={`/countries/${c.code}`} className="text-blue-800 underline">{c.name}</Link>
                <span>{c.count}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="by-status">
          <h2 id="by-status" className="text-xl font-semibold">Cases by status</h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {summary.byStatus.map((s) => (
              <li key={s.status} className="flex justify-between py-1.5">
                <Link href={`/cases?status=${s.status}`} className="text-blue-800 underline">{STATUS_LABELS[s.status]}</Link>
                <span>{s.count}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="text-xl font-semibold">Latest status changes</h2>
        <ul className="mt-2 divide-y divide-slate-200">
          {summary.latest.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <Link href={`/cases/${e.case.person.slug}`} className="text-blue-800 underline">{e.case.person.fullName}</Link>
              <span className="text-slate-600">{e.case.country.name}</span>
              <StatusBadge status={e.toStatus} />
              <span className="text-sm text-slate-600">
                <PartialDate date={e.date} precision={e.datePrecision} />
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
