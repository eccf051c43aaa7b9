// A briefing as a web page, laid out to print well.
import { ScrollRegion } from "@/components/scroll-region";
import { refs, type BriefingText } from "@/lib/export-formats/briefing-text";
import { organisationLogoUrl } from "@/lib/organisation/logo-url";
import { webHref } from "@/lib/validations/web-url";

export function BriefingView({ x }: { x: BriefingText }) {
  const h2 = "mt-6 text-xl font-semibold print:mt-4 break-after-avoid";
  const org = x.organisation;
  const logoUrl = organisationLogoUrl(org?.logo ?? null);
  // A collapsed row's last cell spans the columns left.
  const span = (cells: string[], i: number) => (i === cells.length - 1 ? x.columns.length - i : undefined);
  return (
    <article className="briefing max-w-4xl print:max-w-none print:text-[10pt]">
      {org && (
        <header className="mb-3 flex flex-wrap items-center gap-3">
          {logoUrl && (
            // eslint-disable-next-line @next/next/no-img-element -- a small same-site image; next/image would add client code
            <img src={logoUrl} alt={org.logoAlt} className="max-h-12 w-auto" />
          )}
          <div>
            {org.name && <p className="font-semibold">{org.name}</p>}
            {org.contact && <p className="text-sm text-slate-700">{org.contact}</p>}
          </div>
        </header>
      )}
      <h1 className="text-3xl font-bold">{x.title}</h1>
      {org?.introduction && <p className="mt-2 whitespace-pre-line">{org.introduction}</p>}
      <p className="mt-1 text-slate-700">
        <em>{x.asOfSentence}</em> {x.intro} {x.filter}
      </p>
      {x.untranslated && <p className="mt-1 text-sm italic">{x.untranslated}</p>}
      <h2 className={h2}>{x.headings.summary}</h2>
      <p>{x.overview}</p>
      {x.limited && <p className="italic">{x.limited}</p>}
      <p className="mt-1">{x.detention}</p>
      <h3 className="mt-3 font-semibold break-after-avoid">{x.headings.asks}</h3>
      {x.asks.length === 0 && <p className="italic">{x.noAsks}</p>}
      <ul className="list-disc pl-6">
        {x.asks.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <h2 className={h2}>{x.headings.laws}</h2>
      {x.laws.length === 0 && <p className="italic">{x.noneRecorded}</p>}
      <ul className="list-disc pl-6">
        {x.laws.map((l, i) => (
          <li key={i}>
            {l.text}
            {refs(l.sources)}
            <ul className="list-[circle] pl-6">
              {l.demands.map((d, j) => (
                <li key={j}>{d}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <h2 className={h2}>{x.headings.demands}</h2>
      {x.demands.length === 0 && <p className="italic">{x.noneRecorded}</p>}
      <ul className="list-disc pl-6">
        {x.demands.map((d, i) => (
          <li key={i}>
            {d.text}
            {refs(d.sources)}
          </li>
        ))}
      </ul>
      <h2 className={h2}>{x.headings.cases}</h2>
      <ScrollRegion label={x.headings.cases}>
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-slate-400">
              {x.columns.map((c) => (
                <th key={c} scope="col" className="p-1">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {x.rows.map((r, i) => (
              <tr key={i} className="border-b border-slate-200 align-top break-inside-avoid">
                {r.cells.map((c, j) => (
                  <td key={j} className="p-1" colSpan={span(r.cells, j)}>
                    {j === 0 ? `${c}${refs(r.sources)}` : c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h2 className={h2}>{x.headings.profiles}</h2>
      {x.paragraphs.map((p, i) =>
        p.compact ? (
          <p key={i} className="mt-2 break-inside-avoid">
            <strong>{p.heading}</strong> — {p.text}
            {refs(p.sources)}
          </p>
        ) : (
          <section key={i} className="break-inside-avoid">
            <h3 className="mt-3 font-semibold">{p.heading}</h3>
            <p>
              {p.text}
              {refs(p.sources)}
            </p>
          </section>
        ),
      )}
      <h2 className={h2}>{x.headings.sources}</h2>
      <ol className="list-decimal pl-6">
        {x.sources.map((s) => (
          <li key={s.number} value={s.number}>
            {s.text}
            {webHref(s.url) && (
              <>
                {". "}
                <a href={webHref(s.url)!} className="break-all text-blue-800 underline">
                  {s.url}
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
