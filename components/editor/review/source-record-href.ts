// Where a reviewer opens a cited source: its record in the editors' area, which every source has and which shows
// the text Habeas holds for it. Its public page exists only once a published record cites it.
export const sourceRecordHref = (sourceId: string) => `/dashboard/records/source/${sourceId}`;
