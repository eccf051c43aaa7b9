// Laws criticised in a country, with what is demanded of each and the passage that says so.
import Link from "next/link";
import { DEMAND_KIND_LABELS, DEMAND_STATUS_LABELS, LAW_STATUS_LABELS } from "@/lib/format/labels";
import type { CountryPage } from "@/lib/server/public/get-country-page";

export function LawList({ laws }: { laws: CountryPage["laws"] }) {
  return (
    <section aria-labelledby="laws" className="mt-8">
      <h2 id="laws" className="text-xl font-semibold">Laws criticised</h2>
      {laws.length === 0 ? (
        <p className="italic text-slate-500">No laws recorded.</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {laws.map((law) => (
            <li key={law.id} className="rounded border border-slate-200 p-3">
              <p className="font-medium">{law.name} <span className="text-sm font-normal text-slate-600">({LAW_STATUS_LABELS[law.status]})</span></p>
              {law.description && <p>{law.description}</p>}
              {law.demands.map((d) => (
                <p key={d.id} className="text-sm">
                  {DEMAND_KIND_LABELS[d.kind]}: {d.description} Addressed to {d.targetAuthority} · {DEMAND_STATUS_LABELS[d.status]}
                </p>
              ))}
              {law.citations.map((c) => (
                <blockquote key={c.id} className="mt-2 border-l-2 border-slate-300 pl-2 text-sm italic">
                  “{c.quote}” —{" "}
                  <Link href={`/sources/${c.source.id}`} className="not-italic text-blue-800 underline">{c.source.title}</Link>
                </blockquote>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
