// Two editors and an admin for the browser tests, with a known test password.
import { createPrismaClient } from "@/lib/db/create-client";
import type { DatabaseTarget } from "@/lib/db/target";
import { createTestUser, TEST_PASSWORD } from "../factories/users";

export type StaffAccounts = {
  editorA: string;
  editorB: string;
  admin: string;
  adminTotpSecret: string;
  password: string;
};

export async function createStaffAccounts(target: DatabaseTarget): Promise<StaffAccounts> {
  const db = createPrismaClient(target);
  try {
    const editorA = await createTestUser(db);
    const editorB = await createTestUser(db);
    const admin = await createTestUser(db, { role: "ADMIN", totp: true });
    return {
      editorA: editorA.email,
      editorB: editorB.email,
      admin: admin.email,
      adminTotpSecret: admin.totpSecret!,
      password: TEST_PASSWORD,
    };
  } finally {
    await db.$disconnect();
  }
}
