// The [type] segment of the records pages, or the editors' 404.
import { notFound } from "next/navigation";
import { RECORD_TYPES, type RecordType } from "@/lib/records/fields";

export function recordTypeParam(value: string): RecordType {
  if (!(RECORD_TYPES as readonly string[]).includes(value)) notFound();
  return value as RecordType;
}

/** Kinds that make sense to create on their own; the rest are created from the record they belong to. */
export const STANDALONE_TYPES: ReadonlySet<RecordType> = new Set([
  "person",
  "demand",
  "law",
  "organisation",
  "source",
  "place",
]);
