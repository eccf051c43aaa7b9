// A form is read with its schema's own field names: a hostile name cannot reach Object.prototype, and only
// the declared fields come through, nested in objects that have no prototype.
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { formToObject } from "@/lib/actions/form-data";
import { formShapeOf } from "@/lib/actions/form-shape";
import { ZRecordFormSchema } from "@/lib/records/schemas";
import { ZCaseCreateSchema, ZCaseUpdateSchema, ZPublishSchema, ZStatusChangeSchema } from "@/lib/validations/case";

const POLLUTING_NAMES = [
  "__proto__.q",
  "constructor.prototype.q",
  "prototype.q",
  "citation.__proto__.q",
  "citation.constructor.prototype.q",
  "fields.__proto__.q",
  "fields.constructor.prototype.q",
  "__proto__",
  "constructor",
];

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

afterEach(() => {
  // If a test ever did pollute, the rest of the run must not inherit it.
  delete (Object.prototype as Record<string, unknown>).q;
});

describe("formToObject", () => {
  it.each([ZStatusChangeSchema, ZRecordFormSchema, ZCaseCreateSchema])(
    "leaves Object.prototype alone whatever the field names (%#)",
    (schema) => {
      const input = formToObject(
        form([...POLLUTING_NAMES.map((name): [string, string] => [name, "polluted"]), ["citation.quote", "A quote"]]),
        schema,
      );
      expect(({} as Record<string, unknown>).q).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("q");
      expect(JSON.stringify(input)).not.toContain("polluted");
    },
  );

  it("reads only the declared names, nests dotted ones in prototype-less objects, and ignores the rest", () => {
    const input = formToObject(
      form([
        ["caseId", "c1"],
        ["version", "3"],
        ["toStatus", "RELEASED"],
        ["when", "2025-04"],
        ["citation.quote", "Released in April."],
        ["citation.sourceId", "s1"],
        ["note", ""],
        ["citation.newSourceTitle", ""],
        ["citation.newSourcePublisher", ""],
        ["citation.newSourceUrl", ""],
        ["citation.newSourceKind", "NEWS_ARTICLE"],
        ["citation.newSourcePublished", ""],
        ["isAdmin", "true"],
        ["citation.extra", "x"],
        ["$ACTION_ID_abc", "x"],
      ]),
      ZStatusChangeSchema,
    );
    expect(Object.getPrototypeOf(input)).toBeNull();
    expect(Object.getPrototypeOf(input.citation)).toBeNull();
    expect({ ...input, citation: { ...(input.citation as object) } }).toEqual({
      caseId: "c1",
      version: "3",
      toStatus: "RELEASED",
      when: "2025-04",
      note: "",
      citation: {
        quote: "Released in April.",
        sourceId: "s1",
        newSourceTitle: "",
        newSourcePublisher: "",
        newSourceUrl: "",
        newSourceKind: "NEWS_ARTICLE",
        newSourcePublished: "",
      },
      // A checkbox the form did not tick reads as false.
      meetReleaseDemands: false,
    });
    const parsed = ZStatusChangeSchema.parse(input);
    expect(parsed.citation.sourceId).toBe("s1");
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it("makes arrays and checkboxes from the schema, including for absent fields", () => {
    expect(formShapeOf(ZCaseCreateSchema).arrays).toEqual(["roles"]);
    expect(formShapeOf(ZRecordFormSchema).arrays).toEqual(["fields.roles"]);
    expect(formShapeOf(ZRecordFormSchema).scalars).toEqual(
      expect.arrayContaining(["type", "target.id", "fields.url", "citation.quote"]),
    );
    expect({
      ...formToObject(
        form([
          ["roles", "JOURNALIST"],
          ["roles", "BLOGGER"],
        ]),
        ZCaseCreateSchema,
      ),
    }).toMatchObject({ roles: ["JOURNALIST", "BLOGGER"] });
    expect({ ...formToObject(form([]), ZCaseCreateSchema) }).toEqual({ roles: [] });
    expect({
      ...formToObject(
        form([
          ["caseId", "c"],
          ["confirmUnknownConsent", "on"],
        ]),
        ZPublishSchema,
      ),
    }).toEqual({ caseId: "c", confirmUnknownConsent: true });
    expect({ ...formToObject(form([["caseId", "c"]]), ZPublishSchema) }).toEqual({
      caseId: "c",
      confirmUnknownConsent: false,
    });
  });

  it("reads the nested fields of a preprocessed object, such as the case form's optional citation", () => {
    const form = new FormData();
    form.set("caseId", "c1");
    form.set("version", "3");
    form.set("summary", "New summary.");
    form.set("citation.newSourceTitle", "A report");
    form.set("citation.quote", "The words that support it.");
    const read = formToObject(form, ZCaseUpdateSchema) as { citation?: Record<string, unknown> };
    expect(read.citation?.newSourceTitle).toBe("A report");
    expect(read.citation?.quote).toBe("The words that support it.");
  });

  it("refuses a NUL character as invalid input, naming the field", () => {
    expect(() => formToObject(form([["citation.quote", "a\u0000b"]]), ZStatusChangeSchema)).toThrow(z.ZodError);
    try {
      formToObject(form([["citation.quote", "a\u0000b"]]), ZStatusChangeSchema);
    } catch (error) {
      expect((error as z.ZodError).issues[0]!.path).toEqual(["citation", "quote"]);
    }
  });

  it("refuses a schema that declares a prototype key or does not name its fields", () => {
    expect(() => formToObject(form([["constructor", "x"]]), z.object({ constructor: z.string() }))).toThrow(/Refused/);
    expect(() => formToObject(form([]), z.object({ fields: z.record(z.string(), z.string()) }))).toThrow(
      /declare its fields/,
    );
  });
});
