// Whether a quoted passage stands in its source's text. Copying from a web page or a PDF changes the
// invisible parts of a passage — non-breaking and wide spaces, line breaks, curly or straight quotation marks —
// so both sides are compared after normalising those, and nothing else: a changed word still does not match.

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g;
// \s covers the ordinary and the Unicode spaces (no-break, thin, ideographic…); zero-width ones are not spaces.
// Each is removed on its own, so a joiner inside the class is meant.
// eslint-disable-next-line no-misleading-character-class
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

export function normaliseForQuoteMatch(text: string): string {
  return text
    .normalize("NFC")
    .replace(ZERO_WIDTH, "")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the quote, normalised, occurs in the normalised text. An empty quote never matches. */
export function quoteFoundInText(quote: string, text: string): boolean {
  const needle = normaliseForQuoteMatch(quote);
  return needle.length > 0 && normaliseForQuoteMatch(text).includes(needle);
}
