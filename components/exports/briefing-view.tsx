// A briefing as a web page, laid out to print well.
import { refs, type BriefingText } from "@/lib/export-formats/briefing-text";

export function BriefingView({ x }: { x: BriefingText }) {
  const h2 = "mt-6 text-xl font-semibold print:mt-4";
  return (
    <article className="briefing max-w-4xl print:max-w-none print:text-[10pt]">
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-1 text-slate-700">
        <em>{x.asOfSentence}</em> {x.intro} {x.filter}
      </p>
      {x.untranslated && <p className="mt-1 text-sm italic">{x.untranslated}</p>}
      <h2 className={h2}>{x.headings.summary}</h2>
      <p>{x.total}</p>
      {x.limited && <p className="italic">{x.limited}</p>}
      <ul className="list-disc pl-6">
        {x.byStatus.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>{x.detention}</p>
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
      <div className="overflow-x-auto">
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
                  <td key={j} className="p-1">
                    {j === 0 ? `${c}${refs(r.sources)}` : c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className={h2}>{x.headings.profiles}</h2>
      {x.paragraphs.map((p, i) => (
        <section key={i} className="break-inside-avoid">
          <h3 className="mt-3 font-semibold">{p.heading}</h3>
          <p>
            {p.text}
            {refs(p.sources)}
          </p>
        </section>
      ))}
      <h2 className={h2}>{x.headings.sources}</h2>
      <ol className="list-decimal pl-6">
        {x.sources.map((s) => (
          <li key={s.number} value={s.number}>
            {s.text}
          </li>
        ))}
      </ol>
    </article>
  );
}
