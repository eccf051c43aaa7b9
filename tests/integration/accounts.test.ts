// Accounts: one-time invitation and reset links, role changes and disabling that take effect at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentUser } from "@/lib/auth/session";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { inviteUser } from "@/lib/server/users/invite-user";
import { issuePasswordReset } from "@/lib/server/users/issue-password-reset";
import { redeemToken } from "@/lib/server/users/redeem-token";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { authenticate } from "@/lib/auth/authenticate";
import { authOptions } from "@/lib/auth/options";
import type { JWT } from "next-auth/jwt";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";

const db = createPrismaClient(databaseTarget());
let admin: TestUser;
const tokenOf = (path: string) => path.split("/").at(-1)!;
const newPassword = { password: "a brand new long password", confirm: "a brand new long password" };

beforeAll(async () => {
  admin = await createTestUser(db, { role: "ADMIN", totp: true });
});
afterAll(() => db.$disconnect());

describe("accounts", () => {
  it("turns an invitation link into an account once, and audits both steps", async () => {
    actAs(admin);
    const email = `invited-${Date.now()}@example.org`;
    const { path, expiresAt } = await inviteUser({ email, role: "EDITOR" });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    expect(JSON.stringify(await db.userToken.findMany({ where: { email } }))).not.toContain(tokenOf(path));
    actAs(null);
    await redeemToken({ token: tokenOf(path), name: "New Editor", ...newPassword });
    expect((await authenticate({ email, password: newPassword.password, ip: "192.0.2.10" })).role).toBe("EDITOR");
    await expect(redeemToken({ token: tokenOf(path), name: "Again", ...newPassword })).rejects.toMatchObject({
      details: { reason: "badToken" },
    });
    const actions = await db.auditLog.findMany({
      where: { action: { in: ["USER_INVITED", "USER_CREATED"] }, meta: { path: ["email"], equals: email } },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(["USER_CREATED", "USER_INVITED"]);
  });

  it("refuses an expired link", async () => {
    actAs(admin);
    const { path } = await inviteUser({ email: `late-${Date.now()}@example.org`, role: "EDITOR" });
    await db.userToken.updateMany({
      where: { usedAt: null, kind: "INVITE" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(redeemToken({ token: tokenOf(path), name: "Late", ...newPassword })).rejects.toMatchObject({
      details: { reason: "badToken" },
    });
  });

  it("ends existing sessions when a password is reset, a role changes or an account is disabled", async () => {
    const user = await createTestUser(db);
    actAs(user);
    expect((await currentUser())?.id).toBe(user.id);

    actAs(admin);
    await setUserRole({ userId: user.id, role: "ADMIN" });
    actAs(user);
    expect(await currentUser()).toBeNull();

    const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    actAs({ id: user.id, sessionVersion: fresh.sessionVersion });
    expect((await currentUser())?.role).toBe("ADMIN");

    actAs(admin);
    const { path } = await issuePasswordReset({ userId: user.id });
    await setUserDisabled({ userId: user.id, disabled: true });
    actAs({ id: user.id, sessionVersion: fresh.sessionVersion });
    expect(await currentUser()).toBeNull();
    await redeemToken({ token: tokenOf(path), ...newPassword });
    await expect(
      authenticate({ email: user.email, password: newPassword.password, ip: "192.0.2.11" }),
    ).rejects.toMatchObject({ reason: "invalid" });
  });

  it("refuses to let admins disable themselves", async () => {
    actAs(admin);
    await expect(setUserDisabled({ userId: admin.id, disabled: true })).rejects.toMatchObject({
      details: { reason: "self" },
    });
  });
});

describe("one-time links", () => {
  it("revokes a person's other reset links once one is used", async () => {
    const user = await createTestUser(db);
    actAs(admin);
    const first = await issuePasswordReset({ userId: user.id });
    const second = await issuePasswordReset({ userId: user.id });
    actAs(null);
    await redeemToken({ token: tokenOf(second.path), ...newPassword });
    await expect(
      redeemToken({
        token: tokenOf(first.path),
        password: "the leaked link's password",
        confirm: "the leaked link's password",
      }),
    ).rejects.toMatchObject({
      details: { reason: "badToken" },
    });
    expect((await authenticate({ email: user.email, password: newPassword.password, ip: "192.0.2.12" })).id).toBe(
      user.id,
    );
    expect(await db.auditLog.count({ where: { action: "USER_LINKS_REVOKED", entityId: user.id } })).toBe(1);
  });

  it("revokes older invitations to the same address once one is accepted", async () => {
    const email = `twice-invited-${Date.now()}@example.org`;
    actAs(admin);
    const first = await inviteUser({ email, role: "ADMIN" });
    const second = await inviteUser({ email, role: "EDITOR" });
    actAs(null);
    await redeemToken({ token: tokenOf(second.path), name: "Invited Twice", ...newPassword });
    await expect(redeemToken({ token: tokenOf(first.path), name: "Again", ...newPassword })).rejects.toMatchObject({
      details: { reason: "badToken" },
    });
    expect(await db.userToken.count({ where: { email, revokedAt: { not: null } } })).toBe(1);
  });
});

describe("signing out", () => {
  const token = (user: { id: string; sessionVersion: number }): JWT => ({ sub: user.id, sv: user.sessionVersion });

  it("ends the session on the server, so a copy of the cookie stops working", async () => {
    const user = await createTestUser(db);
    const options = authOptions();
    const jwt = options.callbacks!.jwt!;
    await expect(jwt({ token: token(user) } as never)).resolves.toMatchObject({ sub: user.id });

    await options.events!.signOut!({ token: token(user) } as never);
    await expect(jwt({ token: token(user) } as never)).rejects.toThrow();
    actAs(user);
    expect(await currentUser()).toBeNull();
    expect(await db.auditLog.count({ where: { action: "USER_SIGNED_OUT", entityId: user.id } })).toBe(1);

    // Signing out again with the stale cookie changes nothing more.
    await options.events!.signOut!({ token: token(user) } as never);
    expect(await db.auditLog.count({ where: { action: "USER_SIGNED_OUT", entityId: user.id } })).toBe(1);
  });
});
