// Addresses are web pages or nothing: the forms refuse other schemes, and the Markdown briefing, rendered by
// a real Markdown parser, shows a record's words as words, with links only to http and https sources.
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { briefingMarkdown } from "@/lib/export-formats/briefing-markdown";
import type { BriefingText } from "@/lib/export-formats/briefing-text";
import { markdownText } from "@/lib/export-formats/markdown-text";
import { ZRecordFieldsSchemas } from "@/lib/records/schemas";
import { ZCitationInputSchema } from "@/lib/validations/case";

const HOSTILE_URLS = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "file:///etc/passwd",
  "ftp://example.org/x",
  "vbscript:msgbox(1)",
  "mailto:a@example.org",
];
const citation = (newSourceUrl: string) => ({
  sourceId: "",
  newSourceTitle: "A report",
  newSourcePublisher: "",
  newSourceUrl,
  newSourceKind: "NEWS_ARTICLE",
  newSourcePublished: "",
  quote: "Q",
});

describe("URL fields", () => {
  it.each(HOSTILE_URLS)("refuse %s", (url) => {
    expect(ZCitationInputSchema.safeParse(citation(url)).success).toBe(false);
    expect(
      ZRecordFieldsSchemas.source.safeParse({
        title: "T",
        publisher: "",
        authors: "",
        url,
        kind: "NEWS_ARTICLE",
        published: "",
      }).success,
    ).toBe(false);
    expect(ZRecordFieldsSchemas.externalId.safeParse({ scheme: "WIKIDATA", value: "Q1", url }).success).toBe(false);
  });

  it.each(["https://example.org/report?id=1", "http://example.org/"])("accept %s", (url) => {
    expect(ZCitationInputSchema.parse(citation(url)).newSourceUrl).toBe(url);
    expect(
      ZRecordFieldsSchemas.source.parse({
        title: "T",
        publisher: "",
        authors: "",
        url,
        kind: "NEWS_ARTICLE",
        published: "",
      }).url,
    ).toBe(url);
  });
});

const HOSTILE_TEXT = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[click me](javascript:alert(1))",
  "![pixel](https://tracker.example/p.gif)",
  "<javascript:alert(1)>",
  "<https://evil.example>",
  "*bold* _em_ `code` ~~gone~~ | cell",
  "# Heading",
  "1. numbered",
  "&lt;b&gt; stays text",
];

function briefing(text: string, sources: { number: number; text: string; url: string | null }[]): BriefingText {
  return {
    title: "Testland: country briefing",
    asOf: "As of 1 May 2025",
    asOfSentence: "As of 1 May 2025.",
    intro: "Intro.",
    filter: "All statuses.",
    headings: {
      summary: "Summary",
      asks: "Key asks",
      laws: "Laws",
      demands: "Demands",
      cases: "Cases",
      profiles: "Case notes",
      sources: "Sources",
    },
    overview: text,
    limited: null,
    asks: [text],
    noAsks: "None.",
    organisation: { name: text, contact: text, introduction: text, logo: null, logoAlt: text },
    detention: text,
    columns: ["Name", "Role", "Status", "Since", "Charges", "Sentence", "Held at"],
    laws: [{ text, demands: [text], sources: [1] }],
    demands: [{ text, sources: [1] }],
    rows: [{ cells: [text, "Journalist", "Imprisoned", "2020", text, text, text], sources: [1] }],
    paragraphs: [
      { heading: text, text, sources: [1], compact: false },
      { heading: text, text, sources: [1], compact: true },
    ],
    sources,
    untranslated: text,
    noneRecorded: "None recorded.",
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
  };
}

/** The text a reader sees once the Markdown is rendered as HTML, with entities turned back into characters. */
function shownText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("the Markdown briefing", () => {
  const render = (text: string) =>
    marked.parse(briefingMarkdown(briefing(text, [{ number: 1, text, url: null }])), { async: false });
  const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());

  it.each(HOSTILE_TEXT)("renders %j as the same words and nothing else", (text) => {
    const html = render(text);
    // The same elements as a briefing of plain words: no tag, image, emphasis or heading from the text. A web
    // address written in the text may still be shown as a link by GFM's autolinks, but only an http(s) one.
    const notLinks = (tags: string[]) => tags.filter((tag) => tag !== "a");
    expect(notLinks(tagsOf(html))).toEqual(notLinks(tagsOf(render("Plain words"))));
    expect(html).not.toMatch(/<[^>]*\ssrc=/i);
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
    expect(shownText(html)).toContain(text);
  });

  it("links a source's http or https address and drops any other scheme", () => {
    const sources = [
      { number: 1, text: "Report", url: "https://example.org/report?a=1&b=<2>" },
      ...HOSTILE_URLS.map((url, i) => ({ number: i + 2, text: `Source ${i + 2}`, url })),
    ];
    const html = marked.parse(briefingMarkdown(briefing("Plain.", sources)), { async: false });
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(["https://example.org/report?a=1&amp;b=%3C2%3E"]);
    for (let n = 2; n <= sources.length; n++) expect(html).toContain(`Source ${n}`);
  });

  it("flattens line breaks, so a record cannot start a heading or a list of its own", () => {
    expect(markdownText("fine\n# Heading\n- item")).toBe("fine # Heading - item");
    expect(markdownText("- item")).toBe("\\- item");
    expect(markdownText("12. May")).toBe("12\\. May");
  });
});
