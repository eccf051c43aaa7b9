// Audit diffs and metadata never carry a secret: a secret field shows only that it changed, at any depth.
import { describe, expect, it } from "vitest";
import { diffFields, redact, redactDiff } from "@/lib/audit/write-audit";
import { SECRET_USER_OMIT } from "@/lib/db/confidential-columns";

describe("audit redaction", () => {
  it("redacts every secret user column the database client omits", () => {
    const before = Object.fromEntries(Object.keys(SECRET_USER_OMIT).map((k) => [k, `old-${k}`]));
    const after = Object.fromEntries(Object.keys(SECRET_USER_OMIT).map((k) => [k, `new-${k}`]));
    const diff = diffFields({ ...before, role: "EDITOR" }, { ...after, role: "ADMIN" });
    expect(diff.role).toEqual(["EDITOR", "ADMIN"]);
    for (const key of Object.keys(SECRET_USER_OMIT)) expect(diff[key]).toEqual(["[redacted]", "[redacted]"]);
    expect(JSON.stringify(diff)).not.toMatch(/old-|new-/);
  });

  it("leaves unchanged fields out and compares dates by their value", () => {
    expect(
      diffFields(
        { a: new Date("2025-04-10T00:00:00Z"), b: null, c: "x" },
        { a: "2025-04-10T00:00:00.000Z", b: undefined, c: "y" },
      ),
    ).toEqual({ c: ["x", "y"] });
  });

  it("redacts secrets nested in metadata and in diff values", () => {
    const meta = redact({ email: "a@example.org", attempted: { tokenHash: "abc", list: [{ password: "hunter2" }] } });
    expect(meta).toEqual({
      email: "a@example.org",
      attempted: { tokenHash: "[redacted]", list: [{ password: "[redacted]" }] },
    });
    expect(redactDiff({ user: [{ totpSecret: "JBSWY3DP" }, null], passwordHash: ["h1", "h2"] })).toEqual({
      user: [{ totpSecret: "[redacted]" }, null],
      passwordHash: ["[redacted]", "[redacted]"],
    });
  });
});
