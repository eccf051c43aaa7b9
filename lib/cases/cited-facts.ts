// The kinds of public fact the publish check can name as uncited; each has a label in the CitedFact messages.
export const CITED_FACT_KINDS = [
  "country",
  "sentence",
  "facility",
  "summary",
  "arrestDate",
  "convictionDate",
  "releaseDate",
  "roles",
  "biography",
  "gender",
  "birthYear",
  "alias",
  "statusEvent",
  "charge",
  "demand",
  "caseFact",
] as const;

export type CitedFactKind = (typeof CITED_FACT_KINDS)[number];
