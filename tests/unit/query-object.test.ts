// The one flattening of a query string: a route's URL and a page's searchParams give the same object.
import { describe, expect, it } from "vitest";
import { firstValues, queryObject } from "@/lib/http/query-object";

describe("queryObject", () => {
  it("reads a URL and a page's searchParams alike, a repeated parameter as an array", () => {
    const url = new URL("http://localhost/x?status=A&status=B&q=&asOf=2025-01-01");
    const page = { status: ["A", "B"], q: "", asOf: "2025-01-01", unset: undefined };
    expect({ ...queryObject(url) }).toEqual({ status: ["A", "B"], q: "", asOf: "2025-01-01" });
    expect({ ...queryObject(page) }).toEqual({ ...queryObject(url) });
  });
});

describe("firstValues", () => {
  it("keeps the first of a repeated parameter and drops blank ones", () => {
    const values = firstValues({ country: ["kz", "tj"], q: "", page: "2", unset: undefined });
    expect({ ...values }).toEqual({ country: "kz", page: "2" });
    expect(firstValues(new URL("http://localhost/x?country=kz&country=tj&q=&page=2"))).toEqual(values);
  });

  it("has no prototype, so a parameter named __proto__ is only a key", () => {
    const values = firstValues(new URL("http://localhost/x?__proto__=a&toString=b"));
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(values.toString).toBe("b");
    expect(values.sort).toBeUndefined();
  });
});
