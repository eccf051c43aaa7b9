// Text from the records, written into Markdown so that it reads as the same text and can do nothing else.
// Markdown passes HTML through and makes links from `[text](address)` and `<address>`, so a quote or a
// name could otherwise carry a script tag or a `javascript:` link into whatever renders the briefing.
import { webHref } from "@/lib/validations/web-url";

/** Characters that make emphasis, code, links, images, strikethrough or table cells anywhere in a line. */
const INLINE = /[\\`*_[\]~|]/g;

export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(INLINE, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/^[#+\-=]/, "\\$&") // a heading, list item or rule at the start of a line
    .replace(/^(\d+)([.)])/, "$1\\$2"); // a numbered list item
}

/** A source's address as a Markdown autolink when it is a web page; any other scheme is left out. */
export function markdownLink(url: string | null | undefined): string {
  const href = webHref(url);
  return href ? ` <${href}>` : "";
}
