// Each record type's handler writes exactly the fields its form has: the typed field list of every handler and the
// form's field list (which the generic form renders and validates) name the same fields.
import { describe, expect, it } from "vitest";
import { RECORD_FIELDS, RECORD_TYPES } from "@/lib/records/fields";
import { RECORD_HANDLERS } from "@/lib/server/internal/record-handlers";

describe("record handlers", () => {
  it.each(RECORD_TYPES)("%s writes the fields its form has", (type) => {
    expect(RECORD_HANDLERS[type].fieldNames().sort()).toEqual(RECORD_FIELDS[type].map((f) => f.name).sort());
  });
});
