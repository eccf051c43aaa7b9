// The editable fields of each kind of record, as the generic record form renders them and the server checks them.
import {
  AliasKind,
  AliasOrigin,
  DemandKind,
  DemandStatus,
  ExternalIdScheme,
  Gender,
  LawStatus,
  NameScript,
  PersonRole,
  PlaceKind,
  SourceKind,
} from "@/lib/generated/prisma/enums";

export type FieldSpec =
  | {
      name: string;
      kind: "text" | "textarea" | "url" | "partialDate" | "year" | "country";
      required?: boolean;
      max?: number;
    }
  /** A yes/no, unticked unless set. */
  | { name: string; kind: "checkbox"; required?: false }
  /** A place of detention in the case's country (a stay's place). */
  | { name: string; kind: "place"; required: true }
  | { name: string; kind: "select" | "multi"; options: readonly string[]; labels: string; required?: boolean };

export const RECORD_TYPES = [
  "person",
  "alias",
  "externalId",
  "charge",
  "demand",
  "caseFact",
  "law",
  "organisation",
  "source",
  "citation",
  "place",
  "placeName",
  "placeStay",
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** What a citation added on its own may support. */
export const CITATION_TARGET_TYPES = ["person", "case", "charge", "demand", "law", "place", "placeStay"] as const;
export type CitationTargetType = (typeof CITATION_TARGET_TYPES)[number];

const choice = (name: string, values: Record<string, string>, labels: string, required = true): FieldSpec => ({
  name,
  kind: "select",
  options: Object.values(values),
  labels,
  required,
});

export const RECORD_FIELDS: Record<RecordType, FieldSpec[]> = {
  person: [
    { name: "fullName", kind: "text", required: true, max: 200 },
    { name: "roles", kind: "multi", options: Object.values(PersonRole), labels: "PersonRole", required: true },
    { name: "biography", kind: "textarea", max: 5000 },
    choice("gender", Gender, "Gender", false),
    { name: "birthYear", kind: "year" },
  ],
  alias: [
    { name: "name", kind: "text", required: true, max: 200 },
    choice("script", NameScript, "NameScript"),
    choice("kind", AliasKind, "AliasKind"),
    choice("origin", AliasOrigin, "AliasOrigin"),
  ],
  externalId: [
    choice("scheme", ExternalIdScheme, "ExternalIdScheme"),
    { name: "value", kind: "text", required: true, max: 100 },
    { name: "url", kind: "url", max: 2000 },
  ],
  charge: [
    { name: "countryCode", kind: "country", required: true },
    { name: "article", kind: "text", max: 200 },
    { name: "description", kind: "textarea", required: true, max: 1000 },
  ],
  demand: [
    choice("kind", DemandKind, "DemandKind"),
    { name: "description", kind: "textarea", required: true, max: 2000 },
    { name: "targetAuthority", kind: "text", required: true, max: 300 },
    choice("status", DemandStatus, "DemandStatus"),
  ],
  caseFact: [{ name: "text", kind: "textarea", required: true, max: 2000 }],
  law: [
    { name: "countryCode", kind: "country", required: true },
    { name: "name", kind: "text", required: true, max: 500 },
    { name: "description", kind: "textarea", max: 2000 },
    choice("status", LawStatus, "LawStatus"),
  ],
  organisation: [
    { name: "name", kind: "text", required: true, max: 300 },
    { name: "acronym", kind: "text", max: 30 },
  ],
  source: [
    { name: "title", kind: "text", required: true, max: 500 },
    { name: "publisher", kind: "text", max: 300 },
    { name: "authors", kind: "text", max: 1000 },
    { name: "url", kind: "url", max: 2000 },
    choice("kind", SourceKind, "SourceKind"),
    { name: "published", kind: "partialDate" },
    { name: "fullText", kind: "textarea", max: 200_000 },
  ],
  citation: [
    { name: "claim", kind: "text", required: true, max: 100 },
    { name: "locator", kind: "text", max: 200 },
  ],
  place: [
    { name: "name", kind: "text", required: true, max: 300 },
    choice("kind", PlaceKind, "PlaceKind"),
    { name: "countryCode", kind: "country", required: true },
    { name: "region", kind: "text", max: 200 },
    { name: "addressLocal", kind: "textarea", max: 1000 },
    { name: "addressLatin", kind: "textarea", max: 1000 },
    { name: "letterRules", kind: "textarea", max: 5000 },
    { name: "letterNeedsBirthYear", kind: "checkbox" },
    { name: "notes", kind: "textarea", max: 5000 },
  ],
  placeName: [{ name: "name", kind: "text", required: true, max: 300 }, choice("script", NameScript, "NameScript")],
  placeStay: [
    { name: "placeId", kind: "place", required: true },
    { name: "since", kind: "partialDate" },
    { name: "note", kind: "textarea", max: 1000 },
  ],
};

/** Records that must cite a source when they are created. */
export const NEEDS_CITATION: ReadonlySet<RecordType> = new Set([
  "person",
  "alias",
  "charge",
  "demand",
  "caseFact",
  "law",
  "citation",
  "place",
  "placeName",
  "placeStay",
]);

/** Records whose changed values are public facts: each change cites the source and quote for the new value. */
export const CHANGE_NEEDS_CITATION: ReadonlySet<RecordType> = new Set([
  "person",
  "alias",
  "charge",
  "demand",
  "caseFact",
  "law",
  "place",
  "placeName",
  "placeStay",
]);
