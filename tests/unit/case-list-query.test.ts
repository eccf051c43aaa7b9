import { describe, expect, it } from "vitest";
import { caseListSearch, parseCaseListQuery, rejectUnknownCountry } from "@/lib/validations/case-list";

describe("case list query", () => {
  it("uses defaults for an empty query", () => {
    expect(parseCaseListQuery({})).toEqual({
      query: { sort: "name", dir: "asc", page: 1, size: 25 },
      rejected: [],
    });
  });

  it("keeps good parameters and reports bad ones by name", () => {
    const { query, rejected } = parseCaseListQuery({
      country: "tj",
      status: "FOO",
      page: "-1",
      size: "7",
      role: "JOURNALIST",
    });
    expect(query).toMatchObject({ country: "TJ", role: "JOURNALIST", page: 1, size: 25 });
    expect(query.status).toBeUndefined();
    expect(rejected.sort()).toEqual(["page", "size", "status"]);
  });

  it("rejects an overlong name filter instead of searching with it", () => {
    const { query, rejected } = parseCaseListQuery({ q: "a".repeat(5000) });
    expect(query.q).toBeUndefined();
    expect(rejected).toEqual(["q"]);
  });

  it("takes the first of repeated parameters and rejects non-numeric pages", () => {
    expect(parseCaseListQuery({ country: ["KZ", "TJ"] }).query.country).toBe("KZ");
    expect(parseCaseListQuery({ page: "2abc" }).rejected).toEqual(["page"]);
  });

  it("writes a query back to a short URL that parses to the same query", () => {
    const { query } = parseCaseListQuery({ country: "KG", sort: "since", dir: "desc", page: "2" });
    const search = caseListSearch(query);
    expect(search).toBe("?country=KG&sort=since&dir=desc&page=2");
    const roundTrip = parseCaseListQuery(Object.fromEntries(new URLSearchParams(search)));
    expect(roundTrip.query).toEqual(query);
  });
});

describe("rejectUnknownCountry", () => {
  it("drops and names a well-formed code that is no country on the list, and keeps a known one", () => {
    const unknown = rejectUnknownCountry(parseCaseListQuery({ country: "xx", status: "NOPE" }), ["KZ", "TJ"]);
    expect(unknown.query.country).toBeUndefined();
    expect(unknown.rejected).toEqual(["status", "country"]);
    const known = rejectUnknownCountry(parseCaseListQuery({ country: "tj" }), ["KZ", "TJ"]);
    expect(known.query.country).toBe("TJ");
    expect(known.rejected).toEqual([]);
  });
});
