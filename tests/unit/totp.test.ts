import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { newTotpSecret, verifyTotp } from "@/lib/auth/totp";

const now = () => Math.floor(Date.now() / 1000);
const stepAt = (epoch: number) => Math.floor(epoch / 30);

describe("two-factor codes", () => {
  it("accepts the current code and one from the step either side, and nothing older", async () => {
    const secret = newTotpSecret();
    const t = now();
    expect(await verifyTotp(secret, await generate({ secret, epoch: t }))).toBe(stepAt(t));
    expect(await verifyTotp(secret, await generate({ secret, epoch: t - 30 }))).toBe(stepAt(t - 30));
    expect(await verifyTotp(secret, await generate({ secret, epoch: t + 30 }))).toBe(stepAt(t + 30));
    expect(await verifyTotp(secret, await generate({ secret, epoch: t - 120 }))).toBeNull();
  });

  it("refuses a code whose step is not after the last one used", async () => {
    const secret = newTotpSecret();
    const t = now();
    const code = await generate({ secret, epoch: t });
    const step = await verifyTotp(secret, code);
    expect(step).toBe(stepAt(t));
    expect(await verifyTotp(secret, code, step)).toBeNull();
    expect(await verifyTotp(secret, await generate({ secret, epoch: t - 30 }), step)).toBeNull();
    expect(await verifyTotp(secret, await generate({ secret, epoch: t + 30 }), step)).toBe(stepAt(t + 30));
  });

  it("refuses anything that is not six digits", async () => {
    const secret = newTotpSecret();
    for (const code of ["", "12345", "1234567", "abcdef", "12 456"]) expect(await verifyTotp(secret, code)).toBeNull();
  });
});
