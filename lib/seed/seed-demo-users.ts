// Development only: a demo admin and a demo editor with random passwords, printed once. Never a known password.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { createUser } from "@/lib/server/internal/create-user";

const DEMO = [
  { email: "admin@habeas.invalid", name: "Demo admin", role: "ADMIN" as const },
  { email: "editor@habeas.invalid", name: "Demo editor", role: "EDITOR" as const },
];

export async function seedDemoUsers(db: Db): Promise<void> {
  for (const account of DEMO) {
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    const password = randomBytes(12).toString("base64url");
    await db.$transaction((tx) => createUser(tx, { ...account, password }, null));
    console.log(`Demo ${account.role.toLowerCase()}: ${account.email} / ${password}`);
  }
}
