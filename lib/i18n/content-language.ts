// Records are written in one language and not yet translated; pages say so to readers of other languages.
export const CONTENT_LANGUAGE = "en";

export function contentIsTranslated(locale: string): boolean {
  return locale === CONTENT_LANGUAGE;
}
