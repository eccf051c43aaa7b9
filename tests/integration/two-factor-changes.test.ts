// Turning two-factor sign-in off, or moving it to a new secret, needs the current password and a current
// code: a session cookie alone is not enough.
import { generate } from "otplib";
import { afterAll, describe, expect, it } from "vitest";
import { authenticate, MAX_FAILURES_PER_EMAIL } from "@/lib/auth/authenticate";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { beginTotpEnrolment } from "@/lib/server/users/begin-totp-enrolment";
import { confirmTotpEnrolment } from "@/lib/server/users/confirm-totp-enrolment";
import { disableTotp } from "@/lib/server/users/disable-totp";
import { createTestUser, TEST_PASSWORD } from "../factories/users";
import { actAs } from "../support/act-as";

const db = createPrismaClient(databaseTarget());
afterAll(() => db.$disconnect());
const now = () => Math.floor(Date.now() / 1000);
const context = { ip: "192.0.2.40" };

describe("turning two-factor sign-in off", () => {
  it("needs the current password and a current code", async () => {
    const user = await createTestUser(db, { totp: true });
    const secret = user.totpSecret!;
    actAs(user);
    await expect(disableTotp({}, context)).rejects.toMatchObject({ name: "ZodError" });
    await expect(
      disableTotp({ currentPassword: "not my password", currentCode: await generate({ secret }) }, context),
    ).rejects.toMatchObject({
      details: { fieldErrors: { currentPassword: ["wrongPassword"] } },
    });
    await expect(disableTotp({ currentPassword: TEST_PASSWORD, currentCode: "000000" }, context)).rejects.toMatchObject(
      {
        details: { fieldErrors: { currentCode: ["wrongCode"] } },
      },
    );
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabled: true } })).totpEnabled,
    ).toBe(true);

    await disableTotp({ currentPassword: TEST_PASSWORD, currentCode: await generate({ secret }) }, context);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabled: true } })).totpEnabled,
    ).toBe(false);
    expect(await db.auditLog.count({ where: { action: "USER_TOTP_DISABLED", entityId: user.id } })).toBe(1);
    // The wrong answers counted as failed sign-ins for this email.
    expect(await db.loginAttempt.count({ where: { email: user.email, success: false, ip: context.ip } })).toBe(2);
  });

  it("is locked like sign-in after too many wrong passwords", async () => {
    const user = await createTestUser(db, { totp: true });
    actAs(user);
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await expect(
        disableTotp({ currentPassword: `guess ${i}`, currentCode: "000000" }, context),
      ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    const code = await generate({ secret: user.totpSecret! });
    await expect(disableTotp({ currentPassword: TEST_PASSWORD, currentCode: code }, context)).rejects.toMatchObject({
      details: { reason: "locked" },
    });
  });
});

describe("moving two-factor sign-in to a new secret", () => {
  it("keeps the old secret working until the new one is confirmed with the current password and a current code", async () => {
    const user = await createTestUser(db, { totp: true });
    const oldSecret = user.totpSecret!;
    actAs(user);
    const { secret: newSecret } = await beginTotpEnrolment();
    // Starting over is not turning off: the old factor is still required and still works.
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, ip: context.ip })).rejects.toMatchObject({
      reason: "second-factor-required",
    });
    const t = now();
    expect(
      (
        await authenticate({
          email: user.email,
          password: TEST_PASSWORD,
          code: await generate({ secret: oldSecret, epoch: t - 30 }),
          ip: context.ip,
        })
      ).id,
    ).toBe(user.id);

    await expect(confirmTotpEnrolment({ code: await generate({ secret: newSecret }) }, context)).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(
      confirmTotpEnrolment(
        {
          code: await generate({ secret: newSecret }),
          currentPassword: "not my password",
          currentCode: await generate({ secret: oldSecret, epoch: t }),
        },
        context,
      ),
    ).rejects.toMatchObject({ details: { fieldErrors: { currentPassword: ["wrongPassword"] } } });

    const { recoveryCodes } = await confirmTotpEnrolment(
      {
        code: await generate({ secret: newSecret, epoch: t }),
        currentPassword: TEST_PASSWORD,
        currentCode: await generate({ secret: oldSecret, epoch: t }),
      },
      context,
    );
    expect(recoveryCodes).toHaveLength(10);
    await expect(
      authenticate({
        email: user.email,
        password: TEST_PASSWORD,
        code: await generate({ secret: oldSecret, epoch: t + 30 }),
        ip: context.ip,
      }),
    ).rejects.toMatchObject({
      reason: "second-factor-invalid",
    });
    expect(
      (
        await authenticate({
          email: user.email,
          password: TEST_PASSWORD,
          code: await generate({ secret: newSecret, epoch: t + 30 }),
          ip: context.ip,
        })
      ).id,
    ).toBe(user.id);
    expect(
      await db.auditLog.count({
        where: { action: "USER_TOTP_ENABLED", entityId: user.id, meta: { path: ["replaced"], equals: true } },
      }),
    ).toBe(1);
  });
});
