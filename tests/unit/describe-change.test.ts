// The review page reads change payloads generically: each kind becomes rows a person can read, date pairs become
// one date, and a field a later form adds shows up without code changes.
import { describe, expect, it } from "vitest";
import { describeChange } from "@/lib/review/describe-change";

describe("describeChange", () => {
  it("merges a date with its precision, taking an unchanged partner from the record", () => {
    const described = describeChange(
      "UPDATE_CASE",
      { changes: { arrestPrecision: ["DAY", "MONTH"], summary: ["Old.", "New."] } },
      { arrestDate: new Date("2025-04-10T00:00:00Z"), arrestPrecision: "DAY" },
    );
    expect(described.rows).toEqual([
      {
        field: "arrestDate",
        before: { date: "2025-04-10T00:00:00.000Z", precision: "DAY" },
        after: { date: "2025-04-10T00:00:00.000Z", precision: "MONTH" },
      },
      { field: "summary", before: "Old.", after: "New." },
    ]);
  });

  it("reads a status change with its source and quote, and shows fields a future form adds", () => {
    const described = describeChange(
      "CHANGE_STATUS",
      {
        fromStatus: "IMPRISONED",
        form: {
          caseId: "c1",
          version: "3",
          toStatus: "RELEASED",
          when: "2025-07",
          note: "",
          reportedOn: "2025-07-02",
          citation: {
            sourceId: "",
            newSourceTitle: "Court frees her",
            newSourceUrl: "https://example.org/a",
            quote: "She was freed.",
          },
        },
      },
      null,
    );
    expect(described.rows).toEqual([
      { field: "status", before: "IMPRISONED", after: "RELEASED" },
      { field: "when", after: "2025-07" },
      { field: "reportedOn", after: "2025-07-02" },
    ]);
    expect(described.citations).toEqual([
      {
        sourceId: null,
        newSource: { title: "Court frees her", publisher: null, url: "https://example.org/a", published: null },
        quote: "She was freed.",
        locator: null,
      },
    ]);
  });

  it("finds citations wherever a payload carries them, and marks removals", () => {
    const update = describeChange(
      "UPDATE_CASE",
      { changes: { sentence: [null, "Five years"] }, citations: [{ sourceId: "s1", quote: "five years" }] },
      null,
    );
    expect(update.citations.map((c) => [c.sourceId, c.quote])).toEqual([["s1", "five years"]]);
    const removal = describeChange(
      "DELETE_RECORD",
      { form: { type: "alias", id: "a1" }, remove: true },
      { name: "Old Spelling", script: "LATIN" },
    );
    expect(removal).toMatchObject({
      removal: true,
      rows: [
        { field: "name", before: "Old Spelling", after: null },
        { field: "script", before: "LATIN", after: null },
      ],
    });
  });

  it("lists only a record's own fields: the record form also sends other types' checkboxes, unticked", () => {
    // As the stay form stored it: the place form's checkbox and the person's roles come along, empty.
    const stay = describeChange(
      "CREATE_RECORD",
      {
        form: {
          type: "placeStay",
          caseId: "c1",
          fields: { note: "", roles: [], since: "2025-03", placeId: "p1", letterNeedsBirthYear: false },
          citation: { sourceId: "s1", quote: "Moved." },
        },
        remove: false,
      },
      null,
    );
    expect(stay.rows).toEqual([
      { field: "since", after: "2025-03" },
      { field: "placeId", after: "p1" },
    ]);
  });

  it("says so, and describes nothing, when a request does not read as its kind", () => {
    const unreadable = [
      describeChange("UPDATE_CASE", { changes: "sentence=Life" }, null),
      describeChange("UPDATE_CASE", { changes: { visibility: ["PUBLISHED", "DRAFT"] } }, null),
      describeChange("UNPUBLISH_CASE", { form: { toStatus: "RELEASED" }, fromStatus: "IMPRISONED" }, null),
      describeChange("CREATE_RECORD", { form: { type: "widget", fields: {} }, remove: false }, null),
      describeChange("DELETE_RECORD", { form: { type: "alias", id: "a1" }, remove: false }, null),
      describeChange("MERGE_CASES", { into: "c2" }, null),
    ];
    for (const described of unreadable)
      expect(described).toEqual({ rows: [], citations: [], removal: false, unreadable: true });
    expect(describeChange("PUBLISH_CASE", { confirmUnknownConsent: false }, null).unreadable).toBe(false);
  });
});
