// A briefing as Markdown, for pasting into documents and emails. Every text is escaped (lib/export-formats/
// markdown-text.ts), so a record's words never become HTML or a link; only sources' web addresses are links.
import { refs, type BriefingText } from "./briefing-text";
import { markdownLink, markdownText as md } from "./markdown-text";

export function briefingMarkdown(x: BriefingText): string {
  const org = x.organisation;
  const lines = [
    ...(org?.name ? [`**${md(org.name)}**`, ""] : []),
    ...(org?.contact ? [`*${md(org.contact)}*`, ""] : []),
    `# ${md(x.title)}`,
    "",
    ...(org?.introduction ? [md(org.introduction), ""] : []),
    `*${md(x.asOfSentence)}* ${md(x.intro)} ${md(x.filter)}`,
    "",
  ];
  if (x.untranslated) lines.push(`> ${md(x.untranslated)}`, "");
  lines.push(
    `## ${md(x.headings.summary)}`,
    "",
    md(x.overview),
    "",
    ...(x.limited ? [`*${md(x.limited)}*`, ""] : []),
    md(x.detention),
    "",
    `### ${md(x.headings.asks)}`,
    "",
    ...(x.asks.length ? x.asks.map((a) => `- ${md(a)}`) : [`*${md(x.noAsks)}*`]),
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
  // Markdown has no spanning cells: a collapsed row says "not known" once and leaves the columns after it empty.
  const padded = (cells: string[]) => [...cells, ...Array<string>(x.columns.length - cells.length).fill("")];
  lines.push(...x.rows.map((r) => `| ${padded(r.cells).map(md).join(" | ")} |`.replace(/ {2}\|/g, " |")), "");
  lines.push(
    `## ${md(x.headings.profiles)}`,
    "",
    ...x.paragraphs.flatMap((p) =>
      p.compact
        ? [`**${md(p.heading)}** — ${md(p.text)}${refs(p.sources)}`, ""]
        : [`### ${md(p.heading)}`, "", `${md(p.text)}${refs(p.sources)}`, ""],
    ),
  );
  lines.push(
    `## ${md(x.headings.sources)}`,
    "",
    ...x.sources.map((s) => `${s.number}. ${md(s.text)}${markdownLink(s.url)}`),
    "",
  );
  return lines.join("\n");
}
