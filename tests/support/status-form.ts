// A complete "change status" form as an editor would submit it.
export function statusForm(caseId: string, version: number, overrides: Record<string, unknown> = {}) {
  return {
    caseId,
    version: String(version),
    toStatus: "RELEASED",
    when: "2025-05",
    note: "Released, according to the report.",
    citation: {
      sourceId: "",
      newSourceTitle: "Test report on the release",
      newSourcePublisher: "Test News",
      newSourceUrl: "https://example.org/report",
      newSourceKind: "NEWS_ARTICLE",
      newSourcePublished: "2025-05-20",
      quote: "She was released in May 2025.",
    },
    ...overrides,
  };
}
