// The seed document is evidence: the seed's quotes are checked against it, so it must stay byte for byte as received.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SEED_DOCUMENT_PATH } from "../support/seed-document";

describe("the seed document kept in the repository", () => {
  it("is the exact copy it was received as", () => {
    const digest = createHash("sha256").update(readFileSync(SEED_DOCUMENT_PATH)).digest("hex");
    expect(digest).toBe("0d07147695c3895a75784e88563f3621486fb922b0133f5fe26ccb8f20486773");
  });
});
