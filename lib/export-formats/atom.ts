// A small Atom 1.0 writer (RFC 4287). Every text and attribute value is escaped here, and characters that
// XML 1.0 cannot carry are dropped, so no record's text can end the document early or add markup to it.
// (The `feed` package wrapped texts in CDATA and escaped only the first "]]>", which let a quote inject XML.)

export type AtomEntry = { id: string; title: string; link: string; updated: Date; published?: Date; summary: string };

export type AtomFeed = {
  id: string;
  title: string;
  language: string;
  updated: Date;
  /** The HTML page the feed follows, and the feed's own address. */
  link: string;
  selfUrl: string;
  author: string;
  entries: AtomEntry[];
};

// Anything outside XML 1.0's Char production: C0 controls other than tab, LF and CR; lone surrogates; U+FFFE/F.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an element or a quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const element = (name: string, text: string, attributes = "") => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}"${type ? ` type="${escapeXml(type)}"` : ""} href="${escapeXml(href)}"/>`;

export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    ${element("id", e.id)}`,
      `    ${element("title", e.title, ' type="text"')}`,
      `    ${link("alternate", e.link, "text/html")}`,
      `    ${element("updated", e.updated.toISOString())}`,
      ...(e.published ? [`    ${element("published", e.published.toISOString())}`] : []),
      `    ${element("summary", e.summary, ' type="text"')}`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title, ' type="text"')}`,
    `  ${element("updated", feed.updated.toISOString())}`,
    `  <author>${element("name", feed.author)}</author>`,
    `  ${link("alternate", feed.link, "text/html")}`,
    `  ${link("self", feed.selfUrl, "application/atom+xml")}`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
