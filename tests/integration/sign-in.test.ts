// Sign-in rules on the real database: passwords, second factor, recovery codes, lockouts and their audit.
import { generate } from "otplib";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticate, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "@/lib/auth/authenticate";
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/auth/limits";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { confirmTotpEnrolment } from "@/lib/server/users/confirm-totp-enrolment";
import { beginTotpEnrolment } from "@/lib/server/users/begin-totp-enrolment";
import { createTestUser, TEST_PASSWORD } from "../factories/users";
import { actAs } from "../support/act-as";

const db = createPrismaClient(databaseTarget());
afterAll(() => db.$disconnect());
const ip = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

describe("sign-in", () => {
  it("accepts the right password and audits the success", async () => {
    const user = await createTestUser(db);
    expect((await authenticate({ email: user.email.toUpperCase(), password: TEST_PASSWORD, ip: ip() })).id).toBe(
      user.id,
    );
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "LOGIN_SUCCEEDED" } })).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown email, and audits both", async () => {
    const user = await createTestUser(db);
    await expect(authenticate({ email: user.email, password: "wrong password!!", ip: ip() })).rejects.toMatchObject({
      reason: "invalid",
    });
    const ghost = `ghost-${randomBytes(4).toString("hex")}@example.org`;
    await expect(authenticate({ email: ghost, password: "wrong password!!", ip: ip() })).rejects.toMatchObject({
      reason: "invalid",
    });
    const failures = await db.auditLog.findMany({
      where: { action: "LOGIN_FAILED", meta: { path: ["email"], string_contains: "@example.org" } },
      select: { meta: true },
    });
    const emails = failures.map((f) => (f.meta as { email: string }).email);
    expect(emails).toEqual(expect.arrayContaining([user.email, ghost]));
    expect(JSON.stringify(failures)).not.toContain("wrong password");
  });

  it("refuses a disabled account", async () => {
    const user = await createTestUser(db, { disabled: true });
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, ip: ip() })).rejects.toMatchObject({
      reason: "invalid",
    });
  });

  it("locks an email after repeated failures, even for the right password, whether or not it has an account", async () => {
    const user = await createTestUser(db);
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await expect(authenticate({ email: user.email, password: `nope ${i}`, ip: ip() })).rejects.toMatchObject({
        reason: "invalid",
      });
    }
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, ip: ip() })).rejects.toMatchObject({
      reason: "locked",
    });
    const ghost = `ghost-${randomBytes(4).toString("hex")}@example.org`;
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++)
      await authenticate({ email: ghost, password: "x", ip: ip() }).catch(() => undefined);
    await expect(authenticate({ email: ghost, password: "x", ip: ip() })).rejects.toMatchObject({ reason: "locked" });
  });

  it("slows down one address trying many accounts", async () => {
    const address = ip();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await authenticate({ email: `spray-${i}-${address}@example.org`, password: "x", ip: address }).catch(
        () => undefined,
      );
    }
    const user = await createTestUser(db);
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, ip: address })).rejects.toMatchObject({
      reason: "locked",
    });
  });
});

describe("sign-in under a burst of parallel attempts", () => {
  const outcomes = async (attempts: Promise<unknown>[]) =>
    (await Promise.allSettled(attempts)).map((r) =>
      r.status === "fulfilled" ? "signed-in" : (r.reason as { reason: string }).reason,
    );

  it("checks at most the email's budget of passwords, however many arrive at once", async () => {
    const user = await createTestUser(db);
    const results = await outcomes(
      Array.from({ length: 20 }, (_, i) => authenticate({ email: user.email, password: `guess ${i}`, ip: ip() })),
    );
    // Every "invalid" is a password that was hashed and compared; the rest were refused before that.
    expect(results.filter((r) => r === "invalid").length).toBeLessThanOrEqual(MAX_FAILURES_PER_EMAIL);
    expect(results.filter((r) => r === "locked").length).toBeGreaterThanOrEqual(20 - MAX_FAILURES_PER_EMAIL);
    expect(await db.loginAttempt.count({ where: { email: user.email, success: false } })).toBeLessThanOrEqual(
      MAX_FAILURES_PER_EMAIL,
    );
  });

  it("checks at most the address's budget, whichever emails it tries", async () => {
    const address = ip();
    const results = await outcomes(
      Array.from({ length: MAX_FAILURES_PER_IP + 20 }, (_, i) =>
        authenticate({ email: `burst-${i}-${address}@example.org`, password: "x", ip: address }),
      ),
    );
    expect(results.filter((r) => r === "invalid").length).toBeLessThanOrEqual(MAX_FAILURES_PER_IP);
  });

  it("writes no audit row for attempts refused while locked, beyond one for the lockout", async () => {
    const ghost = `locked-${randomBytes(4).toString("hex")}@example.org`;
    const audited = () =>
      db.auditLog.count({ where: { action: "LOGIN_FAILED", meta: { path: ["email"], equals: ghost } } });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++)
      await authenticate({ email: ghost, password: "x", ip: ip() }).catch(() => undefined);
    const beforeLock = await audited();
    for (let i = 0; i < 25; i++)
      await expect(authenticate({ email: ghost, password: "x", ip: ip() })).rejects.toMatchObject({ reason: "locked" });
    expect((await audited()) - beforeLock).toBeLessThanOrEqual(1);
  });
});

describe("two-factor sign-in", () => {
  it("enrols with a code, then requires one; recovery codes work once each", async () => {
    const user = await createTestUser(db);
    actAs(user);
    const { secret } = await beginTotpEnrolment();
    await expect(confirmTotpEnrolment({ code: "000000" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const enrolledAt = Math.floor(Date.now() / 1000);
    const enrolmentCode = await generate({ secret, epoch: enrolledAt });
    const { recoveryCodes } = await confirmTotpEnrolment({ code: enrolmentCode });
    expect(recoveryCodes).toHaveLength(10);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "USER_TOTP_ENABLED" } })).toBe(1);

    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, ip: ip() })).rejects.toMatchObject({
      reason: "second-factor-required",
    });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD, code: "123456", ip: ip() }),
    ).rejects.toMatchObject({ reason: "second-factor-invalid" });
    // The code that confirmed enrolment is used up; the next step's code signs in.
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD, code: enrolmentCode, ip: ip() }),
    ).rejects.toMatchObject({ reason: "second-factor-invalid" });
    const nextCode = await generate({ secret, epoch: enrolledAt + 30 });
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, code: nextCode, ip: ip() })).id).toBe(
      user.id,
    );

    const recovery = recoveryCodes[0]!.toUpperCase();
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, code: recovery, ip: ip() })).id).toBe(
      user.id,
    );
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD, code: recovery, ip: ip() }),
    ).rejects.toMatchObject({ reason: "second-factor-invalid" });
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[1]!);
  });
});

describe("lockout counts only wrong passwords and wrong codes", () => {
  it("lets an admin with two-factor sign in ten times in a row, each time asked for the code first", async () => {
    const admin = await createTestUser(db, { role: "ADMIN" });
    actAs(admin);
    const { secret } = await beginTotpEnrolment();
    const { recoveryCodes } = await confirmTotpEnrolment({ code: await generate({ secret }) });
    const address = ip();
    for (const code of recoveryCodes) {
      await expect(authenticate({ email: admin.email, password: TEST_PASSWORD, ip: address })).rejects.toMatchObject({
        reason: "second-factor-required",
      });
      expect((await authenticate({ email: admin.email, password: TEST_PASSWORD, code, ip: address })).id).toBe(
        admin.id,
      );
    }
    // Still audited, but not counted.
    expect(await db.auditLog.count({ where: { actorId: admin.id, action: "LOGIN_FAILED" } })).toBe(10);
    expect(await db.loginAttempt.count({ where: { email: admin.email, success: false } })).toBe(0);
  });

  it("clears an email's count when it signs in", async () => {
    const user = await createTestUser(db);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) {
        await expect(authenticate({ email: user.email, password: `nope ${i}`, ip: ip() })).rejects.toMatchObject({
          reason: "invalid",
        });
      }
      expect((await authenticate({ email: user.email, password: TEST_PASSWORD, ip: ip() })).id).toBe(user.id);
    }
  });

  it("counts wrong codes", async () => {
    const user = await createTestUser(db, { totp: true });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await expect(
        authenticate({ email: user.email, password: TEST_PASSWORD, code: "000000", ip: ip() }),
      ).rejects.toMatchObject({ reason: "second-factor-invalid" });
    }
    const code = await generate({ secret: user.totpSecret! });
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, code, ip: ip() })).rejects.toMatchObject({
      reason: "locked",
    });
  });
});

describe("two-factor codes work once", () => {
  it("refuses a code that has signed in already, and an older one after it", async () => {
    const user = await createTestUser(db, { totp: true });
    const secret = user.totpSecret!;
    const now = Math.floor(Date.now() / 1000);
    const current = await generate({ secret, epoch: now });
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, code: current, ip: ip() })).id).toBe(
      user.id,
    );
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD, code: current, ip: ip() }),
    ).rejects.toMatchObject({ reason: "second-factor-invalid" });
    const previous = await generate({ secret, epoch: now - 30 });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD, code: previous, ip: ip() }),
    ).rejects.toMatchObject({ reason: "second-factor-invalid" });
    const next = await generate({ secret, epoch: now + 30 });
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD, code: next, ip: ip() })).id).toBe(user.id);
  });

  it("lets only one of two simultaneous sign-ins use the same code", async () => {
    const user = await createTestUser(db, { totp: true });
    const code = await generate({ secret: user.totpSecret! });
    const results = await Promise.allSettled(
      [0, 1].map(() => authenticate({ email: user.email, password: TEST_PASSWORD, code, ip: ip() })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});

describe("sign-in fields", () => {
  it("refuses an over-long field with its own reason and stores nothing", async () => {
    const user = await createTestUser(db);
    const long = `${"a".repeat(MAX_EMAIL_LENGTH)}@example.org`;
    await expect(authenticate({ email: long, password: "x", ip: ip() })).rejects.toMatchObject({ reason: "too-long" });
    await expect(
      authenticate({ email: user.email, password: "p".repeat(MAX_PASSWORD_LENGTH + 1), ip: ip() }),
    ).rejects.toMatchObject({ reason: "too-long" });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD, code: "1".repeat(1000), ip: ip() }),
    ).rejects.toMatchObject({ reason: "too-long" });
    expect(await db.loginAttempt.count({ where: { email: { in: [long, user.email] } } })).toBe(0);
  });

  it("answers an email with a NUL byte as a wrong sign-in, not a database error", async () => {
    await expect(authenticate({ email: "nul\u0000@example.org", password: "x", ip: ip() })).rejects.toMatchObject({
      reason: "invalid",
    });
  });
});
