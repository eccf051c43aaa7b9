// A briefing as Markdown, for pasting into documents and emails. Every text is escaped (lib/export-formats/
// markdown-text.ts), so a record's words never become HTML or a link; only sources' web addresses are links.
import { refs, type BriefingText } from "./briefing-text";
import { markdownLink, markdownText as md } from "./markdown-text";

export function briefingMarkdown(x: BriefingText): string {
  const lines = [`# ${md(x.title)}`, "", `*${md(x.asOfSentence)}* ${md(x.intro)} ${md(x.filter)}`, ""];
  if (x.untranslated) lines.push(`> ${md(x.untranslated)}`, "");
  lines.push(
    `## ${md(x.headings.summary)}`,
    "",
    md(x.total),
    "",
    ...(x.limited ? [`*${md(x.limited)}*`, ""] : []),
    ...x.byStatus.map((s) => `- ${md(s)}`),
    "",
    md(x.detention),
    "",
  );
  const orNone = (items: string[]) => (items.length ? items : [`*${md(x.noneRecorded)}*`]);
  lines.push(
    `## ${md(x.headings.laws)}`,
    "",
    ...orNone(x.laws.flatMap((l) => [`- ${md(l.text)}${refs(l.sources)}`, ...l.demands.map((d) => `  - ${md(d)}`)])),
    "",
  );
  lines.push(
    `## ${md(x.headings.demands)}`,
    "",
    ...orNone(x.demands.map((d) => `- ${md(d.text)}${refs(d.sources)}`)),
    "",
  );
  lines.push(
    `## ${md(x.headings.cases)}`,
    "",
    `| ${x.columns.map(md).join(" | ")} |`,
    `|${x.columns.map(() => " --- ").join("|")}|`,
  );
  lines.push(...x.rows.map((r) => `| ${r.cells.map(md).join(" | ")} |`), "");
  lines.push(
    `## ${md(x.headings.profiles)}`,
    "",
    ...x.paragraphs.flatMap((p) => [`### ${md(p.heading)}`, "", `${md(p.text)}${refs(p.sources)}`, ""]),
  );
  lines.push(
    `## ${md(x.headings.sources)}`,
    "",
    ...x.sources.map((s) => `${s.number}. ${md(s.text)}${markdownLink(s.url)}`),
    "",
  );
  return lines.join("\n");
}
