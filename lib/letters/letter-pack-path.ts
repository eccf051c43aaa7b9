// Where a case's printable letter pack is served, as the case page links to it and the route reads it.
export function letterPackPath(slug: string, caseId: string, locale: string): string {
  const query = new URLSearchParams({ locale, case: caseId });
  return `/api/cases/${encodeURIComponent(slug)}/letter-pack?${query}`;
}

export function letterPackFilename(slug: string, locale: string): string {
  return `habeas-${slug}-letters-${locale}.pdf`;
}
