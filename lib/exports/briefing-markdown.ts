// A briefing as Markdown, for pasting into documents and emails.
import { refs, type BriefingText } from "./briefing-text";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function briefingMarkdown(x: BriefingText): string {
  const lines = [`# ${x.title}`, "", `*${x.asOfSentence}* ${x.intro} ${x.filter}`, ""];
  if (x.untranslated) lines.push(`> ${x.untranslated}`, "");
  lines.push(`## ${x.headings.summary}`, "", x.total, "", ...(x.limited ? [`*${x.limited}*`, ""] : []), ...x.byStatus.map((s) => `- ${s}`), "", x.detention, "");
  const orNone = (items: string[]) => (items.length ? items : [`*${x.noneRecorded}*`]);
  lines.push(`## ${x.headings.laws}`, "", ...orNone(x.laws.flatMap((l) => [`- ${l.text}${refs(l.sources)}`, ...l.demands.map((d) => `  - ${d}`)])), "");
  lines.push(`## ${x.headings.demands}`, "", ...orNone(x.demands.map((d) => `- ${d.text}${refs(d.sources)}`)), "");
  lines.push(`## ${x.headings.cases}`, "", `| ${x.columns.join(" | ")} |`, `|${x.columns.map(() => " --- ").join("|")}|`);
  lines.push(...x.rows.map((r) => `| ${r.cells.map(cell).join(" | ")} |`), "");
  lines.push(`## ${x.headings.profiles}`, "", ...x.paragraphs.flatMap((p) => [`### ${p.heading}`, "", `${p.text}${refs(p.sources)}`, ""]));
  lines.push(`## ${x.headings.sources}`, "", ...x.sources.map((s) => `${s.number}. ${s.text}`), "");
  return lines.join("\n");
}
