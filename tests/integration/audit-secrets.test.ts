// No audit row holds a secret, whatever a caller hands to the audit writer and whichever account flow runs.
import { afterAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit/write-audit";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { issuePasswordReset } from "@/lib/server/users/issue-password-reset";
import { redeemToken } from "@/lib/server/users/redeem-token";
import { createTestUser } from "../factories/users";
import { actAs } from "../support/act-as";

const db = createPrismaClient(databaseTarget());
afterAll(() => db.$disconnect());

describe("audit rows and secrets", () => {
  it("redacts secrets in a diff and in nested metadata, at the one place rows are written", async () => {
    const user = await createTestUser(db);
    await db.$transaction((tx) =>
      writeAudit(tx, {
        actorId: user.id,
        action: "USER_PASSWORD_SET",
        entityType: "user",
        entityId: user.id,
        diff: { passwordHash: ["$argon2id$old-hash", "$argon2id$new-hash"], totpSecret: [null, "JBSWY3DPEHPK3PXP"] },
        meta: { via: "test", attempted: { tokenHash: "deadbeef-token-hash", codes: [{ codeHash: "cafe-code-hash" }] } },
      }),
    );
    const row = await db.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "USER_PASSWORD_SET" } });
    const text = JSON.stringify([row.diff, row.meta]);
    for (const secret of ["old-hash", "new-hash", "JBSWY3DPEHPK3PXP", "deadbeef-token-hash", "cafe-code-hash"])
      expect(text).not.toContain(secret);
    expect(row.diff).toEqual({ passwordHash: ["[redacted]", "[redacted]"], totpSecret: ["[redacted]", "[redacted]"] });
    expect(row.meta).toMatchObject({ via: "test" });
  });

  it("keeps the password hash, TOTP secret and reset token out of every row a reset writes", async () => {
    const admin = await createTestUser(db, { role: "ADMIN", totp: true });
    const target = await createTestUser(db, { totp: true });
    actAs(admin);
    const { path } = await issuePasswordReset({ userId: target.id });
    const token = path.split("/").at(-1)!;
    actAs(null);
    await redeemToken({ token, password: "a brand new long password", confirm: "a brand new long password" });
    const secrets = await db.user.findUniqueOrThrow({
      where: { id: target.id },
      select: { passwordHash: true, totpSecret: true },
    });
    const tokens = await db.userToken.findMany({ where: { userId: target.id }, select: { tokenHash: true } });
    const rows = JSON.stringify(
      await db.auditLog.findMany({ where: { OR: [{ entityId: target.id }, { actorId: target.id }] } }),
    );
    for (const secret of [secrets.passwordHash, secrets.totpSecret!, token, ...tokens.map((t) => t.tokenHash)])
      expect(rows).not.toContain(secret);
  });
});
