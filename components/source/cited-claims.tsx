// The claims a source supports, each with its passage and a link to the record it supports.
import Link from "next/link";
import type { SourceCitation } from "@/lib/server/public/get-source-page";

function ClaimTarget({ citation: c }: { citation: SourceCitation }) {
  const person = c.person ?? c.case?.person ?? c.statusEvent?.case.person ?? c.demand?.case?.person;
  if (person) {
    return (
      <>
        <Link href={`/cases/${person.slug}`} className="text-blue-800 underline">{person.fullName}</Link> — {c.claim}
      </>
    );
  }
  if (c.law) {
    return (
      <>
        Law: <Link href={`/countries/${c.law.country.code}`} className="text-blue-800 underline">{c.law.name}</Link> ({c.law.country.name})
      </>
    );
  }
  if (c.demand) return <>Demand of {c.demand.targetAuthority}: {c.demand.description}</>;
  if (c.charge) return <>Charge: {c.charge.description}</>;
  return <>{c.locator ?? "Quoted passage"}</>;
}

export function CitedClaims({ heading, citations }: { heading: string; citations: SourceCitation[] }) {
  return (
    <section className="mt-8">
      <h2 className="text-xl font-semibold">{heading} ({citations.length})</h2>
      <ul className="mt-2 space-y-3">
        {citations.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 p-3">
            <p className="text-sm font-medium"><ClaimTarget citation={c} /></p>
            <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic">“{c.quote}”</blockquote>
            {c.quotedSource && (
              <p className="mt-1 text-sm">
                Quoting <Link href={`/sources/${c.quotedSource.id}`} className="text-blue-800 underline">{c.quotedSource.title}</Link>
                {c.locator && `, ${c.locator}`}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
