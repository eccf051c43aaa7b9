import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { newTotpSecret, verifyTotp } from "@/lib/auth/totp";

const now = () => Math.floor(Date.now() / 1000);

describe("two-factor codes", () => {
  it("accepts the current code and one from the step either side, and nothing older", async () => {
    const secret = newTotpSecret();
    expect(await verifyTotp(secret, await generate({ secret }))).toBe(true);
    expect(await verifyTotp(secret, await generate({ secret, epoch: now() - 30 }))).toBe(true);
    expect(await verifyTotp(secret, await generate({ secret, epoch: now() + 30 }))).toBe(true);
    expect(await verifyTotp(secret, await generate({ secret, epoch: now() - 120 }))).toBe(false);
  });

  it("refuses anything that is not six digits", async () => {
    const secret = newTotpSecret();
    for (const code of ["", "12345", "1234567", "abcdef", "12 456"]) expect(await verifyTotp(secret, code)).toBe(false);
  });
});
